import { NextResponse, type NextRequest } from 'next/server';
import { COUNTRY_COOKIE } from '@/lib/catalog/country-detect';
import { UTM_COOKIE, utmFromSearchParams } from '@/lib/checkout/utm';
import { toCountryCode } from '@/lib/countries';
import { getServerConfig } from '@/lib/env';
import { newSession, SESSION_COOKIE, sessionCookieOptions, signSession, verifySession } from '@/lib/session/token';

const COUNTRY_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;
const UTM_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;
const COUNTRY_SEGMENT = /^\/([A-Za-z]{2})(?=\/|$)/;

export async function proxy(request: NextRequest) {
  const secure = request.nextUrl.protocol === 'https:';
  const match = COUNTRY_SEGMENT.exec(request.nextUrl.pathname);
  const country = toCountryCode(match?.[1]);

  // Country paths are uppercase (`/us/steam` → `/US/steam`), one URL per page.
  if (match && country && match[1] !== country) {
    const url = request.nextUrl.clone();
    url.pathname = `/${country}${url.pathname.slice(3)}`;
    return NextResponse.redirect(url, 308);
  }

  const response = await withSession(request, secure);
  // Visiting a country remembers it: `/` sends the visitor back there next time.
  if (country && request.cookies.get(COUNTRY_COOKIE)?.value !== country) {
    response.cookies.set(COUNTRY_COOKIE, country, { path: '/', sameSite: 'lax', secure, maxAge: COUNTRY_COOKIE_MAX_AGE });
  }
  // First touch wins: the campaign that brought the visitor is credited on their orders.
  const utm = request.cookies.has(UTM_COOKIE) ? undefined : utmFromSearchParams(request.nextUrl.searchParams);
  if (utm) {
    response.cookies.set(UTM_COOKIE, JSON.stringify(utm), {
      path: '/',
      sameSite: 'lax',
      secure,
      httpOnly: true,
      maxAge: UTM_COOKIE_MAX_AGE,
    });
  }
  return response;
}

// Gives every visitor a signed session cookie before any page or route handler runs. Only on a page load (GET,
// HEAD): a POST must bring the cookie it got then, so a cookie-less request cannot start a fresh session each time
// and so escape the once-per-attempt guard of POST /api/orders (its handler refuses it: SESSION_REQUIRED).
async function withSession(request: NextRequest, secure: boolean): Promise<NextResponse> {
  const secret = getServerConfig().sessionSecret;
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  if (await verifySession(request.cookies.get(SESSION_COOKIE)?.value, secret)) return NextResponse.next();

  const token = await signSession(newSession(), secret);
  // Make the new cookie visible to this very request's Server Components and route handlers too.
  request.cookies.set(SESSION_COOKIE, token);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(secure));
  return response;
}

export const config = {
  // Files for crawlers and the browser chrome need no session, country or campaign cookie (nor its Set-Cookie).
  matcher: [
    '/((?!_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml|sitemaps/|icons/|manifest.webmanifest|(?:.*/)?opengraph-image|.*\\.(?:png|jpg|jpeg|svg|webp|ico)$).*)',
  ],
};
