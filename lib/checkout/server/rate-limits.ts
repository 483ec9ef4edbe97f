// How often one client (lib/net/client-ip) and one session may create orders and validate a checkout. Each
// request counts against both; either refusing gives 429 RATE_LIMITED with Retry-After. In memory per server
// instance, behind the `Limiter` interface so a shared store can replace it.
import 'server-only';
import { errorResponse } from '@/lib/api/errors';
import { hitAll, RateLimiter, type Limiter, type LimitResult } from '@/lib/api/rate-limit';
import { getServerConfig, type ServerConfig } from '@/lib/env';
import { clientKey } from '@/lib/net/client-ip';

export type CheckoutAction = 'orders' | 'validations';
export type CheckoutLimits = Record<CheckoutAction, { perClient: Limiter; perSession: Limiter }>;

export function createCheckoutLimits(config: ServerConfig['rateLimits'], now: () => number = Date.now): CheckoutLimits {
  const pair = ({ limit, windowMs }: { limit: number; windowMs: number }) => ({
    perClient: new RateLimiter(limit, windowMs, now),
    perSession: new RateLimiter(limit, windowMs, now),
  });
  return { orders: pair(config.orders), validations: pair(config.validations) };
}

/** Counts one request of `client` (and of its session, when it has one). */
export function hitCheckoutLimit(limits: CheckoutLimits, action: CheckoutAction, client: string, sessionId?: string): LimitResult {
  const { perClient, perSession } = limits[action];
  return hitAll([[perClient, `client:${client}`], ...(sessionId ? [[perSession, `session:${sessionId}`] as [Limiter, string]] : [])]);
}

// One set per server process, also across Next's module reloads in development.
const g = globalThis as { __checkoutLimits?: CheckoutLimits };

/** The 429 for a request over its limit, or null when it may go on. */
export function checkoutRateLimited(request: Request, action: CheckoutAction, sessionId: string | undefined): Response | null {
  const limits = (g.__checkoutLimits ??= createCheckoutLimits(getServerConfig().rateLimits));
  const result = hitCheckoutLimit(limits, action, clientKey(request.headers), sessionId);
  if (result.allowed) return null;
  return errorResponse('RATE_LIMITED', 'Too many requests from this connection. Please try again later.', 429, {
    'Retry-After': String(result.retryAfterSeconds),
  });
}
