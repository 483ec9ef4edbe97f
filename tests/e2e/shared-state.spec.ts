// Two storefronts from the same build, one sandbox and one real Redis (tests/support/cluster.ts): the shared state
// of lib/store/ makes them act as one. The same attempt sent to both makes one order; unlock guesses spread over
// both are limited as on one; Redis stopped mid-test turns order creation into 503 STORE_UNAVAILABLE, which the
// page explains, and Redis started again is used again without a restart.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { checkoutBody } from './orders-helper';
import messages from '../../lib/i18n/messages/en.json';
import { startCluster, type Cluster } from '../support/cluster';

const ORDER_URL = /\/orders\/[0-9a-f-]{36}$/;
const unique = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}@example.com`;

test.describe.configure({ mode: 'serial' });

let cluster: Cluster;
let a: string;
let b: string;

test.beforeAll(async () => {
  // Two `next start` processes and the sandbox: about ten seconds on an idle machine.
  test.setTimeout(120_000);
  cluster = await startCluster({
    instances: [{}, {}],
    // A call waits for a reconnect up to this long: more than the client's longest back-off (2 s).
    env: { REDIS_TIMEOUT_MS: '3000', ORDER_RATE_LIMIT: '100000', VALIDATE_RATE_LIMIT: '100000', SANDBOX_TRANSITION_MS: '20' },
  });
  [a, b] = cluster.storefronts.map((storefront) => storefront.url) as [string, string];
});
test.afterAll(async () => {
  await cluster?.stop();
});

const origin = (url: string) => ({ Origin: url });

/** A session (one cookie for 127.0.0.1, so both storefronts get it) and a validated checkout for `email`. */
async function checkout(api: APIRequestContext, email: string) {
  expect((await api.get(`${a}/checkout`)).ok()).toBe(true);
  const body = checkoutBody({ email, brand: 'Target' });
  const validation = await api.post(`${a}/api/checkout/validate`, { data: body, headers: origin(a) });
  expect(validation.ok(), await validation.text()).toBe(true);
  const { coinAmount } = (await validation.json()) as { coinAmount: string };
  return { ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: coinAmount };
}

/** Places an order on storefront A in `api`'s session; its id. */
async function placeOrder(api: APIRequestContext, email: string): Promise<string> {
  const created = await api.post(`${a}/api/orders`, { data: await checkout(api, email), headers: origin(a) });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { orderId: string }).orderId;
}

async function upstreamOrders(api: APIRequestContext, email: string): Promise<number> {
  const orders = (await (await api.get(`${cluster.sandboxUrl}/sandbox/orders`)).json()) as { user?: { email?: string } }[];
  return orders.filter((order) => order.user?.email === email).length;
}

test('the same attempt sent to both storefronts at once makes one upstream order, named by both answers', async ({ playwright }) => {
  const api = await playwright.request.newContext();
  const email = unique('twice');
  const attempt = await checkout(api, email);
  // The upstream answers slowly, so the two requests are in flight together.
  await api.post(`${cluster.sandboxUrl}/sandbox/faults`, { data: { latencyMs: 400, paths: ['/v5/orders'] } });
  try {
    const answers = await Promise.all([a, b].map((url) => api.post(`${url}/api/orders`, { data: attempt, headers: origin(url) })));
    expect(answers.map((answer) => answer.status())).toEqual([201, 201]);
    const ids = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { orderId: string }).orderId));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).toBe(ids[0]);
    expect(await upstreamOrders(api, email)).toBe(1);
  } finally {
    await api.delete(`${cluster.sandboxUrl}/sandbox/faults`);
    await api.dispose();
  }
});

test('unlock guesses spread over both storefronts are limited as on one', async ({ playwright }) => {
  const buyer = await playwright.request.newContext();
  const guesser = await playwright.request.newContext();
  try {
    const orderId = await placeOrder(buyer, unique('unlock'));
    // Another browser: its own session, five wrong e-mails allowed per order in 15 minutes, wherever they land.
    expect((await guesser.get(`${b}/orders`)).ok()).toBe(true);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const url = i % 2 ? b : a;
      const guess = await guesser.post(`${url}/api/orders/${orderId}/unlock`, {
        data: { email: `guess-${i}@example.com` },
        headers: origin(url),
      });
      statuses.push(guess.status());
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429]);
  } finally {
    await Promise.all([buyer.dispose(), guesser.dispose()]);
  }
});

/** The checkout of one Target gift card on storefront A, with its total shown. */
async function readyToPlace(page: Page, email: string) {
  await page.goto(`${a}/US/target`);
  await page.getByRole('radio').first().check();
  await page.getByRole('link', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/checkout\?item=/);
  await page.getByLabel('Your e-mail').fill(email);
  await expect(page.getByTestId('order-total')).toHaveText(/USDC$/);
}

test('Redis stopped: creating answers 503 STORE_UNAVAILABLE and the page says so; pages and tracking work; Redis back: orders again', async ({
  page,
  playwright,
}) => {
  // Three page loads, and calls that each wait up to REDIS_TIMEOUT_MS while Redis is down.
  test.setTimeout(60_000);
  const api = await playwright.request.newContext();
  try {
    const orderId = await placeOrder(api, unique('tracked'));
    const email = unique('down');
    await readyToPlace(page, email);

    await cluster.redis.stop();
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByText(messages.checkout.placeErrors.STORE_UNAVAILABLE)).toBeVisible();
    const refused = await api.post(`${b}/api/orders`, {
      data: { ...checkoutBody({ email, brand: 'Target' }), attemptId: crypto.randomUUID(), expectedCoinAmount: '1' },
      headers: origin(b),
    });
    expect(refused.status()).toBe(503);
    expect(refused.headers()['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('STORE_UNAVAILABLE');
    expect(await upstreamOrders(api, email)).toBe(0);
    // Catalog pages and order tracking never need Redis.
    for (const url of [a, b]) {
      expect((await api.get(`${url}/US/target`)).status()).toBe(200);
      expect((await api.get(`${url}/api/orders/${orderId}`)).status()).toBe(200);
    }

    await cluster.redis.start();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page).toHaveURL(ORDER_URL);
    expect(await upstreamOrders(api, email)).toBe(1);
  } finally {
    await cluster.redis.start();
    await api.dispose();
  }
});
