// The price first: each line's price and the total show as soon as there is a product, a coin and a network; the
// buyer's details are what placing the order needs, and the reason given is the true one.
import { expect, test } from './fixtures';
import { blocked, buyNow, total, unique } from './checkout-helper';
import messages from '../../lib/i18n/messages/en.json';

const AMOUNT = /^\d{1,3}(,\d{3})*\.\d{2,}$/;
const amountOf = (text: string | null) => (text ?? '').replace(/ USD[CT]$/, '').replace('−', '');
const cents = (text: string) => Math.round(Number(amountOf(text).replace(/,/g, '')) * 1e6);

test('the price shows before any detail is typed, and the reason to wait is the true one', async ({ page }) => {
  await buyNow(page, '/US/target');
  await expect(total(page)).toHaveText(/ USDC$/);
  await expect(page.getByRole('listitem', { name: /^Target/ }).getByTestId('line-price')).toHaveText(await total(page).innerText());
  await expect(blocked(page).getByRole('listitem')).toHaveText([messages.checkout.blocked.emailMissing]);

  await page.getByRole('radio', { name: 'USDT' }).check();
  await page.getByRole('radio', { name: 'Tron' }).check();
  await expect(total(page)).toHaveText(/ USDT$/);
  await page.getByLabel('Your e-mail').fill('buyer@example.com');
  await expect(blocked(page).getByRole('listitem')).toHaveText([messages.checkout.blocked.nameMissing]);
  await expect(total(page)).toHaveText(/ USDT$/);
});

test('a coupon shows its own discount, and every amount is written the same way', async ({ page }) => {
  await buyNow(page, '/US/home-depot');
  await page.getByLabel('Your e-mail').fill(unique('coupon'));
  await expect(total(page)).toHaveText(/ USDC$/);
  const before = await total(page).innerText();
  await page.getByLabel('Coupon (optional)').fill('SAVE10');
  const discount = page.getByTestId('order-discount');
  await expect(discount).toHaveText(/^−.* USDC$/);
  await expect(page.getByText('Discount SAVE10')).toBeVisible();
  const after = await total(page).innerText();
  const line = await page.getByTestId('line-price').innerText();
  for (const amount of [before, after, line, await discount.innerText()]) expect(amountOf(amount)).toMatch(AMOUNT);
  expect(cents(before) - cents(await discount.innerText())).toBe(cents(after));
  expect(line).toBe(after);
});

test('when the price moved, the old total is struck through and only the new one stands out', async ({ page, sandbox }) => {
  await buyNow(page, '/US/best-buy');
  await page.getByLabel('Your e-mail').fill(unique('moved'));
  await expect(total(page)).toHaveText(/USDC$/);
  const seen = await total(page).innerText();
  await sandbox.post('/sandbox/prices', { brand: 'Best Buy', percent: 5 });
  try {
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByRole('alert').filter({ hasText: messages.checkout.priceChangedTo })).toBeVisible();
    await expect(page.getByRole('deletion')).toHaveText(seen);
    const fresh = await page.getByTestId('new-total').innerText();
    expect(fresh).not.toBe(seen);
    await expect(page.getByRole('button', { name: `Pay the new total of ${fresh}` })).toBeVisible();
  } finally {
    await sandbox.delete('/sandbox/prices');
  }
});
