import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The polite live region that says what the buyer pays. */
const summary = (page: Page) => page.getByRole('status');

function priceRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/price') urls.push(request.url());
  });
  return urls;
}

test('a gift card page shows the logo and the fixed amounts with their USDC price, and a reload keeps the choice', async ({ page }) => {
  await page.goto('/US/airbnb');
  await expect(page.getByRole('heading', { level: 1, name: 'Airbnb' })).toBeVisible();
  await expect(page.getByText('This card can only be redeemed in United States.')).toBeVisible();
  const logo = page.locator('main img[src$="/logos_v2/airbnb_500x318.webp"]');
  await expect(logo).toBeVisible();
  await expect(logo).toHaveAttribute('width', '500');
  await expect(logo).toHaveAttribute('height', '318');
  await expect(summary(page)).toHaveText('Choose an amount to see the price.');

  await page.getByRole('radio', { name: /^\$100 / }).check();
  await expect(summary(page)).toHaveText('You pay 101.50 USDC');
  await expect(page).toHaveURL(/[?&]denomination=100\+USD/);

  await page.reload();
  await expect(page.getByRole('radio', { name: /^\$100 / })).toBeChecked();
  await expect(summary(page)).toHaveText('You pay 101.50 USDC');
});

test('the amounts are a keyboard-usable radio group', async ({ page }) => {
  await page.goto('/US/airbnb');
  await page.getByRole('radio', { name: /^\$25 / }).check();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^\$50 / })).toBeChecked();
  await expect(summary(page)).toHaveText('You pay 50.75 USDC');

  // Tabbing past the amount field does not trade the chosen amount for an empty one.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Amount in USD (25–500)')).toBeFocused();
  await expect(page.getByRole('radio', { name: /^\$50 / })).toBeChecked();
  await expect(summary(page)).toHaveText('You pay 50.75 USDC');
});

test('an open amount is checked as you type and priced live', async ({ page }) => {
  const requests = priceRequests(page);
  await page.goto('/US/everything-apple');
  await expect(page).toHaveURL(/\/US\/apple$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Everything Apple' })).toBeVisible();
  await expect(summary(page)).toHaveText('Enter an amount to see the price.');

  // The first quote is held until the waiting state has been seen, so a fast answer cannot hide it.
  let releaseFirst!: () => void;
  const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
  await page.route('**/api/price?*', async (route) => {
    await firstHeld;
    await route.continue();
  });
  const amount = page.getByLabel('Amount in USD (2–2,000)');
  await amount.fill('100');
  await expect(summary(page)).toHaveText('Updating price…');
  releaseFirst();
  await expect(summary(page)).toHaveText('You pay 101.50 USDC');
  await amount.fill('250');
  await expect(summary(page)).toHaveText('You pay 253.75 USDC');
  await expect(page).toHaveURL(/[?&]amount=250$/);

  await amount.fill('2500');
  await expect(page.getByText('Enter at most $2,000.')).toBeVisible();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(summary(page)).toHaveText('Enter an amount to see the price.');

  await amount.fill('1');
  await expect(page.getByText('Enter at least $2.')).toBeVisible();
  // A later valid amount is priced; the invalid ones in between never were (no waiting on a timer).
  await amount.fill('300');
  await expect(summary(page)).toHaveText('You pay 304.50 USDC');
  const values = requests.map((url) => new URL(url).searchParams.get('value'));
  expect(values).toContain('300');
  expect(values).not.toContain('2500');
  expect(values).not.toContain('1');
});

test('typing an amount on a brand with fixed amounts too chooses "Other amount"', async ({ page }) => {
  await page.goto('/US/airbnb?denomination=100+USD');
  await page.getByLabel('Amount in USD (25–500)').fill('120');
  await expect(page.getByRole('radio', { name: 'Other amount' })).toBeChecked();
  await expect(summary(page)).toHaveText('You pay 121.80 USDC');
  await expect(page).toHaveURL(/[?&]amount=120$/);
});

test('prices switch to USDT and keep the choice', async ({ page }) => {
  await page.goto('/US/airbnb');
  await page.getByRole('radio', { name: /^\$100 / }).check();
  await page.getByRole('link', { name: 'USDT' }).click();
  await expect(page).toHaveURL(/coin=USDT/);
  await expect(page.getByRole('link', { name: 'USDT' })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('radio', { name: /^\$25 / })).toHaveAccessibleName('$25 25.375 USDT');
  await expect(page.getByRole('radio', { name: /^\$100 / })).toBeChecked();
  await expect(summary(page)).toHaveText('You pay 101.50 USDT');
});

test('upstream HTML reaches the page sanitised: no script, no handlers, no dialog', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/US/twitch');
  await expect(page.getByRole('heading', { level: 1, name: 'Twitch' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'twitch.tv/redeem' })).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  await page.getByText('Terms and conditions').click();
  await expect(page.getByText('Twitch gift cards are non-refundable.')).toBeVisible();

  await expect(page.locator('script', { hasText: 'alert(1)' })).toHaveCount(0);
  await expect(page.locator('main iframe, main img[onerror], main [onclick], main a[href^="javascript:"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('an unknown brand gets the 404 page', async ({ page }) => {
  const response = await page.goto('/US/no-such-brand');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the price route refuses bad input with a 400, passes refusals on and never caches', async ({ request }) => {
  for (const query of [
    'country=US&brand=Airbnb&value=-5&coin=USDC',
    'country=XX&brand=Airbnb&value=100&coin=USDC',
    'country=US&value=100&coin=USDC',
  ]) {
    const response = await request.get(`/api/price?${query}`);
    expect(response.status(), query).toBe(400);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(await response.json()).toEqual({ error: { code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) } });
  }

  const refused = await request.get('/api/price?country=US&brand=Airbnb&value=1000&coin=USDC');
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toMatchObject({ error: { code: 'FACE_VALUE_OUT_OF_RANGE' } });

  const quote = await request.get('/api/price?country=US&brand=Airbnb&value=100&coin=USDC');
  expect(quote.status()).toBe(200);
  expect(quote.headers()['cache-control']).toBe('no-store');
  expect(await quote.json()).toMatchObject({ coin: 'USDC', coinAmount: '101.50' });
});

test('a top-up is for phone numbers of its country, with each brand of the family under its name', async ({ page }) => {
  await page.goto('/CO/claro');
  await expect(page.getByRole('heading', { level: 1, name: 'Claro' })).toBeVisible();
  await expect(page.getByText('For phone numbers in Colombia (+57).')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Claro Bundle' }).getByRole('radio', { name: /^2 GB · 7 days/ })).toBeVisible();

  const amount = page.getByRole('group', { name: 'Claro Credits' }).getByLabel('Amount in COP (1,000–200,000)');
  await amount.fill('15500');
  await expect(page.getByText(/^Use steps of COP\s1,000, for example COP\s16,000\.$/)).toBeVisible();
  await amount.fill('15000');
  await expect(summary(page)).toHaveText('You pay 3.903847 USDC');
  await expect(page).toHaveURL(/brand=Claro\+Credits/);
});

test('an eSIM offers data plans', async ({ page }) => {
  await page.goto('/US/esim');
  await expect(page.getByText('This eSIM is for use in United States.')).toBeVisible();
  const plans = page.getByRole('group', { name: 'Choose a data plan' });
  await expect(plans.getByRole('radio', { name: /^5 GB · 30 days / })).toBeVisible();
  await plans.getByRole('radio', { name: /^Unlimited · 3 days / }).check();
  await expect(summary(page)).toHaveText('You pay 23.8525 USDC');
});

test('an out-of-stock brand shows its amounts disabled and says so', async ({ page }) => {
  await page.goto('/US/gamestop');
  await expect(page.getByRole('radio', { name: /^\$25 / })).toBeDisabled();
  await expect(summary(page)).toHaveText('GameStop is out of stock right now. Please check again later.');
});

test('the choices and the range bounds are in the HTML before any script runs', async ({ request }) => {
  const html = await (await request.get('/US/airbnb')).text();
  expect(html).toMatch(/<input[^>]*type="radio"[^>]*value="100 USD"/);
  expect(html).toMatch(/<input[^>]*type="number"[^>]*min="25"[^>]*max="500"[^>]*step="1"/);
  expect(html).toContain('Amount in USD (25–500)');
  expect(html).toContain('101.50 USDC');
});
