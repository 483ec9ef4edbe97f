// English and Indonesian: the switch is remembered, the text and the amounts follow the language.
import { expect, test } from './fixtures';

test('switching to Indonesian translates the page and its amounts, and the choice is remembered', async ({ page }) => {
  // Four page loads (a brand page, the switch, the country home, the switch back) and a price.
  test.setTimeout(40_000);
  await page.goto('/US/airbnb');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Bahasa Indonesia' }).click();

  await expect(page).toHaveURL(/\/US\/airbnb$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByText('Kartu ini hanya dapat ditukarkan di Amerika Serikat.')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Pilih nominal untuk melihat harga.');
  await page.getByRole('radio', { name: /^\$100 101,50 USDC/ }).check();
  // Indonesian writes a decimal comma.
  await expect(page.getByRole('status')).toHaveText('Anda membayar 101,50 USDC');

  await page.goto('/US');
  await expect(page.getByRole('link', { name: 'Pesanan saya' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Bahasa Indonesia' })).toHaveAttribute('aria-current', 'true');
  await page.getByRole('contentinfo').getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'My orders' })).toBeVisible();
});

test('the switch comes back to a page that sends no Referer of its own (your orders)', async ({ page }) => {
  await page.goto('/orders');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Bahasa Indonesia' }).click();
  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
});

test.describe('a browser that asks for Indonesian', () => {
  test.use({ locale: 'id-ID' });

  test('gets Indonesian without choosing, and the checkout speaks it too', async ({ page }) => {
    await page.goto('/US');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Amerika Serikat');
    await page.goto('/checkout');
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });
});

test('the language route refuses what it cannot do with a 400', async ({ request }) => {
  const bad = await request.get('/api/locale?lang=xx&next=/US', { maxRedirects: 0 });
  expect(bad.status()).toBe(400);
  const offSite = await request.get('/api/locale?lang=id&next=//evil.example', { maxRedirects: 0 });
  expect(offSite.status()).toBe(400);
});
