import { decodeFunctionData, erc20Abi, getAddress } from 'viem';
import { toAtomic } from '../../lib/order-display/amounts';
import { expect, scanned, test } from './fixtures';
import { openPaymentScreen, paymentQr, upstreamOrder } from './orders-helper';
import { expectNoWalletOffered, expectSentThroughToCodes, recordScripts, walletSent as sent } from './wallet-helper';
import { installMockEvmWallet, MOCK_ACCOUNT, MOCK_TX_HASH, walletRequests } from './wallet-mocks/evm';

// USDC on Base, as the sandbox's /v3/payment_vias gives it (sandbox/coins.ts).
const USDC_BASE = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
const BASE = { coin: 'USDC', network: 'Base' };

test.describe('pay from an EVM wallet', () => {
  test('pays an order on Base with one transfer after the click, and remembers the transaction', async ({ page, sandbox, axe }) => {
    await installMockEvmWallet(page);
    const { orderId, order } = await openPaymentScreen(page, sandbox.baseUrl, { payment: BASE });
    const pay = page.getByRole('button', { name: 'Pay with Mock Wallet' });
    await expect(pay).toBeVisible();
    await expect(pay.locator('img')).toHaveAttribute('alt', '');
    // Discovery only: the wallet was asked nothing before the click.
    expect(await walletRequests(page)).toEqual([]);
    // The page-load scan may run before the wallet announced itself: the button is scanned here.
    await scanned(axe);

    await pay.click();
    await expect(sent(page)).toContainText('Sent from your wallet');
    const requests = await walletRequests(page);
    expect(requests.map((r) => r.method)).toEqual([
      'eth_requestAccounts',
      'wallet_switchEthereumChain',
      'wallet_addEthereumChain',
      'wallet_switchEthereumChain',
      'eth_chainId',
      'eth_call',
      'eth_sendTransaction',
    ]);
    expect(requests[1]?.params).toEqual([{ chainId: '0x2105' }]);
    expect(requests[2]?.params).toMatchObject([{ chainId: '0x2105', chainName: 'Base', nativeCurrency: { symbol: 'ETH', decimals: 18 } }]);
    const [tx] = requests[6]?.params as [{ from: string; to: string; data: `0x${string}`; value?: string }];
    expect(tx.from).toBe(MOCK_ACCOUNT);
    expect(tx.to).toBe(USDC_BASE);
    expect(BigInt(tx.value ?? '0x0')).toBe(0n);
    const transfer = decodeFunctionData({ abi: erc20Abi, data: tx.data });
    expect(transfer.functionName).toBe('transfer');
    expect(transfer.args).toEqual([getAddress(order.wallet_address), BigInt(toAtomic(order.coin_amount, 6) ?? 'NaN')]);

    await expect(sent(page)).toContainText(MOCK_TX_HASH);
    const explorer = sent(page).getByRole('link', { name: 'View the transaction on the explorer' });
    await expect(explorer).toHaveAttribute('href', `https://basescan.org/tx/${MOCK_TX_HASH}`);
    await expect(pay).toBeHidden();
    await scanned(axe);

    await expectSentThroughToCodes(page, sandbox, { orderId, txId: MOCK_TX_HASH, explorerUrl: `https://basescan.org/tx/${MOCK_TX_HASH}` });
  });

  test('after a partial payment, asks the wallet for the remainder only', async ({ page, sandbox }) => {
    await installMockEvmWallet(page);
    const { orderId, order } = await openPaymentScreen(page, sandbox.baseUrl, { payment: BASE });
    // A third arrives from elsewhere; the page follows the order to what is still due.
    const paid = (BigInt(toAtomic(order.coin_amount, 6) ?? 'NaN') / 3n).toString();
    await sandbox.post(`/sandbox/orders/${orderId}/pay`, { amount: (Number(paid) / 1e6).toFixed(6) });
    await expect(page.getByText('Part of the payment arrived')).toBeVisible();
    const paidOrder = await upstreamOrder(page.request, sandbox.baseUrl, orderId);
    const sentAmount = (paidOrder as unknown as { sent_coin_amount: string }).sent_coin_amount;
    const due = BigInt(toAtomic(order.coin_amount, 6) ?? 'NaN') - BigInt(toAtomic(sentAmount, 6) ?? 'NaN');
    expect(due > 0n).toBe(true);

    await page.getByRole('button', { name: 'Pay with Mock Wallet' }).click();
    await expect(sent(page)).toContainText('Sent from your wallet');
    const transfer = (await walletRequests(page)).find((r) => r.method === 'eth_sendTransaction');
    const [tx] = transfer?.params as [{ to: string; data: `0x${string}` }];
    expect(tx.to).toBe(USDC_BASE);
    expect(decodeFunctionData({ abi: erc20Abi, data: tx.data }).args).toEqual([getAddress(order.wallet_address), due]);
  });

  test('says so when the buyer refuses in the wallet, and keeps the QR', async ({ page, sandbox, axe }) => {
    await installMockEvmWallet(page, { reject: 'eth_sendTransaction' });
    await openPaymentScreen(page, sandbox.baseUrl, { payment: BASE });
    await page.getByRole('button', { name: 'Pay with Mock Wallet' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The payment was cancelled in your wallet.' })).toBeVisible();
    await expect(paymentQr(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy address' })).toBeVisible();
    await expect(sent(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Pay with Mock Wallet' })).toBeEnabled();
    await scanned(axe);
  });

  test('says the balance is too low and sends nothing', async ({ page, sandbox }) => {
    await installMockEvmWallet(page, { balance: '1' });
    await openPaymentScreen(page, sandbox.baseUrl, { payment: BASE });
    await page.getByRole('button', { name: 'Pay with Mock Wallet' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Your wallet holds too little USDC on Base for this payment.' })).toBeVisible();
    const methods = (await walletRequests(page)).map((r) => r.method);
    expect(methods).toContain('eth_call');
    expect(methods).not.toContain('eth_sendTransaction');
    await expect(paymentQr(page)).toBeVisible();
  });

  test('offers no wallet button and loads no wallet code when the browser has no wallet', async ({ page, sandbox }) => {
    // Records that the page looked for wallets (EIP-6963 requestProvider), so the absence below is checked after it.
    await page.addInitScript(() => {
      window.addEventListener(
        'eip6963:requestProvider',
        () => ((window as unknown as { __lookedForWallets: boolean }).__lookedForWallets = true),
      );
    });
    const scripts = recordScripts(page);
    await openPaymentScreen(page, sandbox.baseUrl, { payment: BASE });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __lookedForWallets?: boolean }).__lookedForWallets === true))
      .toBe(true);
    // The EVM wallet code (the only code that speaks wallet_switchEthereumChain) was never fetched.
    await expectNoWalletOffered(page, scripts, 'wallet_switchEthereumChain');
  });
});
