import { otherMethods } from '@/lib/api/methods';
import { subscribeToOrder } from '@/lib/order-stream/subscribe-handler';

export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
// A long-lived stream: Node.js (not Edge), and on Vercel up to 300 s, the most every plan allows. The relay
// ends each stream by ORDER_STREAM_MAX_SECONDS (≤ STREAM_SECONDS_LIMIT in lib/order-stream/config.ts) before that.
export const runtime = 'nodejs';
export const maxDuration = 300;

/** GET /api/orders/{id}/subscribe: the order's updates as server-sent events, relayed from the upstream. */
export async function GET(request: Request, ctx: RouteContext<'/api/orders/[orderId]/subscribe'>) {
  return subscribeToOrder(request, (await ctx.params).orderId);
}
