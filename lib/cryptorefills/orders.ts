// Order operations: validation, creation, reading and the order's event stream. Server-only; re-exported by ./index.
import 'server-only';
import { InvalidRequestError, UpstreamHttpError, toOrderProblem } from './errors';
import { upstreamEventStream, upstreamFetch } from './fetch';
import { isValidOrderId } from './order-helpers';
import { OrderSchema, ValidationResponseSchema } from './schemas/order';
import type { CreateOrderBody, Order, OrderRequestBody, OrderValidation, RequestContext, ValidationResponse } from './types';

function orderPath(orderId: string): string {
  if (!isValidOrderId(orderId)) throw new InvalidRequestError('INVALID_ORDER_ID', 'This is not a valid order id.');
  return `/v5/orders/${orderId}`;
}

function reshapeValidation(response: ValidationResponse, httpStatus: number): OrderValidation {
  const problems = response.problems.map(toOrderProblem);
  return {
    valid: problems.length === 0,
    problems,
    coin: response.coin,
    coinAmount: response.coin_amount,
    originalCoinAmount: response.original_coin_amount,
    couponCode: response.coupon_code,
    deliveries: response.deliveries,
    httpStatus,
  };
}

/**
 * Checks an order before creation. Problems are a result, not an error, whether they come on a 200 or
 * on a 4xx body; other HTTP errors (e.g. SUSPENDED_COIN as a top-level `detail`) are thrown.
 */
export async function validateOrder(body: OrderRequestBody, ctx: RequestContext, signal?: AbortSignal): Promise<OrderValidation> {
  try {
    const response = await upstreamFetch({
      method: 'POST',
      path: '/v5/orders/validations',
      body,
      schema: ValidationResponseSchema,
      ctx,
      cache: 'no-store',
      signal,
    });
    return reshapeValidation(response, 200);
  } catch (error) {
    const isProblemsResult =
      error instanceof UpstreamHttpError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 429 &&
      (error.problems?.length ?? 0) > 0;
    if (!isProblemsResult) throw error;
    return { valid: false, problems: error.problems ?? [], deliveries: [], httpStatus: error.status };
  }
}

/**
 * Creates the order and returns it with the deposit address and amount. Never retried, and deliberately
 * not abortable: a buyer who navigates away mid-request must still find the order the upstream created.
 */
export async function createOrder(body: CreateOrderBody, ctx: RequestContext): Promise<Order> {
  return upstreamFetch({ method: 'POST', path: '/v5/orders', body, schema: OrderSchema, ctx, cache: 'no-store' });
}

export async function getOrder(orderId: string, ctx: RequestContext, signal?: AbortSignal): Promise<Order> {
  return upstreamFetch({ path: orderPath(orderId), schema: OrderSchema, ctx, cache: 'no-store', signal });
}

/**
 * The upstream's SSE stream of order updates (the full order as JSON in each `data:`, `event: stop` at
 * the end), for the route handler to relay. Aborting `signal` closes the upstream connection.
 */
export async function subscribeOrder(orderId: string, ctx: RequestContext, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  return upstreamEventStream({ path: `${orderPath(orderId)}/subscribe`, ctx, signal });
}
