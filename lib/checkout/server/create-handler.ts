// POST /api/orders: creates at most one order per checkout attempt, whatever the number of requests.
import 'server-only';
import { errorResponse, NO_STORE, toErrorResponse } from '@/lib/api/errors';
import { log } from '@/lib/log';
import { rememberOrder } from '@/lib/session';
import { AttemptStore } from './attempts';
import { orderContextFrom } from './order-context';
import { placeOrder, type PlaceOrderOutcome } from './place-order';
import { admitCheckoutWrite } from './admit';
import { CreateOrderRequestSchema } from '../request';
import { toFormProblems } from '../responses';

// One store per server process, also across Next's module reloads in development.
const g = globalThis as { __checkoutAttempts?: AttemptStore<PlaceOrderOutcome> };
const attempts = (g.__checkoutAttempts ??= new AttemptStore<PlaceOrderOutcome>());

export async function createCheckoutOrder(request: Request): Promise<Response> {
  const admitted = await admitCheckoutWrite(request, 'orders', CreateOrderRequestSchema);
  if (!admitted.ok) return admitted.response;
  // Without the session a page visit started, repeats of one attempt could not be told apart: no order.
  const { data, session } = admitted;
  if (!session) return errorResponse('SESSION_REQUIRED', 'Please enable cookies for this site and reload the page.', 400);

  const context = await orderContextFrom(request);
  // Not the request's signal: a buyer who leaves mid-request must still find the order that was created.
  const outcome = await attempts.once(`${session.sid}:${data.attemptId}`, () => placeOrder(data, { ...context, signal: undefined }));

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
