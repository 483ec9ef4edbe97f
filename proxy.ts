import { NextResponse, type NextRequest } from 'next/server';
import { checkRequestTarget, targetProblemResponse } from '@/lib/api/request-target';
import { UTM_COOKIE, utmFromSearchParams } from '@/lib/checkout/utm';
import { toCountryCode } from '@/lib/countries';
import { getServerConfig } from '@/lib/env';
import { newNonce } from '@/lib/security/csp';
import { pagePolicyFor } from '@/lib/security/page-policy';
import { UNAVAILABLE_PATH, UNAVAILABLE_RETRY_AFTER } from '@/lib/unavailable/paths';
import { newSession, SESSION_COOKIE, sessionCookieOptions, signSession, verifySession } from '@/lib/session/token';

const UTM_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;
// The pages that start a session (see withSession).
const SESSION_PAGES = /^\/(?:checkout|orders)(?:\/|$)/;
const COUNTRY_SEGMENT = /^\/([A-Za-z]{2})(?=\/|$)/;
// Files for crawlers and the browser chrome need no session, country or campaign cookie (nor its Set-Cookie).
const BARE_FILES =
  /^\/(?:robots\.txt|sitemap\.xml|sitemaps\/|icons\/|manifest\.webmanifest|favicon\.ico|(?:.*\/)?opengraph-image|.*\.(?:png|jpg|jpeg|svg|webp|ico)$)/;

export async function proxy(request: NextRequest) {
  // Bad input ends here with a 4xx, before Next decodes the path for a dynamic segment (it would answer 500).
  const { pathname, search } = request.nextUrl;
  const problem = checkRequestTarget(request.method, pathname, search);
  if (problem) return targetProblemResponse(problem, pathname);
  if (BARE_FILES.test(pathname)) return NextResponse.next();
  const secure = request.nextUrl.protocol === 'https:';
  // Pages get a script policy with a nonce of their own (lib/security/csp.ts); API answers are never rendered.
  const policy = pathname === '/api' || pathname.startsWith('/api/') ? undefined : pagePolicyFor(newNonce(), secure);
  // A page cannot set its own status: the upstream-trouble screen gets its 503 here.
  if (pathname === UNAVAILABLE_PATH) {
    const response = NextResponse.next({
      status: 503,
      headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER), 'Cache-Control': 'no-store' },
      request: { headers: withPolicy(request.headers, policy) },
    });
    if (policy) response.headers.set('Content-Security-Policy', policy);
    return response;
  }

  const match = COUNTRY_SEGMENT.exec(request.nextUrl.pathname);
  const country = toCountryCode(match?.[1]);

  // Country paths are uppercase (`/us/steam` → `/US/steam`), one URL per page.
  if (match && country && match[1] !== country) {
    const url = request.nextUrl.clone();
    url.pathname = `/${country}${url.pathname.slice(3)}`;
    return NextResponse.redirect(url, 308);
  }

  // The country a visitor shops in is remembered by the page itself (components/layout/remember-country.tsx).
  const response = await withSession(request, secure, policy);
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

// Gives a visitor a signed session cookie on the pages that need one: the checkout (its order is created with it)
// and the order pages (the buyer's own orders, unlocked codes). Catalog pages set no cookie, so caches can share
// them. Only on a page load (GET, HEAD): a POST must bring the cookie it got then, so a cookie-less request cannot
// start a fresh session each time and so escape the once-per-attempt guard of POST /api/orders (its handler
// refuses it: SESSION_REQUIRED).
// A page's policy goes on the request too: Next reads its nonce from there and puts it on the page's scripts.
async function withSession(request: NextRequest, secure: boolean, policy: string | undefined): Promise<NextResponse> {
  const secret = getServerConfig().sessionSecret;
  const pageLoad = (request.method === 'GET' || request.method === 'HEAD') && SESSION_PAGES.test(request.nextUrl.pathname);
  const token =
    pageLoad && !(await verifySession(request.cookies.get(SESSION_COOKIE)?.value, secret))
      ? await signSession(newSession(), secret)
      : undefined;
  // Make the new cookie visible to this very request's Server Components and route handlers too.
  if (token) request.cookies.set(SESSION_COOKIE, token);
  // Request headers are rewritten only when there is something to add (API calls pass through untouched).
  const response = token || policy ? NextResponse.next({ request: { headers: withPolicy(request.headers, policy) } }) : NextResponse.next();
  if (policy) response.headers.set('Content-Security-Policy', policy);
  if (token) response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(secure));
  return response;
}

function withPolicy(headers: Headers, policy: string | undefined): Headers {
  const copy = new Headers(headers);
  if (policy) copy.set('Content-Security-Policy', policy);
  return copy;
}

export const config = {
  // Every path but Next's own build files: even the bare files above get their path checked.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
