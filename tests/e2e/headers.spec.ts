// Every answer carries the browser-side protections: no MIME sniffing, no framing, a referrer policy, and no
// access to features the store never uses. Order pages keep sending no referrer at all.
import { expect, test } from './fixtures';

const EVERYWHERE = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

test('pages and API answers send the security headers', async ({ request }) => {
  for (const path of ['/US', '/US/brands', '/checkout', '/api/health', '/robots.txt']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(EVERYWHERE)) expect(headers[name], `${name} on ${path}`).toBe(value);
    // Pages send the full page policy (tests/e2e/csp.spec.ts); every answer at least forbids framing.
    expect(headers['content-security-policy'], path).toMatch(/(^|; )frame-ancestors 'none'($|;)/);
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['strict-transport-security'], path).toMatch(/^max-age=\d{7,}/);
  }
  const order = (await request.get('/orders')).headers();
  expect(order['referrer-policy']).toBe('no-referrer');
  expect(order['x-frame-options']).toBe('DENY');
});
