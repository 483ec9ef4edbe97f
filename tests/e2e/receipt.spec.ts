import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createCart } from './after-payment-helper';
import { BUYER_EMAIL, createOrder, upstreamOrder } from './orders-helper';

const FRIEND = 'friend@example.com';
const status = (page: Page) => page.getByTestId('order-status');

/** A browser with none of the buyer's cookies: whoever the receipt's link reached. */
async function strangerPage(browser: Browser) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return { context, page: await context.newPage() };
}

test.describe('receipt', () => {
  test("a delivered order's receipt is reached from the order page, shows the order and its codes, and prints alone", async ({
    page,
    sandbox,
  }) => {
    const orderId = await createOrder(page);
    await sandbox.post(`/sandbox/orders/${orderId}/pay`);
    await page.goto(`/orders/${orderId}`);
    await expect(status(page)).toContainText('Delivered');
    const order = await upstreamOrder(page.request, sandbox.baseUrl, orderId);
    const pin = order.deliveries[0]?.deliverable.pin_code ?? 'missing';

    await page.getByRole('link', { name: 'View receipt' }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}/receipt$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Receipt' })).toBeVisible();

    const receipt = page.locator('[data-receipt]');
    await expect(receipt.getByTestId('receipt-order-number')).toHaveText(orderId);
    await expect(receipt.getByText('Date', { exact: true })).toBeVisible();
    await expect(receipt.getByText(/\(UTC\)$/)).toBeVisible();
    await expect(receipt.getByText('USDC', { exact: true })).toBeVisible();
    await expect(receipt.getByText('Solana', { exact: true })).toBeVisible();
    await expect(receipt.getByTestId('receipt-amount')).toHaveText(`${order.coin_amount} USDC`);
    await expect(receipt.getByTestId('receipt-address')).toHaveText(order.wallet_address);
    const items = receipt.getByRole('region', { name: 'Items' });
    await expect(items.getByRole('listitem')).toHaveCount(1);
    await expect(items.getByRole('listitem')).toContainText(
      `Amazon.com · ${order.deliveries[0]?.deliverable.localized_denomination ?? 'missing'}`,
    );
    await expect(items.getByRole('listitem')).toContainText(`For ${BUYER_EMAIL}`);
    await expect(receipt.getByRole('region', { name: 'Codes' }).getByText(pin, { exact: true })).toBeVisible();
    await expect(receipt.getByRole('img', { name: "QR code of this receipt's address" })).toBeVisible();
    await expect(receipt.getByTestId('receipt-url')).toHaveText(new RegExp(`^https?://[^/]+/orders/${orderId}/receipt$`));

    // Print opens the browser's dialog: stubbed here, and counted.
    await page.evaluate(() => {
      const w = window as unknown as { __prints: number; print: () => void };
      w.__prints = 0;
      w.print = () => void (w.__prints += 1);
    });
    await page.getByRole('button', { name: 'Print' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __prints: number }).__prints)).toBe(1);

    // On paper: the receipt alone, black on white.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    expect(await receipt.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor])).toEqual([
      'rgb(0, 0, 0)',
      'rgb(255, 255, 255)',
    ]);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('banner')).toBeVisible();
  });

  test("a stranger with the receipt's link sees the receipt without codes or recipients", async ({ page, sandbox, browser }) => {
    const orderId = await createOrder(page);
    await sandbox.post(`/sandbox/orders/${orderId}/pay`);
    await expect.poll(async () => (await upstreamOrder(page.request, sandbox.baseUrl, orderId)).order_state).toBe('Done');
    const order = await upstreamOrder(page.request, sandbox.baseUrl, orderId);
    const pin = order.deliveries[0]?.deliverable.pin_code;
    if (!pin) throw new Error('the delivered order has no code');

    const stranger = await strangerPage(browser);
    const response = await stranger.page.goto(`/orders/${orderId}/receipt`);
    // Private like the order page: never stored, and its scripts carry the request's nonce.
    expect(response?.headers()['cache-control']).toContain('no-store');
    expect(response?.headers()['content-security-policy']).toMatch(/'nonce-[^']+'/);
    const receipt = stranger.page.locator('[data-receipt]');
    await expect(receipt.getByTestId('receipt-address')).toHaveText(order.wallet_address);
    await expect(stranger.page.getByText(pin)).toHaveCount(0);
    await expect(stranger.page.getByText(BUYER_EMAIL)).toHaveCount(0);
    await expect(stranger.page.getByRole('region', { name: 'Codes' })).toHaveCount(0);
    expect(await stranger.page.content()).not.toContain(pin);
    await expect(receipt.getByText(/Recipients and codes are shown only in the browser that placed the order/)).toBeVisible();
    await stranger.context.close();
  });

  test('an order not delivered yet has no receipt: no link, and its address says so with a way back', async ({ page }) => {
    const orderId = await createOrder(page);
    await page.goto(`/orders/${orderId}`);
    await expect(status(page)).toContainText('Waiting for your payment');
    await expect(page.getByRole('link', { name: 'View receipt' })).toHaveCount(0);

    const response = await page.goto(`/orders/${orderId}/receipt`);
    expect(response?.headers()['cache-control']).toContain('no-store');
    await expect(page.getByRole('heading', { level: 1, name: 'The receipt is not available yet' })).toBeVisible();
    await expect(page.getByTestId('receipt-address')).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the order' }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));
    await expect(status(page)).toContainText('Waiting for your payment');
  });

  test("a cart sent to two addresses says where each line's codes were e-mailed", async ({ page, sandbox }) => {
    const orderId = await createCart(page, [
      { brand: 'Amazon.com', recipient: BUYER_EMAIL },
      { brand: 'Walmart', recipient: FRIEND },
    ]);
    await sandbox.post(`/sandbox/orders/${orderId}/pay`);
    await page.goto(`/orders/${orderId}`);
    await expect(status(page)).toContainText('Delivered');
    const codes = page.getByRole('region', { name: 'Your codes' });
    await expect(codes.getByText("We also e-mailed each card's codes to its own recipient, as shown below.")).toBeVisible();
    await expect(codes.getByText(`We also e-mailed them to ${BUYER_EMAIL}.`)).toHaveCount(0);
    const deliveries = codes.getByTestId('delivery');
    await expect(deliveries.filter({ hasText: 'Amazon.com' }).getByText(`E-mailed to ${BUYER_EMAIL}.`)).toBeVisible();
    await expect(deliveries.filter({ hasText: 'Walmart' }).getByText(`E-mailed to ${FRIEND}.`)).toBeVisible();
  });
});
