// Every state-changing route answers only same-origin JSON. A page on another site can make a browser POST
// (a form, or fetch with text/plain, need no CORS preflight) and the SameSite=Lax cookie does not stop a
// top-level form POST's effects on the server: so the request must come from this site (`Origin`, or
// `Sec-Fetch-Site: same-origin` from a browser that sent no Origin) and be `application/json`, which no
// cross-site page can send without a preflight this server never grants.
import 'server-only';
import { getSiteConfig } from '@/lib/site/config';
import { originOf } from '@/lib/security/csp';
import { errorResponse } from './errors';

export type WriteRefusal = 'CROSS_SITE_REQUEST' | 'UNSUPPORTED_MEDIA_TYPE';

/**
 * Why a state-changing request is refused, or null. Its own origin is the one of the Host the browser addressed
 * (`next start` builds the request URL from its own hostname, e.g. `localhost`, not from the Host header), the
 * request URL's, or the public `SITE_URL`'s (behind a proxy the Host the server sees may not be the browser's).
 * A page on another site cannot choose the Host its visitor's browser sends.
 */
export function writeRefusal(request: Request, siteUrl: string): WriteRefusal | null {
  const origin = request.headers.get('origin');
  const host = request.headers.get('host');
  const hostOrigin = host ? originOf(`${new URL(request.url).protocol}//${host}`) : undefined;
  const own = new Set([originOf(request.url), originOf(siteUrl), hostOrigin].filter((o) => o !== undefined && o !== 'null'));
  const claimed = origin === null ? undefined : originOf(origin);
  const sameOrigin = origin === null ? request.headers.get('sec-fetch-site') === 'same-origin' : claimed !== undefined && own.has(claimed);
  if (!sameOrigin) return 'CROSS_SITE_REQUEST';
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json' ? null : 'UNSUPPORTED_MEDIA_TYPE';
}

/** Called first by every state-changing handler: a 403 for another site, a 415 for a body that is not JSON. */
export function refuseCrossSiteWrite(request: Request, siteUrl: string = getSiteConfig().url): Response | null {
  switch (writeRefusal(request, siteUrl)) {
    case null:
      return null;
    case 'CROSS_SITE_REQUEST':
      return errorResponse('CROSS_SITE_REQUEST', 'This request must come from this site.', 403);
    case 'UNSUPPORTED_MEDIA_TYPE':
      return errorResponse('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.', 415);
  }
}
