// POST /api/checkout/validate: the total in the chosen coin, and every problem next to its field.
import 'server-only';
import { readJsonBody } from '@/lib/api/body';
import { invalidRequest, NO_STORE, toErrorResponse } from '@/lib/api/errors';
import { refuseCrossSiteWrite } from '@/lib/api/same-origin';
import { getSession } from '@/lib/session';
import { orderContextFrom } from './order-context';
import { checkOrder } from './place-order';
import { checkoutRateLimited } from './rate-limits';
import { CheckoutRequestSchema, fieldErrors } from '../request';
import { toFormProblems } from '../responses';

export async function validateCheckout(request: Request): Promise<Response> {
  const refused = refuseCrossSiteWrite(request);
  if (refused) return refused;
  const limited = checkoutRateLimited(request, 'validations', (await getSession())?.sid);
  if (limited) return limited;
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
