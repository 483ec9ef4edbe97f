import { NextResponse, type NextRequest } from 'next/server';
import { checkRequestTarget, targetProblemResponse } from '@/lib/api/request-target';
import { UTM_COOKIE, utmFromSearchParams } from '@/lib/checkout/utm';
import { toCountryCode } from '@/lib/countries';
import { getServerConfig } from '@/lib/env';
import { LOCALE_COOKIE, LOCALES, type Locale } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { pageRoute, RETRY_COOKIE, ROUTE_HEADERS, type PageKind } from '@/lib/routing/page-route';
import { newNonce } from '@/lib/security/csp';
import { pagePolicyFor } from '@/lib/security/page-policy';
import { retryPath, UNAVAILABLE_PATH, UNAVAILABLE_RETRY_AFTER } from '@/lib/unavailable/paths';
import { newSession, SESSION_COOKIE, sessionCookieOptions, signSession, verifySession } from '@/lib/session/token';

const UTM_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;
const RETRY_COOKIE_MAX_AGE = 5 * 60;
// The pages that start a session (see withSession).
const SESSION_PAGES = /^\/(?:checkout|orders)(?:\/|$)/;
const COUNTRY_SEGMENT = /^\/([A-Za-z]{2})(?=\/|$)/;
// Files for crawlers and the browser chrome need no session, country or campaign cookie (nor its Set-Cookie).
const BARE_FILES =
  /^\/(?:robots\.txt|sitemap\.xml|sitemaps\/|icons\/|manifest\.webmanifest|favicon\.ico|.*\.(?:png|jpg|jpeg|svg|webp|ico)$)/;

// Share images live beside their pages, under the language (`/id/US/opengraph-image`, as the pages link them); one
// asked for without it (`/US/opengraph-image`) is served in the visitor's language.
const SHARE_IMAGE = /(?:^|\/)opengraph-image(?:-[\w-]+)?$/;
const SHARE_IMAGE_CACHE = 'public, max-age=300, s-maxage=300, stale-while-revalidate=86400';
const LOCALE_PREFIX = new RegExp(`^/(?:${LOCALES.join('|')})/`);

export async function proxy(request: NextRequest) {
  // Bad input ends here with a 4xx, before Next decodes the path for a dynamic segment (it would answer 500).
  const { pathname, search } = request.nextUrl;
  const problem = checkRequestTarget(request.method, pathname, search);
  if (problem) return targetProblemResponse(problem, pathname);
  const image = SHARE_IMAGE.test(pathname);
  if (image || BARE_FILES.test(pathname)) {
    const route = image && !LOCALE_PREFIX.test(pathname) ? { locale: visitorLocale(request), readsQuery: false } : undefined;
    const headers = forwardedHeaders(request.headers, undefined, route);
    const response = headers ? NextResponse.next({ request: { headers } }) : NextResponse.next();
    // Share images change with their page's catalog window: a CDN keeps them as long (Next says an hour).
    if (image) response.headers.set('Cache-Control', SHARE_IMAGE_CACHE);
    return response;
  }
  const secure = request.nextUrl.protocol === 'https:';
  const page = pathname === '/api' || pathname.startsWith('/api/') ? undefined : pageTarget(request);
  // Pages get a script policy (lib/security/csp.ts), with a nonce of their own when rendered per request; API
  // answers are never rendered.
  const policy = page && pagePolicyFor(page.kind === 'private' ? newNonce() : undefined, secure);
  // A page cannot set its own status: the upstream-trouble screen gets its 503 here.
  if (page && pathname === UNAVAILABLE_PATH) {
    const response = NextResponse.next({
      status: 503,
      headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER), 'Cache-Control': 'no-store' },
      request: { headers: forwardedHeaders(request.headers, policy, page) },
    });
    if (policy) response.headers.set('Content-Security-Policy', policy);
    // "Try again" must not meet the shared page that may still hold the trouble (lib/unavailable/index.ts).
    const from = new URL(retryPath(request.nextUrl.searchParams.get('from') ?? undefined), request.url).pathname;
    response.cookies.set(RETRY_COOKIE, from, { path: '/', sameSite: 'lax', secure, httpOnly: true, maxAge: RETRY_COOKIE_MAX_AGE });
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
  const response = await withSession(request, secure, policy, page);
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
  // Tried again: this view was rendered afresh for this visitor; later ones are the shared page again.
  if (page?.retrying) response.cookies.set(RETRY_COOKIE, '', { path: '/', maxAge: 0 });
  // An answer that sets a cookie is this visitor's alone: no shared cache may keep it.
  if (utm || page?.retrying) response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

// Gives a visitor a signed session cookie on the pages that need one: the checkout (its order is created with it)
// and the order pages (the buyer's own orders, unlocked codes). Catalog pages set no cookie, so caches can share
// them. Only on a page load (GET, HEAD): a POST must bring the cookie it got then, so a cookie-less request cannot
// start a fresh session each time and so escape the once-per-attempt guard of POST /api/orders (its handler
// refuses it: SESSION_REQUIRED).
// A page's policy goes on the request too: Next reads its nonce from there and puts it on the page's scripts.
async function withSession(
  request: NextRequest,
  secure: boolean,
  policy: string | undefined,
  page: PageTarget | undefined,
): Promise<NextResponse> {
  const secret = getServerConfig().sessionSecret;
  const pageLoad = (request.method === 'GET' || request.method === 'HEAD') && SESSION_PAGES.test(request.nextUrl.pathname);
  const token =
    pageLoad && !(await verifySession(request.cookies.get(SESSION_COOKIE)?.value, secret))
      ? await signSession(newSession(), secret)
      : undefined;
  // Make the new cookie visible to this very request's Server Components and route handlers too (so the headers
  // passed on are copied after it is set).
  if (token) request.cookies.set(SESSION_COOKIE, token);
  const headers = forwardedHeaders(request.headers, policy, page);
  // Request headers are rewritten only when there is something to add (API calls pass through untouched).
  const response = headers ? NextResponse.next({ request: { headers } }) : NextResponse.next();
  if (policy) response.headers.set('Content-Security-Policy', policy);
  if (token) response.cookies.set(SESSION_COOKIE, token, sessionCookieOptions(secure));
  return response;
}

type PageTarget = ReturnType<typeof pageTarget>;

/** The language the visitor's page is rendered in: their saved choice, else their browser's. */
function visitorLocale(request: NextRequest): Locale {
  return negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
}

// The page's language and kind (lib/routing/page-route.ts).
function pageTarget(request: NextRequest): { locale: Locale; kind: PageKind; readsQuery: boolean; retrying: boolean } {
  const { pathname, searchParams } = request.nextUrl;
  const retrying = request.cookies.get(RETRY_COOKIE)?.value === pathname;
  return { locale: visitorLocale(request), retrying, ...pageRoute(pathname, searchParams, retrying) };
}

/**
 * The request headers the app sees, or undefined when they stay as sent: a page's policy (Next reads its nonce from
 * there) and the route headers next.config.js rewrites by. Route headers a visitor sent are never passed on.
 */
function forwardedHeaders(
  sent: Headers,
  policy: string | undefined,
  page: { locale: Locale; readsQuery: boolean } | undefined,
): Headers | undefined {
  const forged = sent.has(ROUTE_HEADERS.locale) || sent.has(ROUTE_HEADERS.query);
  if (!page && !policy && !forged) return undefined;
  const headers = new Headers(sent);
  headers.delete(ROUTE_HEADERS.locale);
  headers.delete(ROUTE_HEADERS.query);
  if (policy) headers.set('Content-Security-Policy', policy);
  if (page) headers.set(ROUTE_HEADERS.locale, page.locale);
  if (page?.readsQuery) headers.set(ROUTE_HEADERS.query, '1');
  return headers;
}
