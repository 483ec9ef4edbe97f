// POST /api/checkout/validate: the total in the chosen coin, and every problem next to its field.
import 'server-only';
import { NO_STORE, toErrorResponse } from '@/lib/api/errors';
import { orderContextFrom } from './order-context';
import { checkOrder } from './place-order';
import { admitCheckoutWrite } from './admit';
import { CheckoutRequestSchema } from '../request';
import { toFormProblems } from '../responses';

export async function validateCheckout(request: Request): Promise<Response> {
  const admitted = await admitCheckoutWrite(request, 'validations', CheckoutRequestSchema);
  if (!admitted.ok) return admitted.response;
  try {
    const validation = await checkOrder(admitted.data, await orderContextFrom(request));
    return Response.json(
      { valid: validation.valid, coin: validation.coin, coinAmount: validation.coinAmount, problems: toFormProblems(validation.problems) },
      { headers: NO_STORE },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
