'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Order } from '@/lib/cryptorefills/types';
import { formatCoinAmount } from '@/lib/order-display/amounts';
import { hasReceipt, receiptPath } from '@/lib/order-display/receipt';
import { OrderItems } from './order-items';

/** What was ordered and what it costs, in the coin and on the network chosen; once delivered, the receipt's link. */
export function OrderSummary({ order }: { order: Order }) {
  const t = useTranslations('order.summary');
  const locale = useLocale();
  return (
    <section aria-labelledby="summary-heading" className="flex flex-col gap-3 rounded-card border border-border bg-surface p-5">
      <h2 id="summary-heading" className="font-semibold">
        {t('heading')}
      </h2>
      <OrderItems deliveries={order.deliveries} recipientLabel={(recipient) => t('recipient', { recipient })} />
      <p className="flex justify-between gap-2 border-t border-border pt-3">
        <span>{t('total')}</span>
        <span className="font-mono">
          {formatCoinAmount(order.coinAmount, locale)} {order.coin}
        </span>
      </p>
      {order.network ? <p className="text-sm text-muted">{order.network}</p> : null}
      {hasReceipt(order.state) ? (
        <Link href={receiptPath(order.id)} className="self-start font-medium text-primary-ink underline underline-offset-2">
          {t('receiptLink')}
        </Link>
      ) : null}
    </section>
  );
}
