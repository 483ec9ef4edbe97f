// The optional refund address: checked against the chosen network as the buyer leaves the field, an invalid one
// holds the order back, and the order the upstream (sandbox) makes carries it as refund_wallet_address.
import { expect, test } from './fixtures';
import { buyNow, ORDER_URL, total, unique } from './checkout-helper';
import { sameOrigin } from './orders-helper';
import messages from '../../lib/i18n/messages/en.json';

const say = (text: string, network: string) => text.replace('{network}', network);
const EIP55 = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';

test('a refund address that does not fit the network holds the order back; a fixed one goes with the order', async ({ page, sandbox }) => {
  await buyNow(page, '/US/target');
  await page.getByLabel('Your e-mail').fill(unique('refund'));
  await expect(page.getByRole('radio', { name: 'Solana' })).toBeChecked();
  const field = page.getByLabel(messages.refundAddress.label);
  await expect(field).toHaveAccessibleDescription(say(messages.refundAddress.help, 'Solana'));
  const place = page.getByRole('button', { name: 'Place order' });

  // An EVM address on Solana: said once the buyer leaves the field, and the order cannot be placed.
  await field.fill(EIP55);
  await field.blur();
  await expect(page.getByText(say(messages.refundAddress.issues.refundFormat, 'Solana'))).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(place).toBeDisabled();

  // Another network checks it again: on Base it is an address, until a changed letter breaks its checksum.
  await page.getByRole('radio', { name: 'Base' }).check();
  await expect(page.getByText(say(messages.refundAddress.issues.refundFormat, 'Solana'))).toBeHidden();
  await expect(total(page)).toHaveText(/USDC$/);
  await field.fill(EIP55.replace(/d$/, 'D'));
  await expect(page.getByText(say(messages.refundAddress.issues.refundChecksum, 'Base'))).toBeVisible();
  await expect(place).toBeDisabled();

  await field.fill(EIP55);
  await expect(field).not.toHaveAttribute('aria-invalid');
  await expect(total(page)).toHaveText(/USDC$/);
  await place.click();
  await expect(page).toHaveURL(ORDER_URL);
  const orderId = new URL(page.url()).pathname.split('/').pop();
  const order = (await sandbox.get(`/v5/orders/${orderId}`)) as { refund_wallet_address?: string; payment?: { network?: string } };
  expect(order.refund_wallet_address).toBe(EIP55);
});

test('the checkout routes refuse a refund address that is not on the request’s network', async ({ request }) => {
  const checkout = {
    email: unique('refund-api'),
    coin: 'USDC',
    network: 'Solana',
    items: [{ country: 'US', brand: 'Target', denomination: '25 USD', deliveryType: 'by_email', recipient: 'friend@example.com' }],
    refundAddress: EIP55,
  };
  const bodies = {
    '/api/checkout/validate': checkout,
    '/api/orders': { ...checkout, attemptId: crypto.randomUUID(), expectedCoinAmount: '25' },
  };
  for (const [path, data] of Object.entries(bodies)) {
    const response = await request.post(path, { data, headers: sameOrigin() });
    expect(response.status(), path).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'INVALID_REQUEST', message: expect.any(String) },
      fields: { refundAddress: 'must be an address on the chosen network' },
    });
  }
});
