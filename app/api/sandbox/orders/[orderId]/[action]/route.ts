import { otherMethods } from '@/lib/api/methods';
import { sandboxOrderAction } from '@/lib/orders/sandbox-actions';

export const dynamic = 'force-dynamic';
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');

/** POST /api/sandbox/orders/{id}/{pay|pay-partial|expire|fail}: sandbox mode only (404 otherwise). */
export async function POST(request: Request, ctx: RouteContext<'/api/sandbox/orders/[orderId]/[action]'>) {
  const { orderId, action } = await ctx.params;
  return sandboxOrderAction(request, orderId, action);
}
