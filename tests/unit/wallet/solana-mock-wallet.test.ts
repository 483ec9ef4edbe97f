// The e2e mock Solana wallet (tests/e2e/wallet-mocks/solana.ts), run against a stand-in window: it registers
// through the Wallet Standard's own protocol, discoverSolanaWallets finds it, and what it records of a payment
// decodes to the order's transaction.
import { base58 } from '@scure/base';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DiscoveredWallet, WalletPayment } from '@/lib/wallet/types';
import {
  MOCK_SOLANA_PAYER,
  MOCK_SOLANA_SIGNATURE,
  MOCK_SOLANA_WALLET_NAME,
  mockSolanaWalletArgs,
  registerMockSolanaWallet,
  type SolanaWalletRequest,
} from '../../e2e/wallet-mocks/solana';
import { decodeLegacyTransaction } from './solana-decode';
import { USDC, DEPOSIT, BLOCKHASH } from './solana-fixtures';

const page = new EventTarget() as EventTarget & { __solanaWalletRequests?: SolanaWalletRequest[] };

beforeAll(() => {
  vi.stubGlobal('window', page);
  // The wallet loads before the page's scripts (an init script): the app's 'app-ready' must pick it up.
  registerMockSolanaWallet(mockSolanaWalletArgs());
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const { method } = JSON.parse(String(init.body)) as { method: string };
      const value =
        method === 'getLatestBlockhash' ? { blockhash: BLOCKHASH, lastValidBlockHeight: 10 } : { amount: '1000000000', decimals: 6 };
      return Promise.resolve(Response.json({ jsonrpc: '2.0', id: 1, result: { context: { slot: 1 }, value } }));
    }),
  );
});

describe('the e2e mock Solana wallet', () => {
  it('is discovered, records the connect and the transaction (base64 of the wire bytes), and answers its signature', async () => {
    vi.resetModules();
    const { discoverSolanaWallets } = await import('@/lib/wallet/solana/discover');
    let wallets: DiscoveredWallet[] = [];
    const stop = discoverSolanaWallets((list) => (wallets = list));
    expect(wallets.map((w) => w.name)).toEqual([MOCK_SOLANA_WALLET_NAME]);

    const payment: WalletPayment = {
      family: 'solana',
      coin: 'USDC',
      network: 'Solana',
      recipient: DEPOSIT,
      atomicAmount: '1500000',
      decimals: 6,
      token: USDC,
    };
    const { txId } = await wallets[0]!.pay(payment);
    stop();
    expect(txId).toBe(MOCK_SOLANA_SIGNATURE);
    expect(base58.decode(txId)).toHaveLength(64);

    const requests = page.__solanaWalletRequests ?? [];
    expect(requests.map((r) => r.feature)).toEqual(['standard:connect', 'solana:signAndSendTransaction']);
    const sent = requests[1] as Extract<SolanaWalletRequest, { feature: 'solana:signAndSendTransaction' }>;
    expect(sent.chain).toBe('solana:mainnet');
    expect(sent.account).toBe(MOCK_SOLANA_PAYER);
    const { message } = decodeLegacyTransaction(Uint8Array.from(Buffer.from(sent.transaction, 'base64')));
    expect(message.staticAccounts[0]).toBe(MOCK_SOLANA_PAYER);
    expect(message.lifetimeToken).toBe(BLOCKHASH);
    const transfer = message.instructions[1];
    expect(Buffer.from(transfer?.data ?? []).readBigUInt64LE(1)).toBe(1_500_000n);
  });
});
