// POST /api/orders: creates at most one order per checkout attempt, whatever the number of requests and of instances.
import 'server-only';
import { errorResponse, NO_STORE, storeUnavailable } from '@/lib/api/errors';
import { getServerConfig } from '@/lib/env';
import { log } from '@/lib/log';
import { rememberOrder } from '@/lib/session';
import { getSharedStore, StoreUnavailableError } from '@/lib/store';
import { AttemptStore } from './attempts';
import { AttemptOutcomeSchema, toAttemptOutcome, type AttemptOutcome } from './attempt-outcome';
import { orderContextFrom } from './order-context';
import { placeOrder } from './place-order';
import { admitCheckoutWrite } from './admit';
import { CreateOrderRequestSchema } from '../request';

// One per server process, also across Next's module reloads in development. A repeat waits as long as the first
// request can take: a validation and a create, each within the upstream timeout, and the store's calls.
const g = globalThis as { __checkoutAttempts?: AttemptStore<AttemptOutcome> };
function attempts(): AttemptStore<AttemptOutcome> {
  const { upstreamTimeoutMs, store } = getServerConfig();
  return (g.__checkoutAttempts ??= new AttemptStore<AttemptOutcome>(getSharedStore, {
    waitMs: 2 * upstreamTimeoutMs + 3 * store.timeoutMs,
    pending: () => ({ kind: 'unconfirmed', code: 'ATTEMPT_PENDING' }),
    parse: (json) => AttemptOutcomeSchema.safeParse(json),
  }));
}

export async function createCheckoutOrder(request: Request): Promise<Response> {
  const admitted = await admitCheckoutWrite(request, 'orders', CreateOrderRequestSchema);
  if (!admitted.ok) return admitted.response;
  // Without the session a page visit started, repeats of one attempt could not be told apart: no order.
  const { data, session } = admitted;
  if (!session) return errorResponse('SESSION_REQUIRED', 'Please enable cookies for this site and reload the page.', 400);

  const context = await orderContextFrom(request);
  let outcome: AttemptOutcome;
  try {
    // Not the request's signal: a buyer who leaves mid-request must still find the order that was created.
    outcome = await attempts().once(`${session.sid}:${data.attemptId}`, async () =>
      toAttemptOutcome(await placeOrder(data, { ...context, signal: undefined })),
    );
  } catch (error) {
    // The attempt could not be claimed, so nothing was sent upstream: fail closed, the buyer may simply try again.
    if (!(error instanceof StoreUnavailableError)) throw error;
    log.warn('checkout: shared store unavailable, order refused');
    return storeUnavailable('Your order could not be placed right now, and no order was made. Please try again in a moment.');
  }

  switch (outcome.kind) {
    case 'created': {
      await rememberOrder(session, outcome.orderId, new URL(request.url).protocol === 'https:');
      return Response.json({ orderId: outcome.orderId }, { status: 201, headers: NO_STORE });
    }
    case 'problems':
      return Response.json(
        { error: { code: 'ORDER_PROBLEMS', message: 'The order needs a change before it can be placed.' }, problems: outcome.problems },
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
    case 'failed':
      return Response.json(outcome.body, {
        status: outcome.status,
        headers: { ...NO_STORE, ...(outcome.retryAfter ? { 'Retry-After': outcome.retryAfter } : {}) },
      });
  }
}
