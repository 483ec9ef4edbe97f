import { expect, test } from './fixtures';

test('the coin chosen on the brand page is the one chosen at checkout, by Buy now and by the cart', async ({ page }) => {
  // Four page loads: the brand page and its checkout, twice.
  test.setTimeout(40_000);
  await page.goto('/US/amazon-com?coin=USDT');
  await page.getByRole('radio', { name: /^\$50 / }).check();
  await page.getByRole('link', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/checkout\?item=/);
  await expect(page.getByRole('radio', { name: 'USDT' })).toBeChecked();

  await page.goto('/US/amazon-com?coin=USDT');
  await page.getByRole('radio', { name: /^\$50 / }).check();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await expect(page).toHaveURL(/\/checkout$/);
  await expect(page.getByRole('radio', { name: 'USDT' })).toBeChecked();
});
