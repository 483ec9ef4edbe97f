import type { Page } from '@playwright/test';
import { AxeWatcher, expect, finishAxe, test } from './fixtures';
import { BUYER_EMAIL, createOrder, HAPPY_PATH_STEPS, recordStates, upstreamOrder } from './orders-helper';

const live = (page: Page) => page.getByTestId('order-live');
const status = (page: Page) => page.getByTestId('order-status');
const panel = (page: Page) => page.getByRole('region', { name: 'Sandbox: simulate the payment' });

async function openOrder(page: Page, orderId: string, feed: 'live' | 'polling' = 'live') {
  const response = await page.goto(`/orders/${orderId}`);
  await expect(live(page)).toHaveAttribute('data-feed', feed);
  return response;
}

/** Marks the document: if the page reloads, the mark is gone. */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __mark: boolean }).__mark = true));
  return async () => page.evaluate(() => (window as unknown as { __mark?: boolean }).__mark === true);
}

test.describe('order page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('shows the payment screen, then follows the payment to the codes without a reload', async ({ page, sandbox }) => {
    const orderId = await createOrder(page);
    const order = await upstreamOrder(page.request, sandbox.baseUrl, orderId);
    const response = await openOrder(page, orderId);

    const headers = response?.headers() ?? {};
    expect(headers['cache-control']).toContain('no-store');
    expect(headers['referrer-policy']).toBe('no-referrer');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');

    await expect(status(page)).toContainText('Waiting for your payment');
    await expect(page.getByTestId('pay-amount')).toHaveText(`${order.coin_amount} USDC`);
    await expect(page.getByTestId('pay-address')).toHaveText(order.wallet_address);
    await expect(page.getByText('Send USDC on Solana only.')).toBeVisible();
    await expect(page.getByRole('img', { name: `QR code to pay ${order.coin_amount} USDC to the deposit address` })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open in wallet' })).toHaveAttribute(
      'href',
      new RegExp(`^solana:${order.wallet_address}\\?amount=${order.coin_amount}&spl-token=`),
    );
    await expect(page.getByTestId('countdown')).toHaveText(/^(30:00|29:[0-5]\d)$/);

    await page.getByRole('button', { name: 'Copy amount' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(order.coin_amount);
    await page.getByRole('button', { name: 'Copy address' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(order.wallet_address);

    const notReloaded = await markDocument(page);
    const states = await recordStates(page);
    await panel(page).getByRole('button', { name: 'Pay in full' }).click();

    await expect(status(page)).toContainText('Delivered');
    const codes = page.getByRole('region', { name: 'Your codes' });
    const paid = await upstreamOrder(page.request, sandbox.baseUrl, orderId);
    const deliverable = paid.deliveries[0]?.deliverable ?? {};
    await expect(codes.getByText(deliverable.pin_code ?? 'missing', { exact: true })).toBeVisible();
    await expect(codes.getByText(deliverable.pin_serial ?? 'missing', { exact: true })).toBeVisible();
    await expect(codes.getByText(deliverable.security_code ?? 'missing', { exact: true })).toBeVisible();
    await expect(codes.getByRole('img', { name: 'Barcode of the code' })).toBeVisible();
    await expect(codes.getByRole('heading', { name: 'How to redeem' })).toBeVisible();
    await expect(codes.getByText(`We also e-mailed them to ${BUYER_EMAIL}.`)).toBeVisible();
    await codes.getByRole('button', { name: 'Copy code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(deliverable.pin_code);

    expect(await notReloaded()).toBe(true);
    expect(await states()).toEqual(['WaitingForPayment', 'PaymentStarted', 'PaymentReceived', 'WaitingForDelivery', 'Done']);
    await expect(live(page)).toHaveAttribute('data-feed', 'stopped');
    const timeline = page.getByTestId('timeline').getByRole('listitem');
    await expect(timeline).toHaveText(HAPPY_PATH_STEPS);
    await expect(page.getByTestId('timeline').locator('[aria-current="step"]')).toHaveText(/Delivered/);
  });

  test('a reload in the middle resumes on the current state and keeps following it', async ({ page, sandbox }) => {
    const orderId = await createOrder(page);
    await openOrder(page, orderId);
    await sandbox.post(`/sandbox/orders/${orderId}/state`, { order_state: 'PaymentReceived' });
    await expect(status(page)).toContainText('Payment received');

    await page.reload();
    await expect(status(page)).toContainText('Payment received');
    await expect(live(page)).toHaveAttribute('data-feed', 'live');
    await sandbox.post(`/sandbox/orders/${orderId}/state`, { order_state: 'WaitingForDelivery' });
    await expect(status(page)).toContainText('Preparing your order');
    await sandbox.post(`/sandbox/orders/${orderId}/state`, { order_state: 'Done' });
    await expect(page.getByRole('region', { name: 'Your codes' })).toBeVisible();
  });

  test('a partial payment shows paid, due and a QR for the rest; paying the rest delivers', async ({ page, sandbox }) => {
    const orderId = await createOrder(page);
    const order = await upstreamOrder(page.request, sandbox.baseUrl, orderId);
    await openOrder(page, orderId);
    await panel(page).getByRole('button', { name: 'Pay half of what is due' }).click();

    await expect(status(page)).toContainText('Part of the payment arrived');
    const paid = await upstreamOrder(page.request, sandbox.baseUrl, orderId);
    const sent = (paid as unknown as { sent_coin_amount: string }).sent_coin_amount;
    const due = (Number(order.coin_amount) - Number(sent)).toFixed(3);
    await expect(page.getByTestId('paid-amount')).toHaveText(`${sent} USDC`);
    await expect(page.getByTestId('due-amount')).toHaveText(`${due} USDC`);
    await expect(page.getByTestId('pay-amount')).toHaveText(`${due} USDC`);
    await expect(page.getByRole('img', { name: `QR code to pay ${due} USDC to the deposit address` })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open in wallet' })).toHaveAttribute('href', new RegExp(`\\?amount=${due}&spl-token=`));
    await expect(page.getByTestId('timeline').locator('[aria-current="step"]')).toHaveText(/Partly paid/);

    await panel(page).getByRole('button', { name: 'Pay in full' }).click();
    await expect(page.getByRole('region', { name: 'Your codes' })).toBeVisible();
  });

  test('an expired order says what to do next and hands the order number to support', async ({ page }) => {
    const orderId = await createOrder(page);
    await openOrder(page, orderId);
    await panel(page).getByRole('button', { name: 'Expire the order' }).click();

    await expect(status(page)).toContainText('Payment window closed');
    await expect(page.getByRole('region', { name: 'What to do now' })).toContainText('a late payment can still be completed or refunded');
    await expect(page.getByRole('link', { name: 'E-mail support about this order' })).toHaveAttribute(
      'href',
      new RegExp(`^mailto:.*subject=Order%20${orderId}`),
    );
    await expect(page.getByRole('link', { name: 'Place a new order' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Pay', exact: true })).toHaveCount(0);
    await expect(page.getByTestId('timeline').locator('[aria-current="step"]')).toHaveText(/Expired/);
    await expect(live(page)).toHaveAttribute('data-feed', 'stopped');
  });

  test('without EventSource the page polls and still reaches the codes', async ({ page }) => {
    await page.addInitScript(() => Reflect.deleteProperty(window, 'EventSource'));
    const streams: string[] = [];
    page.on('request', (request) => request.url().includes('/subscribe') && streams.push(request.url()));
    const orderId = await createOrder(page);
    await openOrder(page, orderId, 'polling');
    await panel(page).getByRole('button', { name: 'Pay in full' }).click();
    await expect(page.getByRole('region', { name: 'Your codes' })).toBeVisible({ timeout: 20_000 });
    expect(streams).toEqual([]);
  });

  test('a claim link code is a link, and every order is listed under My orders', async ({ page, sandbox }) => {
    const orderId = await createOrder(page, { brand: 'Walmart' });
    await openOrder(page, orderId);
    await sandbox.post(`/sandbox/orders/${orderId}/pay`);
    const link = page.getByRole('link', { name: 'Open the claim link' });
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('rel', /noreferrer/);

    await page.goto('/orders');
    await page.getByRole('link', { name: `Order ${orderId.slice(0, 8).toUpperCase()}` }).click();
    await expect(page).toHaveURL(`/orders/${orderId}`);
    await expect(status(page)).toContainText('Delivered');
  });

  test('an unknown order gets the order not-found page', async ({ page }) => {
    const response = await page.goto('/orders/00000000-0000-4000-8000-000000000000');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'We cannot find this order' })).toBeVisible();
    expect((await page.goto('/orders/not-an-order'))?.status()).toBe(404);
    expect((await page.request.get('/api/orders/not-an-order')).status()).toBe(400);
    expect((await page.request.get('/api/orders/not-an-order/subscribe')).status()).toBe(400);
  });
});

test('another browser sees the status but no codes, anywhere, until it gives the order e-mail', async ({
  page,
  sandbox,
  browser,
  csp,
}, testInfo) => {
  // Two browsers; the second one's page is scanned three times (on load, with the status, with the codes).
  test.setTimeout(40_000);
  const orderId = await createOrder(page);
  await sandbox.post(`/sandbox/orders/${orderId}/pay`);
  await expect.poll(async () => (await upstreamOrder(page.request, sandbox.baseUrl, orderId)).order_state).toBe('Done');
  const code = (await upstreamOrder(page.request, sandbox.baseUrl, orderId)).deliveries[0]?.deliverable.pin_code ?? 'missing';

  const visitor = csp.watch(await browser.newContext());
  try {
    const other = await visitor.newPage();
    // Not the fixture's page, so it is watched here: every load scanned, and the end state with the codes.
    const otherAxe = new AxeWatcher(other);
    await other.goto(`/orders/${orderId}`);
    await expect(other.getByTestId('order-status')).toContainText('Delivered');
    await expect(other.getByRole('region', { name: 'Your codes' })).toHaveCount(0);
    await otherAxe.scanNow();
    expect(otherAxe.findings).toEqual([]);
    expect(await other.content()).not.toContain(code);
    expect(await other.content()).not.toContain(BUYER_EMAIL);

    const api = await other.request.get(`/api/orders/${orderId}`);
    expect(api.headers()['cache-control']).toBe('no-store');
    const apiText = await api.text();
    expect(JSON.parse(apiText)).toMatchObject({ id: orderId, state: 'Done' });
    expect(apiText).not.toContain(code);
    expect(apiText).not.toContain(BUYER_EMAIL);

    const event = await other.evaluate(
      (id) =>
        new Promise<string>((resolve) => {
          const source = new EventSource(`/api/orders/${id}/subscribe`);
          source.onmessage = (message: MessageEvent<string>) => {
            source.close();
            resolve(message.data);
          };
        }),
      orderId,
    );
    expect(JSON.parse(event)).toMatchObject({ id: orderId, state: 'Done' });
    expect(event).not.toContain(code);

    const email = other.getByLabel('E-mail address used for the order');
    await email.fill('someone.else@example.com');
    await other.getByRole('button', { name: 'Show the codes' }).click();
    await expect(other.getByRole('region', { name: 'Show the codes' }).getByRole('alert')).toHaveText(
      'This e-mail address does not match the order.',
    );
    expect(await other.content()).not.toContain(code);

    await email.fill('Buyer@Example.com');
    await other.getByRole('button', { name: 'Show the codes' }).click();
    await expect(other.getByRole('region', { name: 'Your codes' }).getByText(code, { exact: true })).toBeVisible();
    await finishAxe(otherAxe, testInfo);
    expect(otherAxe.scanned()).toEqual([other.url()]);
  } finally {
    await visitor.close();
  }
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the payment QR stays dark on a white tile', async ({ page }) => {
    const orderId = await createOrder(page);
    await openOrder(page, orderId);
    const qr = page.getByRole('img', { name: /^QR code to pay/ });
    await expect(qr).toBeVisible();
    const colours = await qr.evaluate((image) => ({
      tile: getComputedStyle(image.closest('[data-testid="qr-tile"]') ?? image).backgroundColor,
      modules: image.querySelector('svg path:last-of-type')?.getAttribute('fill'),
    }));
    expect(colours).toEqual({ tile: 'rgb(255, 255, 255)', modules: '#000000' });
  });
});

test.describe('a dropped stream', () => {
  test.describe.configure({ mode: 'serial' });

  test('reconnects and still reaches the codes', async ({ page, sandbox }) => {
    const orderId = await createOrder(page);
    const streams: string[] = [];
    page.on('request', (request) => request.url().endsWith('/subscribe') && streams.push(request.url()));
    // Scoped to this order's stream, so tests running alongside are not affected.
    const faults = { dropStreamsAfterEvents: 2, paths: [`/v5/orders/${orderId}/subscribe`] };
    await sandbox.post('/sandbox/faults', faults);
    try {
      await openOrder(page, orderId);
      await sandbox.post(`/sandbox/orders/${orderId}/pay`);
      await expect(page.getByRole('region', { name: 'Your codes' })).toBeVisible();
      expect(streams.length).toBeGreaterThan(1);
    } finally {
      const state = await sandbox.state();
      if (JSON.stringify(state.faults) === JSON.stringify(faults)) await sandbox.post('/sandbox/faults', {});
    }
  });
});
