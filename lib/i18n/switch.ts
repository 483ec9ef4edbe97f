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

/** GET /api/locale?lang=id&next=/ID: remembers the language in a cookie and goes back to the page. */
export function switchLocale(request: Request): Response {
  const url = new URL(request.url);
  const parsed = SwitchQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse('INVALID_QUERY', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`, 400);
  }
  const secure = url.protocol === 'https:';
  const cookie = `${LOCALE_COOKIE}=${parsed.data.lang}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure ? '; Secure' : ''}`;
  return new Response(null, {
    status: 303,
    headers: { Location: parsed.data.next, 'Set-Cookie': cookie, 'Cache-Control': 'no-store' },
  });
}
