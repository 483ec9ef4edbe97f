'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Order } from '@/lib/cryptorefills/types';
import { formatDecimal } from '@/lib/order-display/amounts';

/** What was ordered and what it costs, in the coin and on the network chosen. */
export function OrderSummary({ order }: { order: Order }) {
  const t = useTranslations('order.summary');
  const locale = useLocale();
  return (
    <section aria-labelledby="summary-heading" className="flex flex-col gap-3 rounded-card border border-border bg-surface p-5">
      <h2 id="summary-heading" className="font-semibold">
        {t('heading')}
      </h2>
      <ul className="flex flex-col gap-2">
        {order.deliveries.map((delivery, index) => {
          const d = delivery.deliverable;
          return (
            <li key={delivery.id ?? index}>
              {t('item', { brand: d?.brandName ?? d?.family ?? '', amount: d?.localizedDenomination ?? d?.denomination ?? '' })}
              {d?.recipient ? <span className="block text-sm text-muted">{t('recipient', { recipient: d.recipient })}</span> : null}
            </li>
          );
        })}
      </ul>
      <p className="flex justify-between gap-2 border-t border-border pt-3">
        <span>{t('total')}</span>
        <span className="font-mono">
          {formatDecimal(order.coinAmount, locale)} {order.coin}
        </span>
      </p>
      {order.network ? <p className="text-sm text-muted">{order.network}</p> : null}
    </section>
  );
}
