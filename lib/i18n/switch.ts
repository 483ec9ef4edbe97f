import { z } from 'zod';
import { errorResponse } from '@/lib/api/errors';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES } from './config';

// `next` is a path on this site only: "/ID/steam?x=1", never "//evil.example" or "https://…".
const SwitchQuery = z.object({
  lang: z.enum(LOCALES),
  next: z
    .string()
    .regex(/^\/(?![/\\])[^\s]*$/, 'must be a path on this site')
    .max(2000)
    .default('/'),
});

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

/** GET /api/locale?lang=id&next=/ID: remembers the language in a cookie and goes back to the page. */
export function switchLocale(request: Request): Response {
  const url = new URL(request.url);
  const parsed = SwitchQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse('INVALID_QUERY', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`, 400);
  }
  const location = sameSiteLocation(parsed.data.next, url.origin);
  if (!location) return errorResponse('INVALID_QUERY', 'next: must be a path on this site', 400);
  const secure = url.protocol === 'https:';
  const cookie = `${LOCALE_COOKIE}=${parsed.data.lang}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure ? '; Secure' : ''}`;
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Set-Cookie': cookie, 'Cache-Control': 'no-store' },
  });
}
