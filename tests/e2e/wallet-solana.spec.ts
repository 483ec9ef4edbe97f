// Paying a USDC order on Solana from a Wallet Standard wallet, on the payment screen, with the mock wallet of
// tests/e2e/wallet-mocks/solana.ts (it records every call) and the sandbox's fake Solana RPC behind the storefront's
// /api/solana-rpc (SOLANA_RPC_URL in playwright.config.ts; sandbox/solana-rpc.ts): the one transaction asked for,
// decoded field by field, nothing before the click, a refusal, a too-low balance and an RPC failure.
import type { Page } from '@playwright/test';
import { findAssociatedTokenPda, TOKEN_PROGRAM_ADDRESS } from '@solana-program/token';
import { address } from '@solana/kit';
import { base58 } from '@scure/base';
import { toAtomic } from '../../lib/order-display/amounts';
import { SANDBOX_BLOCKHASH } from '../../sandbox/solana-rpc';
import { decodeLegacyTransaction } from '../unit/wallet/solana-decode';
import { expect, scanned, test, type SandboxControl } from './fixtures';
import { openPaymentScreen, paymentQr } from './orders-helper';
import { expectNoWalletOffered, expectSentThroughToCodes, recordScripts, walletSent as sent } from './wallet-helper';
import {
  installMockSolanaWallet,
  MOCK_SOLANA_PAYER,
  MOCK_SOLANA_SIGNATURE,
  MOCK_SOLANA_WALLET_NAME,
  solanaWalletRequests,
} from './wallet-mocks/solana';

// USDC on Solana, as the sandbox's /v3/payment_vias gives it (sandbox/coins.ts).
const USDC_MINT = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
const SOLANA = { coin: 'USDC', network: 'Solana' };
const TOKEN_PROGRAM = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
const ATA_PROGRAM = 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL';
const SYSTEM_PROGRAM = '11111111111111111111111111111111';
const PAY = `Pay with ${MOCK_SOLANA_WALLET_NAME}`;

async function usdcAccountOf(owner: string): Promise<string> {
  const [ata] = await findAssociatedTokenPda({ owner: address(owner), mint: address(USDC_MINT), tokenProgram: TOKEN_PROGRAM_ADDRESS });
  return ata;
}

/** A buyer of the test's own (tests run side by side on one sandbox), whose USDC account the fake RPC answers as set. */
async function buyerWith(sandbox: SandboxControl, fill: number, setting: { amount: string } | { error: number }): Promise<string> {
  const owner = base58.encode(new Uint8Array(32).fill(fill));
  await sandbox.post('/sandbox/solana/accounts', { address: await usdcAccountOf(owner), ...setting });
  return owner;
}

/** Records the page's calls to the Solana RPC proxy. */
function rpcCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/solana-rpc') calls.push(request.postData() ?? '');
  });
  return calls;
}

const signRequests = async (page: Page) => (await solanaWalletRequests(page)).filter((r) => r.feature === 'solana:signAndSendTransaction');

test.describe('pay from a Solana wallet', () => {
  test('pays a USDC order with one transferChecked after the click, and remembers the transaction', async ({ page, sandbox, axe }) => {
    await installMockSolanaWallet(page);
    const calls = rpcCalls(page);
    const { orderId, order } = await openPaymentScreen(page, sandbox.baseUrl, { payment: SOLANA });
    const pay = page.getByRole('button', { name: PAY });
    await expect(pay).toBeVisible();
    await expect(pay.locator('img')).toHaveAttribute('alt', '');
    // Discovery only: the wallet was asked nothing, and the RPC read nothing, before the click.
    expect(await solanaWalletRequests(page)).toEqual([]);
    expect(calls).toEqual([]);
    await scanned(axe);

    await pay.click();
    await expect(sent(page)).toContainText('Sent from your wallet');
    const requests = await solanaWalletRequests(page);
    expect(requests.map((r) => r.feature)).toEqual(['standard:connect', 'solana:signAndSendTransaction']);
    const [, signed] = requests;
    if (signed?.feature !== 'solana:signAndSendTransaction') throw new Error('no transaction was asked for');
    expect(signed.chain).toBe('solana:mainnet');
    expect(signed.account).toBe(MOCK_SOLANA_PAYER);
    expect(calls.map((body) => (JSON.parse(body) as { method: string }).method).sort()).toEqual([
      'getLatestBlockhash',
      'getTokenAccountBalance',
    ]);

    // The transaction, decoded with @solana/kit's own decoders.
    const { transaction, message } = decodeLegacyTransaction(Buffer.from(signed.transaction, 'base64'));
    const payerAta = await usdcAccountOf(MOCK_SOLANA_PAYER);
    const depositAta = await usdcAccountOf(order.wallet_address);
    const keys = message.staticAccounts.map(String);
    // Fee payer, and the only signer: the buyer, who signs in the wallet.
    expect(keys[0]).toBe(MOCK_SOLANA_PAYER);
    expect(Object.keys(transaction.signatures)).toEqual([MOCK_SOLANA_PAYER]);
    expect(message.lifetimeToken).toBe(SANDBOX_BLOCKHASH);
    expect(message.instructions).toHaveLength(2);
    const [create, transfer] = message.instructions;
    const accountsOf = (ix: typeof create) => (ix?.accountIndices ?? []).map((i) => keys[i]);
    // createAssociatedTokenIdempotent (data [1]): payer, the deposit address's ATA, its owner, mint, programs.
    expect(keys[create?.programAddressIndex ?? -1]).toBe(ATA_PROGRAM);
    expect(accountsOf(create)).toEqual([MOCK_SOLANA_PAYER, depositAta, order.wallet_address, USDC_MINT, SYSTEM_PROGRAM, TOKEN_PROGRAM]);
    expect(Array.from(create?.data ?? [])).toEqual([1]);
    // transferChecked (data 12, amount u64 LE, decimals): the buyer's ATA → the deposit ATA, of the order's mint.
    expect(keys[transfer?.programAddressIndex ?? -1]).toBe(TOKEN_PROGRAM);
    expect(accountsOf(transfer)).toEqual([payerAta, USDC_MINT, depositAta, MOCK_SOLANA_PAYER]);
    const amount = Buffer.alloc(8);
    amount.writeBigUInt64LE(BigInt(toAtomic(order.coin_amount, 6) ?? 'NaN'));
    expect(Array.from(transfer?.data ?? [])).toEqual([12, ...amount, 6]);

    await expect(sent(page)).toContainText(MOCK_SOLANA_SIGNATURE);
    const explorer = sent(page).getByRole('link', { name: 'View the transaction on the explorer' });
    await expect(explorer).toHaveAttribute('href', `https://solscan.io/tx/${MOCK_SOLANA_SIGNATURE}`);
    await expect(pay).toBeHidden();
    await scanned(axe);

    await expectSentThroughToCodes(page, sandbox, {
      orderId,
      txId: MOCK_SOLANA_SIGNATURE,
      explorerUrl: `https://solscan.io/tx/${MOCK_SOLANA_SIGNATURE}`,
    });
  });

  test('says so when the buyer refuses in the wallet, and keeps the QR', async ({ page, sandbox, axe }) => {
    await installMockSolanaWallet(page, { reject: 'sign' });
    await openPaymentScreen(page, sandbox.baseUrl, { payment: SOLANA });
    await page.getByRole('button', { name: PAY }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The payment was cancelled in your wallet.' })).toBeVisible();
    await expect(paymentQr(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy address' })).toBeVisible();
    await expect(sent(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: PAY })).toBeEnabled();
    await scanned(axe);
  });

  test('says the balance is too low and sends nothing', async ({ page, sandbox }) => {
    const buyer = await buyerWith(sandbox, 7, { amount: '1' });
    await installMockSolanaWallet(page, { address: buyer });
    await openPaymentScreen(page, sandbox.baseUrl, { payment: SOLANA });
    await page.getByRole('button', { name: PAY }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your wallet holds too little USDC on Solana for this payment.' }),
    ).toBeVisible();
    expect((await solanaWalletRequests(page)).map((r) => r.feature)).toEqual(['standard:connect']);
    await expect(paymentQr(page)).toBeVisible();
    await expect(sent(page)).toHaveCount(0);
  });

  test('says the network could not be reached when the RPC fails, sends nothing and keeps the QR', async ({ page, sandbox, axe }) => {
    const buyer = await buyerWith(sandbox, 9, { error: -32005 });
    await installMockSolanaWallet(page, { address: buyer });
    await openPaymentScreen(page, sandbox.baseUrl, { payment: SOLANA });
    await page.getByRole('button', { name: PAY }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The Solana network could not be reached just now.' })).toBeVisible();
    expect(await signRequests(page)).toEqual([]);
    await expect(paymentQr(page)).toBeVisible();
    await expect(page.getByRole('button', { name: PAY })).toBeEnabled();
    await scanned(axe);
  });

  test('offers no wallet button and loads no Solana wallet code when the browser has no Solana wallet', async ({ page, sandbox }) => {
    // Records that the page looked for Wallet Standard wallets (it says it is ready to hear of them).
    await page.addInitScript(() => {
      window.addEventListener('wallet-standard:app-ready', () => {
        (window as unknown as { __lookedForWallets: boolean }).__lookedForWallets = true;
      });
    });
    const scripts = recordScripts(page);
    await openPaymentScreen(page, sandbox.baseUrl, { payment: SOLANA });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __lookedForWallets?: boolean }).__lookedForWallets === true))
      .toBe(true);
    // Neither the wallet discovery nor the transaction builder was fetched.
    await expectNoWalletOffered(page, scripts, 'solana:signAndSendTransaction');
    await expectNoWalletOffered(page, scripts, ATA_PROGRAM);
  });
});
