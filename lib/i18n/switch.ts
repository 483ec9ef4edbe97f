import { z } from 'zod';
import { errorResponse } from '@/lib/api/errors';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES } from './config';

// `next` is a path on this site only: "/ID/steam?x=1", never "//evil.example" or "https://…".
const SITE_PATH = /^\/(?![/\\])[^\s]*$/;
const SwitchQuery = z.object({
  lang: z.enum(LOCALES),
  next: z.string().regex(SITE_PATH, 'must be a path on this site').max(2000).optional(),
});

/**
 * Without `next`, the page the switch was clicked on: the footer's plain links (no JavaScript, components/layout/
 * language-switch.tsx) name no page, and their browser sends it as the Referer (same-origin only, even from the
 * order pages' no-referrer). Only its path is taken, so it can only lead to a page of this site (the server's own
 * idea of its origin may differ from the browser's behind a proxy); none goes home.
 */
function refererPath(request: Request): string {
  const referer = request.headers.get('referer');
  let page: URL;
  try {
    page = new URL(referer ?? '');
  } catch {
    return '/';
  }
  const path = `${page.pathname}${page.search}${page.hash}`;
  return SITE_PATH.test(path) && path.length <= 2000 ? path : '/';
}

/**
 * `next` as a Location header: percent-encoded (a header holds bytes, so "/日本" must go as "/%E6%97%A5%E6%9C%AC"),
 * and null unless it stays on this site once resolved the way a browser would ("/\\evil", "/%2F/x" included).
 */
function sameSiteLocation(next: string, origin: string): string | null {
  let resolved: URL;
  try {
    resolved = new URL(next, origin);
  } catch {
    return null;
  }
  if (resolved.origin !== origin) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** GET /api/locale?lang=id&next=/ID (or the Referer's page without `next`): remembers the language in a cookie and goes back to the page. */
export function switchLocale(request: Request): Response {
  const url = new URL(request.url);
  const parsed = SwitchQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse('INVALID_QUERY', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`, 400);
  }
  const location = sameSiteLocation(parsed.data.next ?? refererPath(request), url.origin);
  if (!location) return errorResponse('INVALID_QUERY', 'next: must be a path on this site', 400);
  const secure = url.protocol === 'https:';
  const cookie = `${LOCALE_COOKIE}=${parsed.data.lang}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure ? '; Secure' : ''}`;
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Set-Cookie': cookie, 'Cache-Control': 'no-store' },
  });
}
