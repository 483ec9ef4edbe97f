// State-changing routes take same-origin JSON only, and an order needs the session a visit started.
import { expect, test, type SandboxControl } from './fixtures';
import { checkoutBody, sameOrigin } from './orders-helper';

const unique = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}@example.com`;

async function ordersFor(sandbox: SandboxControl, email: string): Promise<number> {
  const orders = (await sandbox.get('/sandbox/orders')) as { user?: { email?: string } }[];
  return orders.filter((order) => order.user?.email === email).length;
}

test('a cross-site POST (foreign Origin, text/plain) is refused with 403 and creates no order', async ({ page, sandbox }) => {
  await page.goto('/checkout');
  const body = checkoutBody({ email: unique('cross-site') });
  const validation = await page.request.post('/api/checkout/validate', { data: body, headers: sameOrigin() });
  const { coinAmount } = (await validation.json()) as { coinAmount: string };
  const attempt = JSON.stringify({ ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: coinAmount });

  // The page's own cookies go along, as a browser's would with a top-level form POST.
  for (const headers of <Record<string, string>[]>[
    { Origin: 'https://evil.example', 'Content-Type': 'text/plain' },
    { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
    { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'text/plain' },
  ]) {
    const response = await page.request.post('/api/orders', { data: attempt, headers });
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('CROSS_SITE_REQUEST');
  }
  const notJson = await page.request.post('/api/orders', { data: attempt, headers: { ...sameOrigin(), 'Content-Type': 'text/plain' } });
  expect(notJson.status()).toBe(415);
  expect(await ordersFor(sandbox, body.email)).toBe(0);
});

test('twenty cookie-less repeats of one attempt create no order', async ({ playwright, sandbox, baseURL }) => {
  // A fresh client that never visited a page: no session cookie, and none is started by a POST.
  const client = await playwright.request.newContext({ baseURL });
  try {
    const body = checkoutBody({ email: unique('cookieless') });
    const validation = await client.post('/api/checkout/validate', { data: body, headers: sameOrigin() });
    const { coinAmount } = (await validation.json()) as { coinAmount: string };
    const attempt = { ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: coinAmount };
    for (let i = 0; i < 20; i++) {
      const response = await client.post('/api/orders', { data: attempt, headers: sameOrigin() });
      expect(response.status()).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('SESSION_REQUIRED');
    }
    expect((await client.storageState()).cookies.map((cookie) => cookie.name)).not.toContain('sf_session');
    expect(await ordersFor(sandbox, body.email)).toBe(0);
  } finally {
    await client.dispose();
  }
});
