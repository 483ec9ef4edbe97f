// Generators of hostile requests for tests/e2e/robustness.spec.ts: every route of the README's "Pages and
// routes" table, with its dynamic segments, query and body replaced by broken percent-encodings, bad UTF-8,
// control characters, very long values, random methods and random bodies. Everything is already
// percent-encoded, so the URL reaches the server byte for byte. URLs stay under Node's 16 KB header limit
// (beyond it Node itself answers 431, before the app).
import fc from 'fast-check';

const ORDER_ID = '1b2c3d4e-0000-4000-8000-00000000a001';

/** The README's routes; `{x}` is a dynamic segment filled by `SEGMENTS[x]`. */
export const ROUTES = [
  '/',
  '/countries',
  '/{cc}',
  '/{cc}/brands',
  '/{cc}/{slug}',
  '/checkout',
  '/api/price',
  '/api/checkout/validate',
  '/api/orders',
  '/orders/{id}',
  '/orders',
  '/api/orders/{id}',
  '/api/orders/{id}/subscribe',
  '/api/orders/{id}/unlock',
  '/api/sandbox/orders/{id}/{action}',
  '/api/catalog/{cc}/brands',
  '/api/health',
  '/api/locale',
  '/api/catalog/revalidate',
  '/api/solana-rpc',
  '/sitemap.xml',
  '/sitemaps/{sitemap}',
  '/robots.txt',
  '/opengraph-image',
  '/{cc}/opengraph-image',
  '/{cc}/{slug}/opengraph-image',
  '/manifest.webmanifest',
  '/icons/{icon}',
  '/api/{slug}',
] as const;

const VALID: Record<string, string[]> = {
  cc: ['US', 'ID', 'us', 'XX', 'USA'],
  slug: ['steam', 'amazon-com', 'no-such-brand', 'Steam'],
  id: [ORDER_ID, 'not-an-order', ORDER_ID.toUpperCase()],
  action: ['pay', 'pay-partial', 'expire', 'fail', 'explode'],
  sitemap: ['countries.xml', 'US.xml', 'XX.xml', 'nope'],
  icon: ['icon.svg', 'icon-192.png', 'apple-touch-icon.png', 'other.png'],
};

/** Percent-encodings that do not decode as UTF-8, and encoded control characters. */
const BROKEN = ['%zz', '%', '%E6%97', '%ff%fe', '%C0%AF', '%ED%A0%80', '%F4%90%80%80', '%80', '%E6%97%A5%'];
const CONTROLS = ['%00', '%0A', '%0D', '%1B', '%7F', '%09'];

const encoded = (text: string) => encodeURIComponent(text);
const brokenPiece = fc.constantFrom(...BROKEN, ...CONTROLS);
const text = fc.string({ unit: 'binary', maxLength: 40 });

/** One value for a dynamic segment (or a query value): valid, odd, broken or very long. */
function segment(valid: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...valid) },
    { weight: 3, arbitrary: fc.tuple(text, brokenPiece, text).map(([a, bad, b]) => `${encoded(a)}${bad}${encoded(b)}`) },
    { weight: 2, arbitrary: text.map(encoded) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 2500 }).map((n) => 'a'.repeat(n)) },
  );
}

const query = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('country', 'brand', 'value', 'coin', 'lang', 'next', 'q', 'kind', 'category', 'item', 'from'),
        text.map(encoded),
      ),
      fc.oneof(segment(['US', 'steam', '10', 'USDC', 'id', '/ID', '/%E6%97%A5', '//evil.example', 'gift_card']), fc.constant('')),
    ),
    { maxLength: 3 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

const METHODS = ['GET', 'GET', 'HEAD', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'PURGE', 'TRACE'] as const;
const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'x/y; q="',
];

const body = fc.oneof(
  fc.json().map((json) => Buffer.from(json)),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(Buffer.from('{"email":"a@b.co","items":[],"coin":"USDC","network":"Solana","attemptId":"x"}')),
  fc.integer({ min: 60_000, max: 100_000 }).map((n) => Buffer.alloc(n, 0x20)),
);

export interface FuzzRequest {
  method: string;
  url: string;
  contentType?: string;
  body?: Buffer;
}

/** Requests for one route of the table. */
export function requestsFor(route: string): fc.Arbitrary<FuzzRequest> {
  const names = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const segments = fc.tuple(...names.map((name) => segment(VALID[name] ?? [])));
  const extra = fc.option(
    fc.tuple(brokenPiece, text).map(([bad, t]) => `/${encoded(t)}${bad}`),
    { freq: 4 },
  );
  return fc
    .record({
      values: segments,
      extra,
      query,
      method: fc.constantFrom(...METHODS),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      body: fc.option(body, { freq: 3 }),
    })
    .map(({ values, extra, query, method, contentType, body }) => {
      let i = 0;
      // Never an empty segment: "//x" would read as a host, not a path.
      const path = `${route.replace(/\{\w+\}/g, () => values[i++] || '-')}${extra ?? ''}`.replace(/^\/\//, '/');
      const withBody = method !== 'GET' && method !== 'HEAD' && body !== null;
      return { method, url: `${path}${query}`, ...(withBody ? { contentType, body } : {}) };
    });
}
