// Paying a USDT order on Tron from TronLink, on the payment screen, with a mock TronLink that records every call
// (tests/e2e/wallet-mocks/tron.ts): the one transfer asked for, nothing before the click, a refusal, a too-low
// balance, no wallet.
import { toAtomic } from '../../lib/order-display/amounts';
import { expect, test } from './fixtures';
import { openPaymentScreen, paymentQr } from './orders-helper';
import { expectNoWalletOffered, recordScripts, walletSent as sent } from './wallet-helper';
import { addTronLinkMock, TRON_MOCK_OWNER, TRON_MOCK_TXID, tronWalletRequests } from './wallet-mocks/tron';

// USDT on Tron, as the sandbox's /v3/payment_vias gives it (sandbox/coins.ts).
const USDT_TRON = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
const TRON = { coin: 'USDT', network: 'Tron' };

test.describe('pay from TronLink', () => {
  test('pays a USDT order on Tron with one TRC-20 transfer after the click, and the order ends on the codes', async ({ page, sandbox }) => {
    await addTronLinkMock(page);
    const { orderId, order } = await openPaymentScreen(page, sandbox.baseUrl, { payment: TRON, fullName: 'Ada Lovelace' });
    const pay = page.getByRole('button', { name: 'Pay with TronLink' });
    await expect(pay).toBeVisible();
    expect(await tronWalletRequests(page)).toEqual([]);

    await pay.click();
    await expect(sent(page)).toContainText('Sent from your wallet');
    await expect(sent(page)).toContainText(TRON_MOCK_TXID);
    const requests = await tronWalletRequests(page);
    const transfers = requests.filter((r) => r.method === 'triggerSmartContract');
    expect(transfers).toHaveLength(1);
    const [contract, signature, , parameters, owner] = transfers[0]?.args ?? [];
    expect(contract).toBe(USDT_TRON);
    expect(signature).toBe('transfer(address,uint256)');
    expect(parameters).toEqual([
      { type: 'address', value: order.wallet_address },
      { type: 'uint256', value: toAtomic(order.coin_amount, 6) },
    ]);
    expect(owner).toBe(TRON_MOCK_OWNER);
    expect(requests.map((r) => r.method).filter((m) => m === 'sendRawTransaction')).toHaveLength(1);
    await expect(sent(page).getByRole('link', { name: 'View the transaction on the explorer' })).toHaveAttribute(
      'href',
      `https://tronscan.org/#/transaction/${TRON_MOCK_TXID}`,
    );

    await sandbox.post(`/sandbox/orders/${orderId}/pay`);
    await expect(page.getByRole('region', { name: 'Your codes' })).toBeVisible();
  });

  test('says so when the buyer declines in TronLink, and keeps the QR', async ({ page, sandbox }) => {
    await addTronLinkMock(page, { sign: 'reject' });
    await openPaymentScreen(page, sandbox.baseUrl, { payment: TRON, fullName: 'Ada Lovelace' });
    await page.getByRole('button', { name: 'Pay with TronLink' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The payment was cancelled in your wallet.' })).toBeVisible();
    await expect(paymentQr(page)).toBeVisible();
    expect((await tronWalletRequests(page)).map((r) => r.method)).not.toContain('sendRawTransaction');
  });

  test('says the balance is too low and asks for no transfer', async ({ page, sandbox }) => {
    await addTronLinkMock(page, { balance: '1' });
    await openPaymentScreen(page, sandbox.baseUrl, { payment: TRON, fullName: 'Ada Lovelace' });
    await page.getByRole('button', { name: 'Pay with TronLink' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Your wallet holds too little USDT on Tron for this payment.' })).toBeVisible();
    const methods = (await tronWalletRequests(page)).map((r) => r.method);
    // The balance was read (a constant call, nothing to sign); nothing was built, signed or broadcast.
    expect(methods).toContain('triggerConstantContract');
    for (const method of ['triggerSmartContract', 'sign', 'sendRawTransaction']) expect(methods).not.toContain(method);
    await expect(paymentQr(page)).toBeVisible();
    await expect(sent(page)).toHaveCount(0);
  });

  test('offers no wallet button and loads no Tron wallet code when the browser has no TronLink', async ({ page, sandbox }) => {
    // Records that the page looked for TronLink (read window.tronLink), so the absence below is checked after it.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'tronLink', {
        configurable: true,
        get: () => {
          (window as unknown as { __lookedForTronLink: boolean }).__lookedForTronLink = true;
          return undefined;
        },
      });
    });
    const scripts = recordScripts(page);
    await openPaymentScreen(page, sandbox.baseUrl, { payment: TRON, fullName: 'Ada Lovelace' });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __lookedForTronLink?: boolean }).__lookedForTronLink === true))
      .toBe(true);
    // The Tron wallet code (the only code that asks for tron_requestAccounts) was never fetched.
    await expectNoWalletOffered(page, scripts, 'tron_requestAccounts');
  });
});
