// POST /api/orders/{id}/unlock {email}: a visitor proves the order's e-mail to see its codes. Right: the
// order joins the session. Wrong: a 403 that says nothing about the order. Guessing is rate-limited per
// session and order, and per order and client (lib/net/client-ip: never the client's own X-Forwarded-For).
// No limit is per client alone, or per order alone: a guesser with another address or session than the buyer's
// cannot lock the buyer out of their own codes.
import 'server-only';
import { z } from 'zod';
import { readJsonBody } from '@/lib/api/body';
import { errorResponse, toErrorResponse } from '@/lib/api/errors';
import { refuseCrossSiteWrite } from '@/lib/api/same-origin';
import { getOrder, isValidOrderId, requestContextFrom } from '@/lib/cryptorefills';
import { clientKey } from '@/lib/net/client-ip';
import { getSession, rememberOrder } from '@/lib/session';
import { maySeeCodes, sameEmail } from './access';
import { withOrderHeaders } from './http';
import { hitAll, refuseOverLimit, StoreLimiter } from '@/lib/api/rate-limit';
import { getSharedStore } from '@/lib/store';

const WINDOW_MS = 15 * 60 * 1000;
const UnlockBody = z.object({ email: z.string().trim().min(3).max(254) });

// Counted in the shared store (lib/store/), so guesses spread over several instances are limited as on one. When
// it cannot answer, unlocking is refused with 503 STORE_UNAVAILABLE (fail closed: no uncounted guesses).
function unlockLimits() {
  const store = getSharedStore();
  return {
    perSession: new StoreLimiter(store, 'unlock:session', 5, WINDOW_MS),
    // Per order and client, whatever the session (a guesser drops the cookie). Wider: several people can share
    // one address (offices, carrier NAT).
    perClient: new StoreLimiter(store, 'unlock:client', 10, WINDOW_MS),
  };
}

async function unlock(request: Request, orderId: string): Promise<Response> {
  const refused = refuseCrossSiteWrite(request);
  if (refused) return refused;
  if (!isValidOrderId(orderId)) return errorResponse('INVALID_ORDER_ID', 'This is not a valid order number.', 400);
  const session = await getSession();
  if (!session) return errorResponse('SESSION_REQUIRED', 'Please enable cookies for this site and reload the page.', 400);
  const raw = await readJsonBody(request);
  if (!raw.ok) return raw.response;
  const body = UnlockBody.safeParse(raw.value);
  if (!body.success) return errorResponse('INVALID_REQUEST', 'Enter the e-mail address used for the order.', 400);
  if (maySeeCodes(session, orderId)) return Response.json({ ok: true });

  const ctx = requestContextFrom(request.headers);
  const limits = unlockLimits();
  const limited = await refuseOverLimit(
    () =>
      hitAll([
        [limits.perSession, `${session.sid}:${orderId}`],
        [limits.perClient, `${orderId}:${clientKey(request.headers)}`],
      ]),
    'TOO_MANY_TRIES',
    'Too many tries. Please wait a few minutes and try again.',
  );
  if (limited) return limited;
  let expected: string | undefined;
  try {
    expected = (await getOrder(orderId, ctx, request.signal)).user?.email;
  } catch (error) {
    return toErrorResponse(error);
  }
  if (!sameEmail(body.data.email, expected)) {
    return errorResponse('EMAIL_MISMATCH', 'This e-mail address does not match the order.', 403);
  }
  await rememberOrder(session, orderId, new URL(request.url).protocol === 'https:');
  return Response.json({ ok: true });
}

export async function unlockOrder(request: Request, orderId: string): Promise<Response> {
  return withOrderHeaders(await unlock(request, orderId));
}
