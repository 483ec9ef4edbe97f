// POST /api/orders: creates at most one order per checkout attempt, whatever the number of requests.
import 'server-only';
import { readJsonBody } from '@/lib/api/body';
import { errorResponse, invalidRequest, NO_STORE, toErrorResponse } from '@/lib/api/errors';
import { refuseCrossSiteWrite } from '@/lib/api/same-origin';
import { log } from '@/lib/log';
import { getSession, rememberOrder } from '@/lib/session';
import { AttemptStore } from './attempts';
import { orderContextFrom } from './order-context';
import { placeOrder, type PlaceOrderOutcome } from './place-order';
import { checkoutRateLimited } from './rate-limits';
import { CreateOrderRequestSchema, fieldErrors } from '../request';
import { toFormProblems } from '../responses';

// One store per server process, also across Next's module reloads in development.
const g = globalThis as { __checkoutAttempts?: AttemptStore<PlaceOrderOutcome> };
const attempts = (g.__checkoutAttempts ??= new AttemptStore<PlaceOrderOutcome>());

export async function createCheckoutOrder(request: Request): Promise<Response> {
  const refused = refuseCrossSiteWrite(request);
  if (refused) return refused;
  // The session the request brought: proxy.ts starts none on a POST, so a cookie-less repeat cannot escape the
  // once-per-attempt guard with a fresh session.
  const session = await getSession();
  const limited = checkoutRateLimited(request, 'orders', session?.sid);
  if (limited) return limited;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = CreateOrderRequestSchema.safeParse(body.value);
  if (!parsed.success) return invalidRequest(fieldErrors(parsed.error));
  if (!session) return errorResponse('SESSION_REQUIRED', 'Please enable cookies for this site and reload the page.', 400);

  const context = await orderContextFrom(request);
  // Not the request's signal: a buyer who leaves mid-request must still find the order that was created.
  const outcome = await attempts.once(`${session.sid}:${parsed.data.attemptId}`, () =>
    placeOrder(parsed.data, { ...context, signal: undefined }),
  );

  switch (outcome.kind) {
    case 'created': {
      const orderId = outcome.order.id;
      await rememberOrder(session, orderId, new URL(request.url).protocol === 'https:');
      return Response.json({ orderId }, { status: 201, headers: NO_STORE });
    }
    case 'problems':
      return Response.json(
        {
          error: { code: 'ORDER_PROBLEMS', message: 'The order needs a change before it can be placed.' },
          problems: toFormProblems(outcome.problems),
        },
        { status: 422, headers: NO_STORE },
      );
    case 'price_changed':
      return Response.json(
        { error: { code: 'PRICE_CHANGED', message: 'The price changed. Please confirm the new total.' }, coinAmount: outcome.coinAmount },
        { status: 409, headers: NO_STORE },
      );
    case 'unconfirmed':
      log.warn('checkout: order not confirmed', { code: outcome.code });
      return errorResponse(
        'ORDER_NOT_CONFIRMED',
        'We could not confirm your order. It may still have been created: check your e-mail and recent orders before you try again.',
        502,
      );
    case 'error':
      return toErrorResponse(outcome.error);
  }
}
