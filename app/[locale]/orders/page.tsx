import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { RecentOrders, type SessionOrder } from '@/components/order/recent-orders';
import { getOrder, requestContextFrom, type RequestContext } from '@/lib/cryptorefills';
import { orderSummary } from '@/lib/order-display/format';
import { getSession } from '@/lib/session';

export const dynamic = 'force-dynamic';

/** The newest orders of the session get their live state; older ones are still listed by the browser. */
const MAX_FETCHED = 10;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orders');
  return { title: t('metaTitle') };
}

async function sessionOrders(ids: string[], ctx: RequestContext): Promise<SessionOrder[]> {
  const results = await Promise.allSettled(ids.slice(0, MAX_FETCHED).map((id) => getOrder(id, ctx)));
  return results.flatMap((result): SessionOrder[] => {
    if (result.status === 'rejected') return [];
    const order = result.value;
    return [
      {
        orderId: order.id,
        createdAt: (order.createdAt ?? 0) * 1000,
        summary: orderSummary(order),
        coinAmount: order.coinAmount,
        coin: order.coin,
        state: order.state,
      },
    ];
  });
}

export default async function OrdersPage() {
  const [t, session, requestHeaders] = await Promise.all([getTranslations('orders'), getSession(), headers()]);
  const orders = session ? await sessionOrders(session.orders, requestContextFrom(requestHeaders)) : [];
  return (
    <section className="mx-auto flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t('heading')}</h1>
      <p className="text-muted">{t('intro')}</p>
      <RecentOrders sessionOrders={orders} />
    </section>
  );
}
