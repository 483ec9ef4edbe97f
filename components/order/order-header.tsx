import { getTranslations } from 'next-intl/server';
import { shortOrderId } from '@/lib/order-display/format';
import { CopyButton } from './copy-button';

/** The page heading and the full order number, which support asks for. */
export async function OrderHeader({ orderId }: { orderId: string }) {
  const t = await getTranslations('order');
  return (
    <header className="flex flex-col gap-2">
      <h1 className="text-xl font-semibold sm:text-2xl">{t('heading', { id: shortOrderId(orderId) })}</h1>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="text-muted">{t('orderNumber')}</span>
        <span className="font-mono break-all" data-testid="order-number">
          {orderId}
        </span>
        <CopyButton value={orderId} label={t('copyOrderNumber')} />
      </div>
    </header>
  );
}
