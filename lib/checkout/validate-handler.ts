// POST /api/checkout/validate: the total in the chosen coin, and every problem next to its field.
import 'server-only';
import { readJsonBody } from '@/lib/api/body';
import { invalidRequest, NO_STORE, toErrorResponse } from '@/lib/api/errors';
import { orderContextFrom } from './order-context';
import { checkOrder } from './place-order';
import { CheckoutRequestSchema, fieldErrors } from './request';
import { toFormProblems } from './responses';

export async function validateCheckout(request: Request): Promise<Response> {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = CheckoutRequestSchema.safeParse(body.value);
  if (!parsed.success) return invalidRequest(fieldErrors(parsed.error));
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
