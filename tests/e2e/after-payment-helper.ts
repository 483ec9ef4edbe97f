// Orders for the after-payment tests (receipt, refund address, where the codes were e-mailed): a cart of several
// lines through the storefront's API, an order placed at the sandbox itself with a refund address (checkout does
// not send one yet), and the buyer proving the order's e-mail as on another device.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { BUYER_EMAIL, sameOrigin } from './orders-helper';

export interface CartLine {
  brand: string;
  recipient: string;
}

/** Places a cart of 25 USD US gift cards in this page's session and returns the order id. */
export async function createCart(page: Page, lines: CartLine[], email = BUYER_EMAIL): Promise<string> {
  const body = {
    email,
    newsletter: false,
    coin: 'USDC',
    network: 'Solana',
    items: lines.map(({ brand, recipient }) => ({ country: 'US', brand, denomination: '25 USD', deliveryType: 'by_email', recipient })),
  };
  expect((await page.request.get('/checkout')).ok()).toBe(true);
  const validation = await page.request.post('/api/checkout/validate', { data: body, headers: sameOrigin() });
  expect(validation.ok(), `validate answered ${validation.status()}`).toBe(true);
  const { coinAmount } = (await validation.json()) as { coinAmount?: string };
  const created = await page.request.post('/api/orders', {
    data: { ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: coinAmount },
    headers: sameOrigin(),
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { orderId: string }).orderId;
}

/** An order placed at the sandbox directly, with the refund address the upstream accepts at creation. */
export async function sandboxOrderWithRefund(request: APIRequestContext, sandboxUrl: string, refundAddress: string): Promise<string> {
  const res = await request.post(`${sandboxUrl}/v5/orders`, {
    data: {
      user: { email: BUYER_EMAIL },
      payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'Solana' },
      deliveries: [{ beneficiary_account: BUYER_EMAIL, brand_name: 'Amazon.com', country_code: 'US', denomination: '25 USD' }],
      refund_wallet_address: refundAddress,
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { order_id: string }).order_id;
}

/** Proves the order's e-mail from this page's session, as the order page's unlock form does. */
export async function proveEmail(page: Page, orderId: string, email = BUYER_EMAIL): Promise<void> {
  expect((await page.request.get('/checkout')).ok()).toBe(true);
  const res = await page.request.post(`/api/orders/${orderId}/unlock`, { data: { email }, headers: sameOrigin() });
  expect(res.status(), await res.text()).toBe(200);
}
