import { expect, test } from './fixtures';
import { sameOrigin } from './orders-helper';
import { blocked, buyNow, ORDER_URL, ordersFor, total, unique } from './checkout-helper';
import messages from '../../lib/i18n/messages/en.json';

test('a fixed gift card from the brand page to the order page, paid with USDC on Solana by default', async ({ page }) => {
  await buyNow(page, '/US/target');
  await expect(page.getByRole('radio', { name: 'USDC' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Solana' })).toBeChecked();
  await page.getByLabel('Your e-mail').fill('buyer@example.com');
  await expect(total(page)).toHaveText(/^\d+(\.\d+)? USDC$/);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(ORDER_URL);
});

test('a range amount, paid with USDT on Base, remembered for the next checkout', async ({ page }) => {
  // Five page loads: a brand page, its checkout, the order, another brand page and its checkout.
  test.setTimeout(50_000);
  await page.goto('/US/airbnb');
  await page.getByLabel(/Amount in USD/).fill('30');
  await expect(page.getByText('You pay 30.45 USDC')).toBeVisible();
  await page.getByRole('link', { name: 'Buy now' }).click();
  await expect(page.getByRole('listitem', { name: /Airbnb/ })).toContainText('30');
  await page.getByRole('radio', { name: 'USDT' }).check();
  await page.getByRole('radio', { name: 'Base' }).check();
  await page.getByLabel('Your e-mail').fill('buyer@example.com');
  await expect(total(page)).toHaveText('30.45 USDT');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(ORDER_URL);

  await buyNow(page, '/US/target');
  await expect(page.getByRole('radio', { name: 'USDT' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Base' })).toBeChecked();
});

test('a mobile top-up goes to a phone number, checked for the product’s country', async ({ page }) => {
  await buyNow(page, '/US/t-mobile');
  await page.getByLabel('Your e-mail').fill('buyer@example.com');
  const phone = page.getByLabel('Phone number to top up (in United States)');
  await phone.fill('12');
  await expect(page.getByRole('listitem', { name: /T-Mobile/ }).getByText(messages.checkout.issues.recipientPhone)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();
  await phone.fill('(201) 555-0123');
  await expect(total(page)).toHaveText(/USDC$/);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(ORDER_URL);
});

test('a two-item cart survives a reload and becomes one order', async ({ page, sandbox }) => {
  // Five page loads: two brand pages, the checkout, its reload, and the order.
  test.setTimeout(50_000);
  await page.goto('/US/walmart');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByText('Added to your cart.')).toBeVisible();
  await page.goto('/US/best-buy');
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('link', { name: 'Cart, 2 items' }).click();

  await expect(page.getByRole('heading', { name: 'Your 2 items' })).toBeVisible();
  await page.getByLabel('Deliver to (e-mail)').last().fill('friend@example.com');
  await page.reload();
  await expect(page.getByLabel('Deliver to (e-mail)').last()).toHaveValue('friend@example.com');
  const email = unique('cart');
  await page.getByLabel('Your e-mail').fill(email);
  await expect(total(page)).toHaveText(/USDC$/);
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(ORDER_URL);
  expect(await ordersFor(sandbox, email)).toBe(1);
  await expect(page.getByRole('link', { name: 'Cart, empty' })).toBeVisible();
});

test('every kind of problem is explained next to its field', async ({ page }) => {
  // Two page loads and eight validations in a row, each after the form’s 400 ms pause and a round trip.
  test.setTimeout(45_000);
  await buyNow(page, '/US/target');
  const email = page.getByLabel('Your e-mail');
  const cases: [string, keyof typeof messages.problems][] = [
    ['daily_spending_limit_exceeded@example.com', 'DAILY_SPENDING_LIMIT_EXCEEDED'],
    ['out_of_stock@example.com', 'OUT_OF_STOCK'],
    ['unsupported_protocol_coin_combination@example.com', 'UNSUPPORTED_PROTOCOL_COIN_COMBINATION'],
    ['login_required@example.com', 'LOGIN_REQUIRED'],
    ['kyc_missing@example.com', 'KYC_MISSING'],
  ];
  for (const [address, code] of cases) {
    await email.fill(address);
    await expect(blocked(page).getByText(messages.problems[code])).toBeVisible();
    await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();
  }
  await email.fill('buyer@example.com');
  await page.getByLabel('Coupon (optional)').fill('COUPON_EXPIRED');
  await expect(page.getByRole('region', { name: 'Your details' }).getByText(messages.problems.COUPON_EXPIRED)).toBeVisible();
  await page.getByLabel('Coupon (optional)').fill('');
  await expect(total(page)).toHaveText(/USDC$/);
});

test('a stablecoin on Tron asks for the buyer’s full name', async ({ page }) => {
  await buyNow(page, '/US/target');
  await page.getByLabel('Your e-mail').fill('buyer@example.com');
  await page.getByRole('radio', { name: 'Tron' }).check();
  await expect(page.getByLabel('Full name')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();
  await page.getByLabel('Full name').fill('Ada Lovelace');
  await expect(total(page)).toHaveText(/USDC$/);
});

test('a suspended coin is shown disabled or explained, never silently used', async ({ page, sandbox }) => {
  await sandbox.post('/sandbox/suspensions', { coins: ['BTC'] });
  try {
    await buyNow(page, '/US/target');
    await page.getByLabel('Your e-mail').fill('buyer@example.com');
    const btc = page.getByRole('radio', { name: 'BTC' });
    // Payment methods are cached for a minute: a fresh list shows BTC disabled, a cached one lets
    // validation answer SUSPENDED_COIN.
    if (await btc.isDisabled()) {
      await expect(page.getByText('temporarily suspended').first()).toBeVisible();
    } else {
      await btc.check();
      await expect(page.getByRole('region', { name: 'Pay with' }).getByText(messages.problems.SUSPENDED_COIN)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();
    }
  } finally {
    await sandbox.delete('/sandbox/suspensions');
  }
});

test('a double click creates exactly one order', async ({ page, sandbox }) => {
  await buyNow(page, '/US/target');
  const email = unique('double');
  await page.getByLabel('Your e-mail').fill(email);
  await expect(total(page)).toHaveText(/USDC$/);
  await page.getByRole('button', { name: 'Place order' }).dblclick();
  await expect(page).toHaveURL(ORDER_URL);
  expect(await ordersFor(sandbox, email)).toBe(1);
});

test('a retried create request for the same attempt returns the same single order', async ({ page, sandbox }) => {
  await page.goto('/checkout');
  const email = unique('retry');
  const body = {
    email,
    newsletter: false,
    coin: 'USDC',
    network: 'Solana',
    items: [{ country: 'US', brand: 'Target', denomination: '25 USD', deliveryType: 'by_email', recipient: email }],
  };
  const validation = await (await page.request.post('/api/checkout/validate', { data: body, headers: sameOrigin() })).json();
  const attempt = { ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: validation.coinAmount };
  const answers = await Promise.all([1, 2, 3].map(() => page.request.post('/api/orders', { data: attempt, headers: sameOrigin() })));
  const ids = await Promise.all(answers.map(async (answer) => ((await answer.json()) as { orderId: string }).orderId));
  expect(answers.map((answer) => answer.status())).toEqual([201, 201, 201]);
  expect(new Set(ids).size).toBe(1);
  expect(await ordersFor(sandbox, email)).toBe(1);
});

test('a price that moved asks the buyer to confirm the new total', async ({ page, sandbox }) => {
  await buyNow(page, '/US/home-depot');
  const email = unique('price');
  await page.getByLabel('Your e-mail').fill(email);
  await expect(total(page)).toHaveText(/USDC$/);
  const seen = (await total(page).textContent()) ?? '';
  await sandbox.post('/sandbox/prices', { brand: 'Home Depot', percent: 5 });
  try {
    await page.getByRole('button', { name: 'Place order' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The price changed' });
    await expect(alert).toBeVisible();
    expect(await ordersFor(sandbox, email)).toBe(0);
    const confirm = alert.getByRole('button', { name: /^Pay the new total of/ });
    await expect(confirm).not.toHaveText(seen);
    await confirm.click();
    await expect(page).toHaveURL(ORDER_URL);
    expect(await ordersFor(sandbox, email)).toBe(1);
  } finally {
    await sandbox.delete('/sandbox/prices');
  }
});

test('bad input to the checkout routes gets a 400 with a clear JSON error, never forwarded', async ({ request }) => {
  for (const path of ['/api/checkout/validate', '/api/orders']) {
    const response = await request.post(path, { data: { email: 'nope', items: [] }, headers: sameOrigin() });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(Object.keys(body.fields)).toEqual(expect.arrayContaining(['email']));
  }
});

test('when the order cannot be confirmed, the buyer keeps the form, is told, and chooses to try again', async ({ page, sandbox }) => {
  await buyNow(page, '/US/target');
  const email = unique('unconfirmed');
  await page.getByLabel('Your e-mail').fill(email);
  await page.getByLabel('Coupon (optional)').fill('SAVE10');
  await expect(total(page)).toHaveText(/USDC$/);
  const attempts: string[] = [];
  // The server's answer after an upstream timeout (simulated here: sandbox faults are global to parallel tests).
  await page.route('/api/orders', async (route) => {
    attempts.push((route.request().postDataJSON() as { attemptId: string }).attemptId);
    if (attempts.length === 1) {
      await route.fulfill({ status: 502, json: { error: { code: 'ORDER_NOT_CONFIRMED', message: 'not confirmed' } } });
    } else {
      await route.continue();
    }
  });
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText(messages.checkout.notConfirmed)).toBeVisible();
  await expect(page.getByLabel('Your e-mail')).toHaveValue(email);
  await expect(page.getByLabel('Coupon (optional)')).toHaveValue('SAVE10');
  expect(await ordersFor(sandbox, email)).toBe(0);

  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page).toHaveURL(ORDER_URL);
  expect(new Set(attempts).size).toBe(2);
  expect(await ordersFor(sandbox, email)).toBe(1);
});
