// Steps the wallet specs (wallet-evm, wallet-solana, wallet-tron) share: the "Sent from your wallet" notice carried
// through to the codes and a reload, and the proof that a family's wallet code was never fetched.
import type { Locator, Page } from '@playwright/test';
import { expect, type SandboxControl } from './fixtures';

/** "Sent from your wallet", once a wallet sent the payment (components/order/wallet-pay/wallet-sent.tsx). */
export const walletSent = (page: Page): Locator => page.getByTestId('wallet-sent');

/**
 * After "Sent from your wallet" showed `txId`: the mock wallet's "payment" reaches the order through the sandbox, the
 * page follows it to the codes with the notice still there, and a reload keeps the notice and its explorer link.
 */
export async function expectSentThroughToCodes(
  page: Page,
  sandbox: SandboxControl,
  { orderId, txId, explorerUrl }: { orderId: string; txId: string; explorerUrl: string },
): Promise<void> {
  const explorer = walletSent(page).getByRole('link', { name: 'View the transaction on the explorer' });
  await sandbox.post(`/sandbox/orders/${orderId}/pay`);
  await expect(page.getByRole('region', { name: 'Your codes' })).toBeVisible();
  await expect(walletSent(page)).toContainText(txId);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Your codes' })).toBeVisible();
  await expect(walletSent(page)).toContainText('Sent from your wallet');
  await expect(walletSent(page)).toContainText(txId);
  await expect(explorer).toHaveAttribute('href', explorerUrl);
}

/** Records the URL of every script the page fetches from now on. */
export function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return scripts;
}

/**
 * Once the page looked for wallets and found none: no "Pay with" button, the copy buttons as ever, and none of
 * `scripts` holds `marker` (a string only that family's wallet code has), so its code was never fetched.
 */
export async function expectNoWalletOffered(page: Page, scripts: string[], marker: string): Promise<void> {
  await expect(page.getByRole('button', { name: /^Pay with / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy amount' })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text();
    expect(body.includes(marker), url).toBe(false);
  }
}
