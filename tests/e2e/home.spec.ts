import { expect, test } from './fixtures';

test('the home page lists the default country’s brands and the payment methods from the sandbox', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /United States/ })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Sandbox mode');

  const brands = page.getByRole('region', { name: /Brands in United States/ });
  await expect(brands.getByRole('heading', { name: 'Amazon.com', exact: true })).toBeVisible();
  expect(await brands.getByRole('listitem').count()).toBeGreaterThanOrEqual(40);

  const payWith = page.getByRole('region', { name: 'Pay with' });
  const usdc = payWith.getByRole('list', { name: 'USDC' });
  await expect(usdc.getByText('Solana', { exact: true })).toBeVisible();
  await expect(usdc.getByText('Base', { exact: true })).toBeVisible();
  await expect(payWith.getByRole('list', { name: 'USDT' }).getByText('Tron', { exact: true })).toBeVisible();
});

test('logos come from the sandbox at a fixed size, with no layout shift', async ({ page }) => {
  await page.goto('/');
  const logo = page.getByRole('region', { name: /Brands in/ }).locator('img').first();
  await expect(logo).toHaveAttribute('src', /\/logos_v2\/[a-z0-9-]+_300x190\.webp$/);
  await expect(logo).toHaveAttribute('width', '300');
  await expect(logo).toHaveAttribute('height', '190');
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(300);
});

test('every visitor gets a signed, httpOnly, SameSite=Lax session cookie', async ({ page, context }) => {
  await page.goto('/');
  const cookie = (await context.cookies()).find((c) => c.name === 'sf_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(cookie?.value.split('.')).toHaveLength(3);
});

test('an unknown page gets a proper 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the health check reports that the sandbox answers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', upstream: { kind: 'sandbox', reachable: true } });
});
