// On a phone's screen (the `mobile` project: 390×844, touch): what the buyer needs stays in reach without
// scrolling: the chosen amount, its price and "Buy now" on the brand page; the amount, the QR and the time left on
// the payment screen.
import { expect, test } from './fixtures';
import { ORDER_URL, total } from './checkout-helper';
import { createOrder } from './orders-helper';

test('the purchase journey keeps the choice, the price and Buy now, then the amount, QR and countdown in view', async ({ page }) => {
  // Three page loads: the brand page, the checkout and the order.
  await page.goto('/US/amazon-com');
  const bar = page.getByRole('region', { name: 'Your choice' });
  await expect(bar).toBeInViewport({ ratio: 1 });
  await expect(bar).toContainText('Nothing chosen yet');

  await page.getByRole('radio', { name: /^\$50 / }).check();
  await expect(bar).toContainText('$50');
  await expect(bar).toContainText('50.75 USDC');
  const buy = bar.getByRole('link', { name: 'Buy now' });
  await expect(buy).toBeInViewport({ ratio: 1 });
  await expect(bar.getByRole('button', { name: 'Add to cart' })).toBeInViewport({ ratio: 1 });
  // The bar holds the page's only Buy now and Add to cart: no twin for a screen reader to stumble on.
  await expect(page.getByRole('link', { name: 'Buy now' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Add to cart' })).toHaveCount(1);
  // Scrolled to the end, the page's last line is above the bar, not under it.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const end = await page.getByRole('contentinfo').boundingBox();
  const barBox = await bar.boundingBox();
  expect(end && barBox && end.y + end.height).toBeLessThanOrEqual(barBox?.y ?? 0);
  await expect(buy).toBeInViewport({ ratio: 1 });
  await buy.tap();

  await expect(page).toHaveURL(/\/checkout\?item=/);
  await page.getByLabel('Your e-mail').fill('buyer@example.com');
  await expect(total(page)).toHaveText(/USDC$/);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(ORDER_URL);

  await expect(page.getByTestId('pay-amount')).toHaveText('50.75 USDC');
  await expect(page.getByTestId('pay-amount')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('img', { name: /^QR code to pay 50.75 USDC/ })).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('countdown')).toBeInViewport({ ratio: 1 });
});

test('a Lightning invoice, the longest thing to pay to, still shows its amount, whole QR and countdown above the fold', async ({
  page,
}) => {
  // The sandbox banner is on this storefront too, so this is the tightest payment screen a phone gets.
  const orderId = await createOrder(page, { denomination: '50 USD', payment: { coin: 'BTC', network: 'Lightning' } });
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId('pay-amount')).toHaveText('0.0005075 BTC');
  await expect(page.getByTestId('pay-amount')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('img', { name: /^QR code to pay 0.0005075 BTC with the Lightning invoice/ })).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('countdown')).toBeInViewport({ ratio: 1 });
});
