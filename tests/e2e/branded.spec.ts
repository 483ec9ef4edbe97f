// A second storefront runs with a partner's configuration (playwright.config.ts BRANDED_SITE): its name,
// colours, links and default country show, and text stays readable (axe runs on every page, light and dark).
import { BRANDED_SITE } from '../../playwright.config';
import { expect, test } from './fixtures';
import { createOrder, paymentQr, sameOrigin } from './orders-helper';
import { installMockEvmWallet, walletRequests } from './wallet-mocks/evm';

// No region in Accept-Language, no geo header: the visitor lands in the partner's default country.
test.use({ locale: 'en' });

test('the partner’s name, default country, links and no “powered by”', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/ID$/);
  await expect(page).toHaveTitle(/Gift Hub$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Gift Hub' })).toBeVisible();
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'Support' })).toHaveAttribute('href', BRANDED_SITE.SUPPORT_URL);
  await expect(footer.getByRole('link', { name: 'Terms' })).toHaveAttribute('href', BRANDED_SITE.TERMS_URL);
  await expect(footer.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', BRANDED_SITE.PRIVACY_URL);
  await expect(page.getByTestId('powered-by')).toHaveCount(0);
});

test('the partner’s colour fills buttons with readable text, and becomes a darker ink for links', async ({ page }) => {
  await page.goto('/ID');
  const vars = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return ['--color-primary', '--color-primary-fg', '--color-primary-ink'].map((name) => style.getPropertyValue(name).trim());
  });
  expect(vars).toEqual(['255 215 0', '0 0 0', expect.not.stringMatching(/^255 215 0$/)]);
  // The cart badge is filled with the primary colour, its count in black.
  const badge = page.getByRole('link', { name: /^Cart/ }).locator('span');
  await expect(badge).toHaveCSS('background-color', 'rgb(255, 215, 0)');
  await expect(badge).toHaveCSS('color', 'rgb(0, 0, 0)');
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the partner colours stay readable on the dark background', async ({ page }) => {
    await page.goto('/ID/brands');
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(2, 6, 23)');
    await expect(page.getByRole('link', { name: /^Cart/ }).locator('span')).toHaveCSS('background-color', 'rgb(255, 215, 0)');
  });
});

test('icons, manifest, robots and sitemap carry the partner’s name, colour and address', async ({ request }) => {
  const svg = await request.get('/icons/icon.svg');
  expect(svg.headers()['content-type']).toBe('image/svg+xml');
  expect(await svg.text()).toContain('fill="#ffd700"');
  const png = await request.get('/icons/apple-touch-icon.png');
  expect(png.headers()['content-type']).toBe('image/png');
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { name: string; theme_color: string };
  expect(manifest).toMatchObject({ name: 'Gift Hub', theme_color: '#ffd700' });
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: https://gifts.example.com/sitemap.xml');
  expect(await (await request.get('/sitemap.xml')).text()).toContain('<loc>https://gifts.example.com/sitemaps/ID.xml</loc>');
});

test('the support hand-off on an expired order writes to the partner’s address', async ({ page }) => {
  await page.goto('/ID');
  const orderId = await createOrder(page);
  expect((await page.request.post(`/api/sandbox/orders/${orderId}/expire`, { data: {}, headers: sameOrigin() })).ok()).toBe(true);
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId('support-link')).toHaveAttribute(
    'href',
    new RegExp(`^mailto:help@gifts\\.example\\.com\\?subject=.*${orderId}`),
  );
  await expect(page.getByRole('link', { name: 'Help centre' })).toHaveAttribute('href', BRANDED_SITE.SUPPORT_URL);
});

// This storefront runs without SANDBOX_WALLET_PAY, as `npm start` does: a browser's real wallet would send real
// tokens on the real chain to a sandbox address nobody holds, so no wallet is offered on a sandbox order.
test('a sandbox order offers no wallet payment, even with a wallet in the browser', async ({ page }) => {
  await installMockEvmWallet(page);
  await page.goto('/ID');
  const orderId = await createOrder(page, { payment: { coin: 'USDC', network: 'Base' } });
  await page.goto(`/orders/${orderId}`);
  await expect(paymentQr(page)).toBeVisible();
  // The page is live (hydrated, its feed running): a wallet offered would show by now.
  await expect(page.locator('[data-testid="order-live"][data-feed="live"]')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Pay with/ })).toHaveCount(0);
  expect(await walletRequests(page)).toEqual([]);
});
