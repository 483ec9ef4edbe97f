// The checkout when the server refuses to go on: over a rate limit, or with the shop's shared state down. The
// answers are routed (the real ones are unit-tested and shown in tests/e2e/shared-state.spec.ts).
import { expect, test } from './fixtures';
import { buyNow, ordersFor, total, unique } from './checkout-helper';
import messages from '../../lib/i18n/messages/en.json';

test('a rate-limited order tells the buyer when to try again', async ({ page, sandbox }) => {
  await buyNow(page, '/US/target');
  const email = unique('limited');
  await page.getByLabel('Your e-mail').fill(email);
  await expect(total(page)).toHaveText(/USDC$/);
  // The server's answer over the limit (the real limits are unit-tested; the e2e servers run with high ones).
  await page.route('/api/orders', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'Retry-After': '150' },
      json: { error: { code: 'RATE_LIMITED', message: 'Too many requests from this connection. Please try again later.' } },
    }),
  );
  await page.getByRole('button', { name: 'Place order' }).click();
  const message = messages.checkout.rateLimitedFor.replace(/\{minutes.*\}\}/, '3 minutes');
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  expect(await ordersFor(sandbox, email)).toBe(0);
});

test('when the shop cannot check the order, the total says why and checks again on request', async ({ page }) => {
  await buyNow(page, '/US/target');
  // What /api/checkout/validate answers while the shared store (Redis) is down: tests/e2e/shared-state.spec.ts.
  await page.route('/api/checkout/validate', (route) =>
    route.fulfill({
      status: 503,
      headers: { 'Retry-After': '5' },
      json: { error: { code: 'STORE_UNAVAILABLE', message: 'The checkout cannot be checked right now.' } },
    }),
  );
  await page.getByLabel('Your e-mail').fill(unique('store-down'));
  await expect(page.getByText(messages.checkout.totalErrors.STORE_UNAVAILABLE)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();
  await page.unroute('/api/checkout/validate');
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(total(page)).toHaveText(/USDC$/);
});
