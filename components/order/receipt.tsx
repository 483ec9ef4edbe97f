import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Order } from '@/lib/cryptorefills/types';
import { formatCoinAmount } from '@/lib/order-display/amount-text';
import { amountPaid, receiptDate } from '@/lib/order-display/receipt';
import { OrderItems } from './order-items';
import { ServerQrTile } from './drawn-qr';
import { ReceiptCodes } from './receipt-codes';
import { ReceiptPrintButton } from './receipt-print-button';

interface Props {
  /** As it may leave the server for this session: redacted for a visitor (lib/orders/browser-order.ts). */
  order: Order;
  /** This session may see the codes and the recipients (same rule as the order page). */
  revealed: boolean;
  /** The receipt's own absolute address, for its QR code. */
  url: string;
  siteName: string;
}

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="text-muted sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="break-all" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** A delivered order's receipt: printable, with a QR code of its own address; codes only for whoever may see them. */
export async function Receipt({ order, revealed, url, siteName }: Props) {
  const t = await getTranslations('order.receipt');
  const locale = await getLocale();
  const date = receiptDate(order.createdAt, locale);
  return (
    <article className="receipt mx-auto flex w-full max-w-2xl flex-col gap-6 rounded-card border border-border bg-surface p-6" data-receipt>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-muted">{siteName}</p>
          <h1 className="text-2xl font-semibold">{t('heading')}</h1>
        </div>
        <div className="flex flex-wrap gap-3 print:hidden">
          <ReceiptPrintButton label={t('print')} />
          <Link href={`/orders/${order.id}`} className="rounded-lg border border-border px-4 py-2 font-medium hover:border-primary-ink">
            {t('backToOrder')}
          </Link>
        </div>
      </div>
      <dl className="flex flex-col gap-2">
        <Row label={t('orderNumber')} testId="receipt-order-number">
          <span className="font-mono">{order.id}</span>
        </Row>
        {date ? <Row label={t('date')}>{t('dateValue', { date })}</Row> : null}
        <Row label={t('status')}>{t('delivered')}</Row>
        <Row label={t('coin')}>{order.coin}</Row>
        {order.network ? <Row label={t('network')}>{order.network}</Row> : null}
        <Row label={t('amountPaid')} testId="receipt-amount">
          <span className="font-mono">
            {formatCoinAmount(amountPaid(order), locale)} {order.coin}
          </span>
        </Row>
        {order.walletAddress ? (
          <Row label={t('depositAddress')} testId="receipt-address">
            <span className="font-mono">{order.walletAddress}</span>
          </Row>
        ) : null}
      </dl>
      <section aria-labelledby="receipt-items-heading" className="flex flex-col gap-2">
        <h2 id="receipt-items-heading" className="text-lg font-semibold">
          {t('items')}
        </h2>
        <OrderItems deliveries={order.deliveries} recipientLabel={(recipient) => t('recipient', { recipient })} />
      </section>
      {revealed ? <ReceiptCodes order={order} /> : <p className="text-sm text-muted">{t('privateNote')}</p>}
      <figure className="flex flex-col items-start gap-2">
        <ServerQrTile value={url} label={t('qrLabel')} size={128} />
        <figcaption className="text-sm text-muted">
          {t('qrCaption')}{' '}
          <span className="font-mono break-all" data-testid="receipt-url">
            {url}
          </span>
        </figcaption>
      </figure>
    </article>
  );
}
