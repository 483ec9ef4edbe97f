// GET /api/orders/{id}/subscribe: the order's live updates, relayed from the upstream's SSE stream.
import 'server-only';
import { errorResponse } from '@/lib/api/errors';
import {
  InvalidRequestError,
  UpstreamHttpError,
  isValidOrderId,
  parseSseOrderEvent,
  requestContextFrom,
  subscribeOrder,
} from '@/lib/cryptorefills';
import { log } from '@/lib/log';
import { getSession } from '@/lib/session';
import { maySeeCodes } from '../orders/access';
import { toBrowserOrder } from '../orders/browser-order';
import { getOrderStreamConfig } from './config';
import { SSE_HEADERS, withOrderHeaders } from '../orders/http';
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

export async function subscribeToOrder(request: Request, orderId: string): Promise<Response> {
  if (!isValidOrderId(orderId)) return withOrderHeaders(errorResponse('INVALID_ORDER_ID', 'This is not a valid order number.', 400));
  const reveal = maySeeCodes(await getSession(), orderId);
  const upstreamAbort = new AbortController();
  const abortUpstream = () => upstreamAbort.abort();
  request.signal.addEventListener('abort', abortUpstream, { once: true });

  let upstream: ReadableStream<Uint8Array>;
  try {
    upstream = await subscribeOrder(orderId, requestContextFrom(request.headers), upstreamAbort.signal);
  } catch (error) {
    request.signal.removeEventListener('abort', abortUpstream);
    // The browser left while we were connecting: nobody reads this, and it is not an upstream failure.
    if (request.signal.aborted) return errorResponse('REQUEST_ABORTED', 'The request was cancelled.', 499);
    return withOrderHeaders(refusal(error));
  }
  request.signal.removeEventListener('abort', abortUpstream);

  const { maxDurationMs, keepAliveMs } = getOrderStreamConfig();
  const body = relayOrderStream(upstream, {
    maxDurationMs,
    keepAliveMs,
    signal: request.signal,
    abortUpstream,
    transform(data) {
      const order = parseSseOrderEvent(data);
      return order ? JSON.stringify(toBrowserOrder(order, reveal)) : null;
    },
  });
  return new Response(body, { status: 200, headers: SSE_HEADERS });
}
