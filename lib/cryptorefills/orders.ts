// Order operations: validation, creation, reading and the order's event stream. Server-only; re-exported by ./index.
// Each takes and returns the app's types (./order-types); the wire stays in this folder.
import 'server-only';
import { InvalidRequestError, UpstreamHttpError } from './errors';
import { upstreamEventStream } from './event-stream';
import { upstreamFetch } from './fetch';
import { toOrderBody } from './schemas/order-body';
import { isValidOrderId } from './order-helpers';
import { OrderSchema, ValidationResponseSchema } from './schemas/order';
import { reshapeOrder, reshapeValidation } from './schemas/order-reshape';
import type { Order, OrderInput, OrderValidation, RequestContext } from './types';

function orderPath(orderId: string): string {
  if (!isValidOrderId(orderId)) throw new InvalidRequestError('INVALID_ORDER_ID', 'This is not a valid order id.');
  return `/v5/orders/${orderId}`;
}

/**
 * Checks an order before creation. Problems are a result, not an error, whether they come on a 200 or
 * on a 4xx body; other HTTP errors (e.g. SUSPENDED_COIN as a top-level `detail`) are thrown.
 */
export async function validateOrder(order: OrderInput, ctx: RequestContext, signal?: AbortSignal): Promise<OrderValidation> {
  try {
    const response = await upstreamFetch({
      method: 'POST',
      path: '/v5/orders/validations',
      body: toOrderBody(order),
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
export async function createOrder(order: OrderInput & { email: string }, ctx: RequestContext): Promise<Order> {
  const body = toOrderBody(order);
  return reshapeOrder(await upstreamFetch({ method: 'POST', path: '/v5/orders', body, schema: OrderSchema, ctx, cache: 'no-store' }));
}

export async function getOrder(orderId: string, ctx: RequestContext, signal?: AbortSignal): Promise<Order> {
  return reshapeOrder(await upstreamFetch({ path: orderPath(orderId), schema: OrderSchema, ctx, cache: 'no-store', signal }));
}

/**
 * The upstream's SSE stream of order updates (the full order as JSON in each `data:`, `event: stop` at
 * the end), for the route handler to relay, reading each event with `readSseOrderEvent`. Aborting
 * `signal` closes the upstream connection.
 */
export async function subscribeOrder(orderId: string, ctx: RequestContext, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  return upstreamEventStream({ path: `${orderPath(orderId)}/subscribe`, ctx, signal });
}

/** What one event of the upstream's order stream means for the relay; anything else is ignored. */
export type SseOrderEvent = { kind: 'order'; value: Order } | { kind: 'stop'; data: string };

/**
 * One event of the upstream's order stream, by its `event:` name and `data:`: an unnamed event carries the full
 * order (null when it is not a valid one); `stop` ends the stream, its data passed on only when it is the
 * documented `{}` or `{"error": "…"}` (the error cut to 100 characters). Other named events are not part of the
 * documented stream: null, as a browser would ignore them.
 */
export function readSseOrderEvent(event: string | undefined, data: string): SseOrderEvent | null {
  if (event === undefined || event === 'message') {
    const order = parseSseOrderEvent(data);
    return order ? { kind: 'order', value: order } : null;
  }
  return event === 'stop' ? { kind: 'stop', data: stopData(data) } : null;
}

function stopData(data: string): string {
  try {
    const value: unknown = JSON.parse(data);
    if (value && typeof value === 'object' && 'error' in value && typeof value.error === 'string') {
      return JSON.stringify({ error: value.error.slice(0, 100) });
    }
  } catch {
    // not JSON: nothing to pass on
  }
  return '{}';
}

/** One upstream SSE `data:` payload (the full order as JSON) → the order, or null when it is not one (e.g. `{}` on stop). */
export function parseSseOrderEvent(data: string): Order | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = OrderSchema.safeParse(json);
  return parsed.success ? reshapeOrder(parsed.data) : null;
}
