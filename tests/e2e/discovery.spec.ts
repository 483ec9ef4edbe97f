import { expect, test } from './fixtures';

test('a brand path close to one brand goes to that brand’s page', async ({ page }) => {
  await page.goto('/US/amazon');
  await expect(page).toHaveURL(/\/US\/amazon-com$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Amazon.com' })).toBeVisible();
});

test('a brand path with a typo goes to the brand it nearly names', async ({ page }) => {
  await page.goto('/US/walmrt');
  await expect(page).toHaveURL(/\/US\/walmart$/);
});

test('every 404 names the site and offers a search and the country picker', async ({ page }) => {
  for (const path of ['/ZZ', '/US/no-such-brand-at-all', '/US/steam/extra/path']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page).toHaveTitle('Page not found · Cryptorefills Storefront');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Choose your country' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search brands' })).toBeVisible();
  }
  await page.getByRole('searchbox', { name: 'Search brands' }).fill('steam');
  await page.getByRole('searchbox', { name: 'Search brands' }).press('Enter');
  await expect(page).toHaveURL(/\/US\/brands\?q=steam/);
  await expect(page.getByRole('link', { name: /Steam/ }).first()).toBeVisible();
});

test('the country home shows the Popular row once', async ({ page }) => {
  await page.goto('/US');
  await expect(page.getByRole('heading', { level: 2, name: 'Popular' })).toHaveCount(1);
});

test('an invalid order id is not echoed in the page title', async ({ page }) => {
  const response = await page.goto('/orders/xyz');
  expect(response?.status()).toBe(404);
  await expect(page).not.toHaveTitle(/XYZ/i);
});

test('a brand path close to several brands is a 404 that lists them', async ({ page }) => {
  const response = await page.goto('/US/mobile');
  expect(response?.status()).toBe(404);
  const close = page.getByRole('navigation', { name: 'Did you mean' });
  await expect(close.getByRole('link', { name: 'T-Mobile' })).toBeVisible();
  await close.getByRole('link', { name: 'Boost Mobile' }).click();
  await expect(page).toHaveURL(/\/US\/boost-mobile$/);
});
