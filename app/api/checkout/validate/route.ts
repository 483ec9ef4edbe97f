import { errorResponse, NO_STORE, toErrorResponse } from '@/lib/api/errors';
import { orderContextFrom } from '@/lib/checkout/order-context';
import { checkOrder } from '@/lib/checkout/place-order';
import { CheckoutRequestSchema, fieldErrors } from '@/lib/checkout/request';
import { toFormProblems } from '@/lib/checkout/responses';

export const dynamic = 'force-dynamic';

/** POST /api/checkout/validate: the total in the chosen coin, and every problem next to its field. */
export async function POST(request: Request) {
  const parsed = CheckoutRequestSchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) {
    return Response.json(
      { error: { code: 'INVALID_REQUEST', message: 'Some fields are missing or not valid.' }, fields: fieldErrors(parsed.error) },
      { status: 400, headers: NO_STORE },
    );
  }
  try {
    const validation = await checkOrder(parsed.data, await orderContextFrom(request));
    return Response.json(
      { valid: validation.valid, coin: validation.coin, coinAmount: validation.coinAmount, problems: toFormProblems(validation.problems) },
      { headers: NO_STORE },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}

export function GET() {
  return errorResponse('METHOD_NOT_ALLOWED', 'Use POST with the checkout form as JSON.', 405, { Allow: 'POST' });
}
