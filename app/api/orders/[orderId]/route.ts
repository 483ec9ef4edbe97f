import { otherMethods } from '@/lib/api/methods';
import { readOrder } from '@/lib/orders/order-handler';

export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');

/** GET /api/orders/{id}: the current order (the live page's polling fallback). */
export async function GET(request: Request, ctx: RouteContext<'/api/orders/[orderId]'>) {
  return readOrder(request, (await ctx.params).orderId);
}
