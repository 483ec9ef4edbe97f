// The Content-Security-Policy of every page, in two kinds.
// - Private pages (checkout, orders: deposit addresses, codes) are rendered per request: scripts run only when they
//   carry this request's nonce (Next puts it on its own scripts when it finds it in the request's policy); scripts
//   they load are trusted through 'strict-dynamic'.
// - Shared pages (the catalog, the same for every visitor and cached) cannot carry a per-request nonce: the cached
//   HTML would hold the first visitor's. Their scripts come only from this site, and inline scripts are allowed:
//   Next's own inline payload differs per page, so neither a nonce nor a fixed hash can name it.
// No 'unsafe-eval' outside development (React's dev tools need it). Images come only from this site, data: URLs and
// the hosts that serve the catalog's logos and the codes' barcodes. The browser talks only to this site.

/** Where Cryptorefills serves logos, barcodes and QR codes (lib/cryptorefills/README.md §4; barcodes come from the same CDN, §11). */
export const UPSTREAM_IMAGE_ORIGINS = ['https://cdn.cryptorefills.com', 'https://cryptorefills.s3-eu-west-1.amazonaws.com'] as const;

export interface PagePolicyInput {
  /** A private page's nonce; none for a shared (cached) page. */
  nonce?: string;
  /** Origins images may come from, besides this site and data: URLs. */
  imageOrigins: readonly string[];
  /** `next dev`: allows eval and the hot-reload socket. */
  development: boolean;
  /** Served over https: plain-http subresources are upgraded. */
  secure: boolean;
}

export function pagePolicy({ nonce, imageOrigins, development, secure }: PagePolicyInput): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    [
      'script-src',
      "'self'",
      ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]),
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // React writes style attributes (a brand's colour), and the partner's theme is a <style> in the page.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...new Set(imageOrigins)],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...(development ? ['ws:'] : [])],
    ['manifest-src', "'self'"],
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
    ...(secure ? ([['upgrade-insecure-requests']] as [string][]) : []),
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** A fresh, unguessable nonce (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The origin of an absolute http(s) URL, or undefined for a path or anything else. */
export function originOf(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
