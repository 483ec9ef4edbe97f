'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { memo } from 'react';
import type { Order } from '@/lib/cryptorefills/types';
import { formatCoinAmount } from '@/lib/order-display/amount-text';
import { hasReceipt, receiptPath } from '@/lib/order-display/receipt';
import { OrderItems } from './order-items';

/** The lines as the summary shows them: what an event must change for the summary to be drawn again. */
const shownLines = (order: Order) =>
  order.deliveries.map(({ id, deliverable: d }) => [id, d?.brandName, d?.family, d?.localizedDenomination, d?.denomination, d?.recipient]);

/** Whether two versions of the order (one event and the next) show the same summary. */
export function sameSummary(a: Order, b: Order): boolean {
  return (
    a.id === b.id &&
    a.coin === b.coin &&
    a.coinAmount === b.coinAmount &&
    a.network === b.network &&
    hasReceipt(a.state) === hasReceipt(b.state) &&
    JSON.stringify(shownLines(a)) === JSON.stringify(shownLines(b))
  );
}

/**
 * What was ordered and what it costs, in the coin and on the network chosen; once delivered, the receipt's link.
 * Each event brings a new copy of the order; the summary is drawn again only when what it shows changed.
 */
export const OrderSummary = memo(
  function OrderSummary({ order }: { order: Order }) {
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
  },
  (before, after) => sameSummary(before.order, after.order),
);
