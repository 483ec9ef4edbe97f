'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useSyncExternalStore } from 'react';
import { formatCoinAmount } from '@/lib/order-display/amount-text';
import { shortOrderId } from '@/lib/order-display/format';
import { parseRecentOrders, readRecentOrdersRaw, type RecentOrder } from '@/lib/order-feed/recent';
import { describeState } from '@/lib/order-display/states';

export interface SessionOrder extends RecentOrder {
  state?: string;
}

function subscribeStorage(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}

const noSubscription = () => () => undefined;

/** This session's orders (from the server) and this browser's (from localStorage), newest first. */
export function RecentOrders({ sessionOrders }: { sessionOrders: SessionOrder[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const raw = useSyncExternalStore(
    subscribeStorage,
    () => readRecentOrdersRaw(window.localStorage),
    () => '[]',
  );
  // Dates only in the browser: the server's time zone is not the buyer's.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const orders = useMemo(() => {
    const known = new Set(sessionOrders.map((order) => order.orderId));
    const local = parseRecentOrders(raw).filter((order) => !known.has(order.orderId));
    return [...sessionOrders, ...local].sort((a, b) => b.createdAt - a.createdAt);
  }, [raw, sessionOrders]);

  if (orders.length === 0) {
    return (
      <div className="flex flex-col items-start gap-4">
        <p>{t('orders.empty')}</p>
        <Link href="/" className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
          {t('orders.shop')}
        </Link>
      </div>
    );
  }
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ul className="flex flex-col gap-3" data-testid="recent-orders">
      {orders.map((order: SessionOrder) => (
        <li key={order.orderId} className="rounded-card border border-border bg-surface p-4">
          <Link href={`/orders/${order.orderId}`} className="font-semibold text-primary-ink underline underline-offset-2">
            {t('orders.order', { id: shortOrderId(order.orderId) })}
          </Link>
          <p>{order.summary || t('orders.unknownSummary')}</p>
          <p className="text-sm text-muted">
            {order.coinAmount && order.coin
              ? t('orders.amount', { amount: formatCoinAmount(order.coinAmount, locale), coin: order.coin })
              : null}
            {order.state ? ` · ${t(`order.state.${describeState(order.state).key}.title`)}` : null}
            {mounted && order.createdAt > 0 ? ` · ${t('orders.placedOn', { date: dateFormat.format(order.createdAt) })}` : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
