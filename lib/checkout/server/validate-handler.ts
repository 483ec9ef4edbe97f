// POST /api/checkout/validate: the price in the chosen coin (per line, the total, and any discount) as soon as the
// products, coin and network are known, and every problem next to its field.
import 'server-only';
import { NO_STORE, toErrorResponse } from '@/lib/api/errors';
import { orderContextFrom } from './order-context';
import { checkOrder } from './place-order';
import { admitCheckoutWrite } from './admit';
import { pricedRequest, withoutStandInProblems } from './quote';
import { QuoteRequestSchema } from '../request';
import { toFormProblems, toValidationAnswer } from '../responses';

export async function validateCheckout(request: Request): Promise<Response> {
  const admitted = await admitCheckoutWrite(request, 'validations', QuoteRequestSchema);
  if (!admitted.ok) return admitted.response;
  try {
    const { request: priced, standIns } = pricedRequest(admitted.data);
    const validation = await checkOrder(priced, await orderContextFrom(request));
    const problems = toFormProblems(withoutStandInProblems(validation.problems, standIns));
    return Response.json(toValidationAnswer(validation, problems), { headers: NO_STORE });
  } catch (error) {
    return toErrorResponse(error);
  }
}
