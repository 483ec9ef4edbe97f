import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { proveEmail, sandboxOrderWithRefund } from './after-payment-helper';
import { createOrder } from './orders-helper';

const REFUND_ADDRESS = 'RefundSo1anaWa11etAddress1111111111111111111';
const status = (page: Page) => page.getByTestId('order-status');
const panel = (page: Page) => page.getByRole('region', { name: 'Sandbox: simulate the payment' });
const refund = (page: Page) => page.getByRole('region', { name: 'Refund', exact: true });

test.describe('refund address on the order screens', () => {
  test('without a refund address, each refund screen says to send one to support, and none claims one was given', async ({
    page,
    sandbox,
  }) => {
    const orderId = await createOrder(page);
    await page.goto(`/orders/${orderId}`);
    await expect(status(page)).toContainText('Waiting for your payment');
    await expect(refund(page)).toHaveCount(0);

    await panel(page).getByRole('button', { name: 'Pay half of what is due' }).click();
    await expect(status(page)).toContainText('Part of the payment arrived');
    await expect(refund(page)).toContainText(
      'No refund address was given at checkout. If you cannot send the rest, e-mail support with your order number and an address of yours that accepts USDC on Solana',
    );
    const support = refund(page).getByRole('link', { name: 'E-mail support about the refund' });
    await expect(support).toHaveAttribute(
      'href',
      new RegExp(`^mailto:[^?]+\\?subject=Refund%20for%20order%20${orderId}&body=.*USDC%20on%20Solana`),
    );

    await panel(page).getByRole('button', { name: 'Expire the order' }).click();
    await expect(status(page)).toContainText('Payment window closed');
    await expect(refund(page)).toContainText(
      'No refund address was given at checkout. If you sent a payment for this order, e-mail support',
    );

    await sandbox.post(`/sandbox/orders/${orderId}/refund`);
    await page.reload();
    await expect(status(page)).toContainText('Refunded');
    await expect(refund(page)).toContainText('No refund address was given at checkout. If the refund has not reached you, e-mail support');
    await expect(page.getByText(/refund address you gave/)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'What to do now' })).toContainText(
      'The refund goes to the refund address given at checkout or, if none was given, to an address you send support.',
    );
  });

  test('the refund address given at checkout is shown to the buyer on each refund screen, never to a stranger', async ({
    page,
    sandbox,
    browser,
  }) => {
    const orderId = await sandboxOrderWithRefund(page.request, sandbox.baseUrl, REFUND_ADDRESS);
    await proveEmail(page, orderId);
    await page.goto(`/orders/${orderId}`);
    await expect(status(page)).toContainText('Waiting for your payment');

    await panel(page).getByRole('button', { name: 'Pay half of what is due' }).click();
    await expect(status(page)).toContainText('Part of the payment arrived');
    await expect(refund(page)).toContainText(
      'If you cannot send the rest, what you sent so far is refunded to the refund address you gave at checkout.',
    );
    await expect(refund(page).getByTestId('refund-address')).toHaveText(REFUND_ADDRESS);
    await expect(refund(page).getByText(/No refund address/)).toHaveCount(0);

    // A stranger with the link sees the state, not the address.
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const stranger = await context.newPage();
    await stranger.goto(`/orders/${orderId}`);
    await expect(status(stranger)).toContainText('Part of the payment arrived');
    await expect(refund(stranger)).toHaveCount(0);
    expect(await stranger.content()).not.toContain(REFUND_ADDRESS);

    await sandbox.post(`/sandbox/orders/${orderId}/expire`);
    await expect(status(page)).toContainText('Payment window closed');
    await expect(refund(page)).toContainText(
      'If you sent a payment for this order, it is refunded to the refund address you gave at checkout.',
    );
    await expect(refund(page).getByTestId('refund-address')).toHaveText(REFUND_ADDRESS);

    await sandbox.post(`/sandbox/orders/${orderId}/refund`);
    await page.reload();
    await expect(status(page)).toContainText('Refunded');
    await expect(refund(page)).toContainText('The refund goes to the refund address you gave at checkout.');
    await expect(refund(page).getByTestId('refund-address')).toHaveText(REFUND_ADDRESS);

    await stranger.reload();
    await expect(status(stranger)).toContainText('Refunded');
    expect(await stranger.content()).not.toContain(REFUND_ADDRESS);
    await context.close();
  });
});
