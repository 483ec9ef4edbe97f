import { otherMethods } from '@/lib/api/methods';
import { unlockOrder } from '@/lib/orders/unlock-handler';

export const dynamic = 'force-dynamic';
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');

/** POST /api/orders/{id}/unlock {email}: shows the codes to this session once it proves the order's e-mail. */
export async function POST(request: Request, ctx: RouteContext<'/api/orders/[orderId]/unlock'>) {
  return unlockOrder(request, (await ctx.params).orderId);
}
