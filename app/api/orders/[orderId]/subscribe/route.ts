import { subscribeToOrder } from '@/lib/orders/subscribe-handler';

export const dynamic = 'force-dynamic';

/** GET /api/orders/{id}/subscribe: the order's updates as server-sent events, relayed from the upstream. */
export async function GET(request: Request, ctx: RouteContext<'/api/orders/[orderId]/subscribe'>) {
  return subscribeToOrder(request, (await ctx.params).orderId);
}
