import { expect, test } from './fixtures';

test.describe('finding the visitor’s country', () => {
  test('/ sends a visitor with no other signal to the configured default country', async ({ browser, csp }) => {
    const context = csp.watch(await browser.newContext({ locale: 'en' }));
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/US$/);
    await context.close();
  });

  test('/ follows the geo header, then Accept-Language', async ({ browser, csp }) => {
    const geo = csp.watch(await browser.newContext({ extraHTTPHeaders: { 'x-vercel-ip-country': 'DE' }, locale: 'pt-BR' }));
    const geoPage = await geo.newPage();
    await geoPage.goto('/');
    await expect(geoPage).toHaveURL(/\/DE$/);
    await geo.close();

    const language = csp.watch(await browser.newContext({ locale: 'pt-BR' }));
    const languagePage = await language.newPage();
    await languagePage.goto('/');
    await expect(languagePage).toHaveURL(/\/BR$/);
    await language.close();
  });

  test('a lowercase country path is made uppercase, an unknown one is a 404', async ({ page }) => {
    await page.goto('/gb');
    await expect(page).toHaveURL(/\/GB$/);
    const response = await page.goto('/ZZ');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

test('switching country with the searchable picker, and the choice is remembered', async ({ page }) => {
  // Four page loads: the country home, the picker (the longest page to scan), Germany's home, and / again.
  test.setTimeout(40_000);
  await page.goto('/US');
  await page.getByRole('link', { name: 'Change country' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your country' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Zambia/ })).toBeVisible();
  await page.getByLabel('Search countries').fill('germ');
  await expect(page.getByText('1 country')).toBeVisible();
  await page.getByRole('link', { name: /Germany/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gift cards, top-ups and eSIMs in Germany' })).toBeVisible();

  await page.goto('/');
  await expect(page).toHaveURL(/\/DE$/);
});

test('the country home has popular brands, the feed, categories and the three ways in', async ({ page }) => {
  await page.goto('/US');
  await expect(page.getByRole('region', { name: 'Popular' }).getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Categories' }).getByRole('link', { name: /Games/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pay with' }).getByRole('list', { name: 'USDC' })).toContainText('Solana');
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: /^Mobile top-ups \d+ brands$/ })).toBeVisible();
  await main.getByRole('link', { name: /^eSIMs \d+ brands?$/ }).click();
  await expect(page).toHaveURL(/\/US\/brands\?kind=esim$/);
  await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('esim');
});

test('type-ahead search and filters over the brand directory, then opening a brand', async ({ page }) => {
  await page.goto('/US/brands');
  const list = page.getByRole('list', { name: 'Brands' });
  await expect(list.getByRole('listitem')).toHaveCount(48);
  await expect(page.getByText(/^Showing 1–48 of \d+ brands$/)).toBeVisible();
  await page.getByLabel('Search brands').fill('gamestop');
  await expect(list.getByRole('link', { name: /GameStop.*Out of stock/ })).toBeVisible();

  await page.getByLabel('Search brands').fill('');
  await page.getByLabel('Search brands').pressSequentially('stea');
  await expect(list.getByRole('link', { name: /^Steam/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /^Amazon\.com/ })).toBeHidden();
  await expect(page).toHaveURL(/q=stea/);

  await page.getByLabel('Search brands').fill('');
  await page.getByLabel('Category').selectOption({ label: 'Games' });
  await expect(list.getByRole('link', { name: /^Roblox/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /^Walmart/ })).toBeHidden();

  await page.getByLabel('Search brands').fill('no such brand at all');
  await expect(page.getByText('No brand matches')).toBeVisible();

  await page.getByLabel('Search brands').fill('steam');
  await list.getByRole('link', { name: /^Steam/ }).click();
  await expect(page).toHaveURL(/\/US\/steam/);
  await expect(page.getByRole('heading', { level: 1, name: 'Steam' })).toBeVisible();
});

test('the brand directory works before JavaScript loads', async ({ browser, csp }) => {
  const context = csp.watch(await browser.newContext({ javaScriptEnabled: false }));
  const page = await context.newPage();
  await page.goto('/US/brands?q=netflix');
  const list = page.getByRole('list', { name: 'Brands' });
  await expect(list.getByRole('link', { name: /^Netflix/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /^Amazon\.com/ })).toBeHidden();
  await page.getByLabel('Search brands').fill('uber');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(list.getByRole('link', { name: /^Uber(?! Eats)/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /^Netflix/ })).toBeHidden();
  await context.close();
});

test('logos have a fixed size, load lazily below the fold, and come from the sandbox', async ({ page }) => {
  await page.goto('/US/brands');
  const logos = page.locator('#brand-list img');
  await expect(logos.first()).toHaveAttribute('src', /\/logos_v2\/[a-z0-9-]+_300x190\.webp$/);
  await expect(logos.first()).toHaveAttribute('width', '300');
  await expect(logos.first()).toHaveAttribute('height', '190');
  await expect(logos.last()).toHaveAttribute('loading', 'lazy');
  await expect.poll(() => logos.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(300);
});

test('catalog pages set no cookie; the checkout starts a signed, httpOnly, SameSite=Lax session', async ({ page, context }) => {
  const catalog = await page.goto('/US');
  expect(await catalog?.headerValue('set-cookie')).toBeNull();
  // The page itself remembers the country, for `/` next time.
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'sf_country')?.value).toBe('US');
  // (The header's cart link may prefetch /checkout, which starts the session: that answer is never shared.)
  await page.goto('/checkout');
  const cookie = (await context.cookies()).find((c) => c.name === 'sf_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(cookie?.value.split('.')).toHaveLength(3);
});

test('the health check reports that the sandbox answers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: 'ok', upstream: { kind: 'sandbox', reachable: true } });
});
