// The payment screen's wording and legibility per network: a Lightning invoice is called one and gets a QR large
// enough for its length; every amount on the screen is written alike; the network warning looks like one. The QR
// comes drawn by the server; the browser loads a renderer only to draw a new code (a remainder).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createOrder, paymentQr, upstreamOrder } from './orders-helper';

const summaryTotal = (page: Page) => page.getByRole('region', { name: 'Order summary' }).getByText(/^[\d.]+ BTC$/);

test('a Lightning invoice is labelled as one, with a large QR and the amount written as in the summary', async ({ page }) => {
  const orderId = await createOrder(page, { denomination: '50 USD', payment: { coin: 'BTC', network: 'Lightning' } });
  await page.goto(`/orders/${orderId}`);

  // 50.75 USD at the sandbox's 100,000 USD a bitcoin (0.00050750 on the wire), written like every coin amount.
  await expect(summaryTotal(page)).toHaveText('0.0005075 BTC');
  await expect(page.getByTestId('pay-amount')).toHaveText('0.0005075 BTC');
  await expect(page.getByRole('heading', { name: 'Lightning invoice' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deposit address' })).toHaveCount(0);
  await expect(page.getByTestId('pay-address')).toHaveText(/^lnbc/);
  await expect(page.getByRole('button', { name: 'Copy invoice' })).toBeVisible();

  const qr = page.getByRole('img', { name: 'QR code to pay 0.0005075 BTC with the Lightning invoice' });
  expect((await qr.boundingBox())?.width).toBeGreaterThanOrEqual(260);
  // On a phone it still fits the screen's width, whole.
  await page.setViewportSize({ width: 390, height: 844 });
  const box = await qr.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(260);
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
});

test('the network warning is a note with a warning sign and its own colours, not an alert', async ({ page }) => {
  await page.goto(`/orders/${await createOrder(page)}`);
  const note = page.getByRole('note').filter({ hasText: 'Send USDC on Solana only.' });
  await expect(note).toHaveText('Warning: Send USDC on Solana only. Any other coin or network is lost.');
  await expect(note.getByTestId('warning-icon')).toBeVisible();
  const panel = page.getByRole('region', { name: 'Pay', exact: true });
  const background = (element: Element) => getComputedStyle(element).backgroundColor;
  // Its own tint: neither see-through nor the panel's colour.
  const tint = await note.evaluate(background);
  expect(tint).not.toBe('rgba(0, 0, 0, 0)');
  expect(tint).not.toBe(await panel.evaluate(background));
  await expect(page.getByRole('alert').filter({ hasText: 'Send USDC' })).toHaveCount(0);
});

/** Watches the page's script chunks; the QR renderer's (known by a message of its own) can be held back. */
async function watchQrRenderer(page: Page) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const seen = { requested: false };
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('Version value out of range')) {
      seen.requested = true;
      await held;
    }
    await route.fulfill({ response, body });
  });
  return { seen, release };
}

test('the payment QR comes drawn by the server: the page loads no QR renderer and nothing moves', async ({ page }) => {
  const orderId = await createOrder(page);
  const renderer = await watchQrRenderer(page);
  renderer.release();
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { __shifts: number[] }).__shifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`/orders/${orderId}`);
  const qr = paymentQr(page);
  await expect(qr).toBeVisible();
  const served = await qr.boundingBox();
  const drawing = await qr.innerHTML();
  // Hydrated and following the order: React has the code, as the server drew it.
  await expect(page.getByTestId('order-live')).toHaveAttribute('data-feed', 'live');
  await expect.poll(() => qr.evaluate((tile) => Object.keys(tile).some((key) => key.startsWith('__reactFiber')))).toBe(true);
  expect(await qr.innerHTML()).toBe(drawing);
  expect(await qr.boundingBox()).toEqual(served);
  expect(renderer.seen.requested).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)).toEqual([]);
});

test('a remainder after a partial payment is a new code, drawn in the browser', async ({ page, sandbox }) => {
  const orderId = await createOrder(page);
  const renderer = await watchQrRenderer(page);
  renderer.release();
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId('order-live')).toHaveAttribute('data-feed', 'live');
  const qr = paymentQr(page);
  const whole = await qr.locator('svg path').last().getAttribute('d');
  expect(renderer.seen.requested).toBe(false);

  await sandbox.post(`/sandbox/orders/${orderId}/pay`, { amount: '10' });
  await expect(page.getByTestId('due-amount')).toBeVisible();
  await expect(qr).toHaveAccessibleName(/^QR code to pay [\d.]+ USDC/);
  await expect.poll(() => renderer.seen.requested).toBe(true);
  await expect(qr.locator('svg path').last()).not.toHaveAttribute('d', whole ?? '');
  // The new code asks for the remainder, as "Open in wallet" does.
  const due = await page.getByTestId('due-amount').textContent();
  await expect(qr).toHaveAccessibleName(`QR code to pay ${due} to the deposit address`);
});

test("a delivered order's page shows no QR and loads no QR renderer", async ({ page, sandbox }) => {
  const orderId = await createOrder(page);
  await sandbox.post(`/sandbox/orders/${orderId}/pay`);
  await expect.poll(async () => (await upstreamOrder(page.request, sandbox.baseUrl, orderId)).order_state).toBe('Done');
  const renderer = await watchQrRenderer(page);
  renderer.release();
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId('order-live')).toHaveAttribute('data-order-state', 'Done');
  await expect(paymentQr(page)).toHaveCount(0);
  // `goto` waited for the load event, which waits for every script the page came with.
  expect(renderer.seen.requested).toBe(false);
});
