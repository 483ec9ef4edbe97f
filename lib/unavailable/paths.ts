// The upstream-trouble screen's address and retry link (no server code: proxy.ts and the page both read it).
export const UNAVAILABLE_PATH = '/unavailable';
/** Seconds a browser or crawler is asked to wait before trying again. */
export const UNAVAILABLE_RETRY_AFTER = 5;

/** The page to try again from: a path on this site, else the home page. */
export function retryPath(from: string | undefined): string {
  if (!from || !from.startsWith('/')) return '/';
  try {
    const origin = 'http://site.invalid';
    const url = new URL(from, origin);
    return url.origin === origin ? `${url.pathname}${url.search}` : '/';
  } catch {
    return '/';
  }
}

export function unavailableUrl(from: string): string {
  return `${UNAVAILABLE_PATH}?from=${encodeURIComponent(retryPath(from))}`;
}
