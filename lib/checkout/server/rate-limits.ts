// How often one client (lib/net/client-ip) and one session may create orders and validate a checkout. Each
// request counts against both; either refusing gives 429 RATE_LIMITED with Retry-After. Counted in the shared
// store (lib/store/), so several instances limit as one; when that store cannot answer, the write is refused
// with 503 STORE_UNAVAILABLE (fail closed).
import 'server-only';
import { hitAll, refuseOverLimit, StoreLimiter, type Limiter, type LimitResult } from '@/lib/api/rate-limit';
import { getServerConfig, type ServerConfig } from '@/lib/env';
import { clientKey } from '@/lib/net/client-ip';
import { getSharedStore, type SharedStore } from '@/lib/store';

export type CheckoutAction = 'orders' | 'validations';
export type CheckoutLimits = Record<CheckoutAction, { perClient: Limiter; perSession: Limiter }>;

export function createCheckoutLimits(config: ServerConfig['rateLimits'], store: SharedStore): CheckoutLimits {
  const pair = (action: CheckoutAction) => ({
    perClient: new StoreLimiter(store, `${action}:client`, config[action].limit, config[action].windowMs),
    perSession: new StoreLimiter(store, `${action}:session`, config[action].limit, config[action].windowMs),
  });
  return { orders: pair('orders'), validations: pair('validations') };
}

/** Counts one request of `client` (and of its session, when it has one). */
export function hitCheckoutLimit(limits: CheckoutLimits, action: CheckoutAction, client: string, sessionId?: string): Promise<LimitResult> {
  const { perClient, perSession } = limits[action];
  return hitAll([[perClient, client], ...(sessionId ? [[perSession, sessionId] as [Limiter, string]] : [])]);
}

/** The 429 for a request over its limit (503 when the limits cannot be counted), or null when it may go on. */
export async function checkoutRateLimited(
  request: Request,
  action: CheckoutAction,
  sessionId: string | undefined,
): Promise<Response | null> {
  const limits = createCheckoutLimits(getServerConfig().rateLimits, getSharedStore());
  return refuseOverLimit(
    () => hitCheckoutLimit(limits, action, clientKey(request.headers), sessionId),
    'RATE_LIMITED',
    'Too many requests from this connection. Please try again later.',
  );
}
