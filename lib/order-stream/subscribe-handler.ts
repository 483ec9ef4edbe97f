// GET /api/orders/{id}/subscribe: the order's live updates, relayed from the upstream's SSE stream.
import 'server-only';
import { errorResponse } from '@/lib/api/errors';
import {
  InvalidRequestError,
  UpstreamHttpError,
  isValidOrderId,
  readSseOrderEvent,
  requestContextFrom,
  subscribeOrder,
} from '@/lib/cryptorefills';
import type { Order } from '@/lib/cryptorefills';
import { log } from '@/lib/log';
import { getSession } from '@/lib/session';
import { maySeeCodes } from '../orders/access';
import { toBrowserOrder } from '../orders/browser-order';
import { getOrderStreamConfig } from './config';
import { SSE_HEADERS, withOrderHeaders } from '../orders/http';
import { OrderStreamHub } from './hub';
import { relayOrderStream } from './sse-relay';

function refusal(error: unknown): Response {
  if (error instanceof InvalidRequestError) return errorResponse(error.code, error.message, 400);
  // The upstream refused the stream: the browser gets the same status (and Retry-After) to act on.
  if (error instanceof UpstreamHttpError) {
    const retry: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(error.retryAfterSeconds) };
    return errorResponse(error.code, 'The order updates are not available right now.', error.status, retry);
  }
  log.warn('orders: stream unavailable', { code: error instanceof Error && 'code' in error ? String(error.code) : 'UNKNOWN' });
  return errorResponse('UPSTREAM_UNAVAILABLE', 'The order updates could not be reached. Please try again in a moment.', 502);
}

let hub: OrderStreamHub | undefined;
/** Every viewer of an order on this instance shares one upstream stream; each event is checked once. */
function orderStreams(): OrderStreamHub {
  hub ??= new OrderStreamHub({ read: readSseOrderEvent, silenceMs: 2 * getOrderStreamConfig().keepAliveMs });
  return hub;
}

// Each order event as the browser gets it, made once per event for all viewers who may see codes and once for
// all who may not.
const revealed = new WeakMap<object, string>();
const redacted = new WeakMap<object, string>();
function browserPayload(order: object, reveal: boolean): string {
  const made = reveal ? revealed : redacted;
  let payload = made.get(order);
  if (payload === undefined) {
    payload = JSON.stringify(toBrowserOrder(order as Order, reveal));
    made.set(order, payload);
  }
  return payload;
}

export async function subscribeToOrder(request: Request, orderId: string): Promise<Response> {
  if (!isValidOrderId(orderId)) return withOrderHeaders(errorResponse('INVALID_ORDER_ID', 'This is not a valid order number.', 400));
  const reveal = maySeeCodes(await getSession(), orderId);
  const { maxDurationMs, keepAliveMs, stampWrites } = getOrderStreamConfig();
  const relay = relayOrderStream({
    maxDurationMs,
    keepAliveMs,
    stampWrites,
    signal: request.signal,
    transform: (order) => browserPayload(order, reveal),
  });
  const context = requestContextFrom(request.headers);
  try {
    relay.attach(await orderStreams().join(orderId, (signal) => subscribeOrder(orderId, context, signal), relay));
  } catch (error) {
    void relay.body.cancel();
    // The browser left while we were connecting: nobody reads this, and it is not an upstream failure.
    if (request.signal.aborted) return errorResponse('REQUEST_ABORTED', 'The request was cancelled.', 499);
    return withOrderHeaders(refusal(error));
  }
  return new Response(relay.body, { status: 200, headers: SSE_HEADERS });
}
