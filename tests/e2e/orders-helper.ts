// Creates orders for the order-page tests through the storefront's own API (no checkout UI needed). The
// requests share the page's cookies, so the order lands in that browser's session.
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export const BUYER_EMAIL = 'buyer@example.com';

export interface OrderOptions {
  email?: string;
  /** A US gift card with a fixed "25 USD" product: Amazon.com hands out a PIN, Walmart a claim link. */
  brand?: string;
  /** Another of the brand's fixed amounts ("50 USD"). */
  denomination?: string;
  /** Another coin and network than USDC on Solana (BTC on Lightning…). */
  payment?: { coin: string; network: string };
  /** The buyer's name, which some coins and networks need (USDT on Tron). */
  fullName?: string;
}

export function checkoutBody({ email = BUYER_EMAIL, brand = 'Amazon.com', denomination = '25 USD', payment, fullName }: OrderOptions = {}) {
  return {
    email,
    ...(fullName ? { fullName } : {}),
    newsletter: false,
    coin: payment?.coin ?? 'USDC',
    network: payment?.network ?? 'Solana',
    items: [{ country: 'US', brand, denomination, deliveryType: 'by_email', recipient: email }],
  };
}

/** The headers of a same-origin fetch: state-changing routes refuse other origins (lib/api/same-origin.ts). */
export function sameOrigin(): Record<string, string> {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error('the project has no baseURL');
  return { Origin: new URL(baseURL).origin };
}

/** Places an order in this page's session and returns its id. */
export async function createOrder(page: Page, options: OrderOptions = {}): Promise<string> {
  const body = checkoutBody(options);
  // A session starts when the checkout page loads, as on a visit; the create POST must bring it.
  expect((await page.request.get('/checkout')).ok()).toBe(true);
  const validation = await page.request.post('/api/checkout/validate', { data: body, headers: sameOrigin() });
  expect(validation.ok(), `validate answered ${validation.status()}`).toBe(true);
  const { coinAmount, valid } = (await validation.json()) as { coinAmount?: string; valid: boolean };
  expect(valid).toBe(true);
  const created = await page.request.post('/api/orders', {
    data: { ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: coinAmount },
    headers: sameOrigin(),
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { orderId: string }).orderId;
}

/** The order as the upstream (sandbox) holds it, codes included. */
export async function upstreamOrder(request: APIRequestContext, sandboxUrl: string, orderId: string) {
  const res = await request.get(`${sandboxUrl}/v5/orders/${orderId}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as {
    order_state: string;
    coin_amount: string;
    wallet_address: string;
    deliveries: { deliverable: Record<string, string | undefined> }[];
  };
}

/** Records every `data-order-state` the live part of the page takes, from now on. */
export async function recordStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const target = document.querySelector('[data-testid="order-live"]');
    const states: string[] = [target?.getAttribute('data-order-state') ?? ''];
    (window as unknown as { __states: string[] }).__states = states;
    // Several changes between two callbacks: each record's old value is the value before the next one.
    new MutationObserver((records) => {
      const values = [...records.slice(1).map((record) => record.oldValue ?? ''), target?.getAttribute('data-order-state') ?? ''];
      for (const state of values) if (states[states.length - 1] !== state) states.push(state);
    }).observe(target ?? document.body, { attributes: true, attributeFilter: ['data-order-state'], attributeOldValue: true });
  });
  return () => page.evaluate(() => (window as unknown as { __states: string[] }).__states);
}

/** The progress list of an order on the happy path, in the order its steps happen. */
export const HAPPY_PATH_STEPS = [
  /Order placed/,
  /Waiting for payment/,
  /Payment seen/,
  /Payment confirmed/,
  /Preparing delivery/,
  /Delivered/,
];

/** The payment screen's QR. */
export const paymentQr = (page: Page): Locator => page.getByRole('img', { name: /^QR code to pay / });

/** Places an order, opens its payment screen (QR shown) and returns it with the upstream's copy. */
export async function openPaymentScreen(page: Page, sandboxUrl: string, options: OrderOptions) {
  const orderId = await createOrder(page, options);
  const order = await upstreamOrder(page.request, sandboxUrl, orderId);
  await page.goto(`/orders/${orderId}`);
  await expect(paymentQr(page)).toBeVisible();
  return { orderId, order };
}
