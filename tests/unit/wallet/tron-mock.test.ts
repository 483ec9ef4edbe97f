// The Playwright TronLink mock (tests/e2e/wallet-mocks/tron.ts) speaks what lib/wallet/tron expects: run it against a
// stand-in window and pay through the real discovery, so the e2e specs built on it test the real flow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discoverTronWallets } from '@/lib/wallet/tron/discover';
import type { DiscoveredWallet, WalletPayment } from '@/lib/wallet/types';
import { TRON_MOCK_OWNER, TRON_MOCK_TXID, tronLinkMock, type TronMockOptions } from '../../e2e/wallet-mocks/tron';
import { DEPOSIT, transferCall, USDT } from './tron-fake';

const payment: WalletPayment = {
  family: 'tron',
  coin: 'USDT',
  network: 'Tron',
  recipient: DEPOSIT,
  atomicAmount: '25375000',
  decimals: 6,
  token: USDT,
};

function mockedWallet(options: TronMockOptions): DiscoveredWallet {
  vi.stubGlobal('window', new EventTarget());
  tronLinkMock(options);
  let found: DiscoveredWallet | undefined;
  discoverTronWallets((wallets) => (found = wallets[0]))();
  if (!found) throw new Error('the mock TronLink was not discovered');
  return found;
}

const requests = () => (window.__tronWalletRequests ?? []).map((r) => r.method);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the e2e TronLink mock', () => {
  it('is discovered, records the one transfer and answers with its txid', async () => {
    await expect(mockedWallet({}).pay(payment)).resolves.toEqual({ txId: TRON_MOCK_TXID });
    expect(requests()).toEqual([
      'tron_requestAccounts',
      'getBlockByNumber',
      'triggerConstantContract',
      'triggerSmartContract',
      'sign',
      'sendRawTransaction',
    ]);
    expect(window.__tronWalletRequests?.[3]?.args).toEqual(transferCall('25375000', TRON_MOCK_OWNER));
  });

  it.each([
    [{ connect: 'reject' }, 'rejected', 1],
    [{ connect: 'locked' }, 'failed', 1],
    [{ network: 'nile' }, 'wrong_chain', 2],
    [{ balance: '25374999' }, 'insufficient_balance', 3],
    [{ sign: 'reject' }, 'rejected', 5],
  ] as const)('%o → %s after %i requests, nothing broadcast', async (options, reason, count) => {
    await expect(mockedWallet(options).pay(payment)).rejects.toMatchObject({ reason });
    expect(requests()).toHaveLength(count);
    expect(requests()).not.toContain('sendRawTransaction');
  });
});
