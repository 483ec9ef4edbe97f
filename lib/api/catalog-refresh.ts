// /api/catalog/revalidate: the partner's on-demand catalog refresh. `POST {"country":"US"}` drops one country's
// cached catalog (brands, homepage, products), `POST {}` the whole catalog and the payment vias; `GET` (what a
// Vercel cron sends) refreshes everything. Protected by a bearer secret: CATALOG_REVALIDATE_SECRET, or Vercel's
// CRON_SECRET; with neither configured the route does not exist (404).
//
// Exempt from the same-origin check of the other writes (lib/api/same-origin.ts): it is called server to server
// (a script, a CMS webhook, a cron) with a bearer secret, never by a browser with a cookie, so a cross-site page
// cannot forge it: it cannot know the secret.
import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { readJsonBody } from '@/lib/api/body';
import { errorResponse, NO_STORE } from '@/lib/api/errors';
import { otherMethods, type RouteMethod } from '@/lib/api/methods';
import { refuseOverLimit, StoreLimiter } from '@/lib/api/rate-limit';
import { isSupportedCountry } from '@/lib/countries';
import { revalidateCatalog } from '@/lib/cryptorefills';
import { getServerConfig } from '@/lib/env';
import { clientKey } from '@/lib/net/client-ip';
import { getSharedStore } from '@/lib/store';

/**
 * Per client and minute: refreshes with the right secret, and tries with a wrong one, counted apart so that a
 * guesser cannot lock the partner's own refreshes out. Ten is plenty for a cron and manual refreshes, and too few to
 * guess a 32-character secret.
 */
export const REFRESH_RATE_LIMIT = { limit: 10, windowMs: 60_000 } as const;

const RefreshBody = z
  .object({
    country: z.string().trim().toUpperCase().refine(isSupportedCountry, 'must be a supported two-letter country code, e.g. US').optional(),
  })
  .strict();

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Whether `header` is `Bearer <one of secrets>`, in time that does not depend on how much of a secret matches. */
export function bearerMatches(header: string | null, secrets: readonly string[]): boolean {
  const presented = digest(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  // Every secret is compared, so the time does not tell which one matched either.
  return secrets.map((secret) => timingSafeEqual(digest(secret), presented)).reduce((any, match) => any || match, false);
}

/** The 429 for a client over its limit (503 when the shared store cannot count), or null when it may go on. */
function rateLimited(request: Request, kind: 'refreshes' | 'failures'): Promise<Response | null> {
  const { limit, windowMs } = REFRESH_RATE_LIMIT;
  const limiter = new StoreLimiter(getSharedStore(), `catalog-refresh:${kind}`, limit, windowMs);
  return refuseOverLimit(
    () => limiter.hit(clientKey(request.headers)),
    'RATE_LIMITED',
    'Too many refresh requests. Please try again later.',
  );
}

function refresh(country?: string): Response {
  return Response.json({ revalidated: revalidateCatalog(country) }, { headers: NO_STORE });
}

async function handle(request: Request): Promise<Response> {
  const authorized = bearerMatches(request.headers.get('authorization'), getServerConfig().catalogRefreshSecrets);
  const limited = await rateLimited(request, authorized ? 'refreshes' : 'failures');
  if (limited) return limited;
  if (!authorized) {
    return errorResponse('UNAUTHORIZED', 'Send the refresh secret as `Authorization: Bearer <secret>`.', 401, {
      'WWW-Authenticate': 'Bearer',
    });
  }
  // GET (a Vercel cron; Next also answers HEAD with it) refreshes everything.
  if (request.method !== 'POST') return refresh();
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return body.response;
  const parsed = RefreshBody.safeParse(body.value);
  if (!parsed.success) {
    return errorResponse('INVALID_REQUEST', 'Send {} to refresh the whole catalog, or {"country":"US"} for one country.', 400);
  }
  return refresh(parsed.data.country);
}

const notFound = () => errorResponse('NOT_FOUND', 'There is no API at this address.', 404);
const others = otherMethods('GET', 'POST');
const enabled = () => getServerConfig().catalogRefreshSecrets.length > 0;
const orNotFound =
  (handler: (request: Request) => Response | Promise<Response>) =>
  (request: Request): Response | Promise<Response> =>
    enabled() ? handler(request) : notFound();

/** Every method of the route but HEAD (Next answers it with GET); all answer 404 while no secret is configured. */
export const catalogRefreshRoute: Record<Exclude<RouteMethod, 'HEAD'>, (request: Request) => Response | Promise<Response>> = {
  GET: orNotFound(handle),
  POST: orNotFound(handle),
  PUT: orNotFound(others.PUT),
  PATCH: orNotFound(others.PATCH),
  DELETE: orNotFound(others.DELETE),
  OPTIONS: orNotFound(others.OPTIONS),
};
