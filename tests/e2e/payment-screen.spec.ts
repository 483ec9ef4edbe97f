// The payment screen's wording and legibility per network: a Lightning invoice is called one and gets a QR large
// enough for its length; every amount on the screen is written alike; the network warning looks like one.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createOrder } from './orders-helper';

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
