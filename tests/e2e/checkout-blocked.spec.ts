// Whenever "Place order" cannot be pressed, the reason is beside it: every problem and every missing detail, each
// a link to its field, and the account's page for an account problem. Nothing is left silent.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { blocked, buyNow, total } from './checkout-helper';
import messages from '../../lib/i18n/messages/en.json';

const placeOrder = (page: Page) => page.getByRole('button', { name: 'Place order' });

async function addToCart(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('radio', { name: /^\$10 / }).check();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText('Added to your cart.')).toBeVisible();
}

test('two limited products in one order: each line says so, and the summary leads to the line to remove', async ({ page }) => {
  // Three page loads: two brand pages and the checkout.
  await addToCart(page, '/US/roblox');
  await addToCart(page, '/US/valorant');
  await page.getByRole('link', { name: 'Cart, 2 items' }).click();
  await page.getByLabel('Your e-mail').fill('buyer@example.com');

  const sentence = messages.problems.MULTIPLE_LIMITED_PRODUCT_SAME_ORDER;
  for (const name of [/^Roblox/, /^Valorant/]) await expect(page.getByRole('listitem', { name }).getByText(sentence)).toBeVisible();
  await expect(placeOrder(page)).toBeDisabled();
  await expect(placeOrder(page)).toHaveAccessibleDescription(new RegExp(`Valorant \\$10: ${sentence}`));
  await blocked(page)
    .getByRole('link', { name: `Valorant $10: ${sentence}` })
    .click();
  await expect(page.getByRole('button', { name: 'Remove Valorant' })).toBeFocused();
  await page.getByRole('button', { name: 'Remove Valorant' }).click();
  await expect(placeOrder(page)).toBeEnabled();
  await expect(blocked(page)).toBeHidden();
});

test('what is still missing is listed beside the button, each a link to its field', async ({ page }) => {
  await buyNow(page, '/US/target');
  await page.getByRole('radio', { name: 'Tron' }).check();
  await expect(placeOrder(page)).toBeDisabled();
  await expect(blocked(page).getByRole('listitem')).toHaveText([
    messages.checkout.blocked.emailMissing,
    messages.checkout.blocked.nameMissing,
  ]);
  await blocked(page).getByRole('link', { name: messages.checkout.blocked.nameMissing }).click();
  await expect(page.getByLabel('Full name')).toBeFocused();
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await page.getByLabel('Your e-mail').fill('not-an-address');
  await expect(blocked(page).getByRole('listitem')).toHaveText([messages.checkout.issues.email]);
  await blocked(page).getByRole('link', { name: messages.checkout.issues.email }).click();
  await expect(page.getByLabel('Your e-mail')).toBeFocused();
  await page.getByLabel('Your e-mail').fill('buyer@example.com');
  await expect(placeOrder(page)).toBeEnabled();
});

test('when the upstream asks for the name on any network, the name field is there', async ({ page }) => {
  await buyNow(page, '/US/target');
  await expect(page.getByRole('radio', { name: 'Solana' })).toBeChecked();
  await expect(page.getByLabel('Full name')).toBeHidden();
  await page.getByLabel('Your e-mail').fill('fullname_missing@example.com');
  await expect(page.getByLabel('Full name')).toBeVisible();
  await expect(blocked(page).getByRole('link', { name: messages.checkout.blocked.nameMissing })).toBeVisible();
  // The name typed is sent (the sandbox's trigger address keeps asking, whatever the name), and the field stays.
  const sent = page.waitForRequest(
    (request) => request.url().endsWith('/api/checkout/validate') && request.postDataJSON()?.fullName === 'Ada Lovelace',
  );
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await sent;
  await expect(blocked(page).getByRole('listitem')).toHaveText([messages.problems.FULLNAME_MISSING]);
  await expect(page.getByLabel('Full name')).toBeVisible();
});

test('a product that needs a sign-in can be removed from a Buy now checkout, back to its brand page', async ({ page }) => {
  await buyNow(page, '/MY/touch-n-go');
  await page.getByLabel('Your e-mail').fill('buyer@example.com');
  const line = page.getByRole('listitem', { name: /^Touch n Go/ });
  await expect(line.getByText(messages.problems.LOGIN_REQUIRED)).toBeVisible();
  await expect(placeOrder(page)).toBeDisabled();
  await blocked(page)
    .getByRole('link', { name: new RegExp(`^Touch n Go .*: ${messages.problems.LOGIN_REQUIRED}`) })
    .click();
  await expect(line.getByRole('link', { name: 'Remove Touch n Go' })).toBeFocused();
  await line.getByRole('link', { name: 'Remove Touch n Go' }).click();
  await expect(page).toHaveURL(/\/MY\/touch-n-go$/);
});

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['mobile', { width: 390, height: 844 }],
] as const) {
  test(`an account problem sits right under the button and leads to the account (${device})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await buyNow(page, '/US/target');
    await page.getByLabel('Your e-mail').fill('kyc_missing@example.com');
    const reason = blocked(page).getByRole('listitem').filter({ hasText: messages.problems.KYC_MISSING });
    await expect(reason).toBeVisible();
    await expect(reason.getByRole('link', { name: messages.checkout.blocked.account })).toHaveAttribute(
      'href',
      'https://www.cryptorefills.com/account',
    );
    // Beside the action: starts within a few pixels under the button, in the same column.
    const button = await placeOrder(page).boundingBox();
    const summary = await blocked(page).boundingBox();
    expect(button && summary).toBeTruthy();
    if (!button || !summary) return;
    expect(summary.y - (button.y + button.height)).toBeGreaterThanOrEqual(0);
    expect(summary.y - (button.y + button.height)).toBeLessThan(40);
    expect(Math.abs(summary.x - button.x)).toBeLessThan(4);
    await expect(total(page)).toHaveText(/USDC$/);
  });
}
