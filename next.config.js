// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');
const { addCompileHints } = require('./scripts/compile-hints');

// Messages are precompiled at build time, so browsers get no ICU parser (about 10 KB less on every page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { format: 'json', path: './lib/i18n/messages', locales: 'infer', precompile: true } },
});

// Browser-side protections on every answer: no MIME sniffing, never framed (X-Frame-Options for old browsers,
// frame-ancestors for the rest), a referrer that leaves only the origin on other sites, and no access to device
// features the store never uses. HSTS is ignored by browsers on plain http, so it is safe on localhost too.
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=()',
  },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Hashing every answer's body for an ETag halved the cached catalog pages' throughput (bench/throughput.ts); a CDN
  // makes its own.
  generateEtags: false,
  // Cached pages and catalog reads stay in this process's memory, not in .next/: storefronts started from one build
  // with other settings (a partner's colours, another upstream) must never serve each other's pages, and a restart
  // must not show the last run's. On Vercel the platform's cache is used instead.
  experimental: { isrFlushToDisk: false },
  // The sandbox is a separate process; keep it and its image tooling out of the server bundle.
  serverExternalPackages: ['sharp'],
  images: { unoptimized: true },
  // Chrome compiles the chunks a page loads first while they download, not while the page hydrates.
  compiler: { runAfterProductionCompile: async ({ distDir }) => addCompileHints(distDir) },
  // Every page lives under its language (app/[locale]/…). proxy.ts names the visitor's language, and whether a
  // catalog page must read its query, in request headers (lib/routing/page-route.ts, ROUTE_HEADERS); these
  // rewrites turn them into the path (`/US/steam?coin=USDT` → `/id/US/steam/_query`). After the app's own files
  // and before its dynamic routes, so `/robots.txt` or `/api/…` are never rewritten.
  async rewrites() {
    const locale = { type: 'header', key: 'x-storefront-locale', value: '(?<locale>en|id)' };
    const query = { type: 'header', key: 'x-storefront-query', value: '1' };
    return [
      { source: '/:country([A-Z]{2})', has: [locale, query], destination: '/:locale/:country/_query' },
      { source: '/:country([A-Z]{2})/brands', has: [locale, query], destination: '/:locale/:country/brands/_query' },
      { source: '/:country([A-Z]{2})/:brand', has: [locale, query], destination: '/:locale/:country/:brand/_query' },
      { source: '/:path*', has: [locale], destination: '/:locale/:path*' },
    ];
  },
  // Order pages carry deposit addresses and, for their buyer, codes: never indexed, never leaked in a Referer.
  async headers() {
    const orderHeaders = [
      { key: 'Referrer-Policy', value: 'no-referrer' },
      { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
    ];
    // Later entries win for the same header: the order pages' no-referrer overrides the default policy.
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/orders', headers: orderHeaders },
      { source: '/orders/:path*', headers: orderHeaders },
      { source: '/api/orders/:path*', headers: orderHeaders },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
