// Where a page request is rendered. Every page lives under its language (`app/[locale]/…`): proxy.ts picks the
// language and names it in a request header, and next.config.js rewrites `/US/steam` to `/en/US/steam` or
// `/id/US/steam` by that header. The language is thus part of the path the page is cached under, and the page
// itself never reads a cookie. Pure: unit-tested without a server.

/** Request headers proxy.ts sets for next.config.js's rewrites (the same names are spelt out there). */
export const ROUTE_HEADERS = { locale: 'x-storefront-locale', query: 'x-storefront-query' } as const;

/** The segment of a catalog page's per-request twin: the same page, reading its query. */
export const QUERY_SEGMENT = '_query';

/**
 * `shared`: the same for every visitor of a language, cached and shareable (the catalog, the 404 page).
 * `private`: rendered per request (checkout, orders, the trouble screen, a filtered directory, a priced choice).
 */
export type PageKind = 'shared' | 'private';

export interface PageRoute {
  kind: PageKind;
  /** Rendered per request by the page's `_query/` twin, which reads the query (the shared page never does). */
  readsQuery: boolean;
}

/**
 * The cookie that names the page a visitor is trying again after the upstream-trouble screen (proxy.ts sets it
 * there): their next view of it is rendered afresh, not served the shared page that may still hold the trouble.
 */
export const RETRY_COOKIE = 'sf_retry';

const PRIVATE_PAGES = /^\/(?:checkout|orders|unavailable)(?:\/|$)/;
const COUNTRY_HOME = /^\/[A-Z]{2}$/;
const DIRECTORY = /^\/[A-Z]{2}\/brands$/;
const BRAND = /^\/[A-Z]{2}\/[^/]+$/;
// The query parameters a catalog page renders; any other (utm_*, fbclid…) leaves the shared page as it is.
const DIRECTORY_QUERY = ['q', 'kind', 'category', 'page'];
const BRAND_QUERY = ['coin', 'brand', 'denomination', 'amount'];
// The pages with a `_query/` twin, each with the query names it renders (the country home renders none: its twin
// serves only a visitor trying again). First match wins: the directory before the brand pattern it also fits.
const TWINS: [RegExp, string[]][] = [
  [COUNTRY_HOME, []],
  [DIRECTORY, DIRECTORY_QUERY],
  [BRAND, BRAND_QUERY],
];

/** `retrying`: the visitor comes back to this page from the upstream-trouble screen (RETRY_COOKIE). */
export function pageRoute(pathname: string, query: URLSearchParams, retrying = false): PageRoute {
  // `/` redirects to the visitor's country, from their cookie and headers.
  if (pathname === '/' || PRIVATE_PAGES.test(pathname)) return { kind: 'private', readsQuery: false };
  const rendered = TWINS.find(([page]) => page.test(pathname))?.[1];
  const readsQuery = rendered !== undefined && (retrying || rendered.some((name) => query.has(name)));
  return { kind: readsQuery ? 'private' : 'shared', readsQuery };
}
