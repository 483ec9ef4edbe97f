// GET /api/orders/{id}: the current order (the polling fallback of the live page), redacted for visitors.
import 'server-only';
import { errorResponse, toErrorResponse } from '@/lib/api/errors';
import { getOrder, isValidOrderId, requestContextFrom } from '@/lib/cryptorefills';
import { getSession } from '@/lib/session';
import { maySeeCodes } from './access';
import { toBrowserOrder } from './browser-order';
import { withOrderHeaders } from './http';

export async function readOrder(request: Request, orderId: string): Promise<Response> {
  if (!isValidOrderId(orderId)) return withOrderHeaders(errorResponse('INVALID_ORDER_ID', 'This is not a valid order number.', 400));
  try {
    const [session, order] = await Promise.all([getSession(), getOrder(orderId, requestContextFrom(request.headers), request.signal)]);
    return withOrderHeaders(Response.json(toBrowserOrder(order, maySeeCodes(session, orderId))));
  } catch (error) {
    // The browser left mid-request (Next aborts with its own ResponseAborted): nothing to report.
    if (request.signal.aborted) return errorResponse('REQUEST_ABORTED', 'The request was cancelled.', 499);
    return withOrderHeaders(toErrorResponse(error, { ORDER_NOT_FOUND: 'There is no order with this number.' }));
  }
}
