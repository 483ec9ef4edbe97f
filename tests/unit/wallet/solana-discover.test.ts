import { base58 } from '@scure/base';
import { getWallets } from '@wallet-standard/app';
import type { Wallet, WalletAccount } from '@wallet-standard/base';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { discoverSolanaWallets, payFromSolanaWallet } from '@/lib/wallet/solana/discover';
import { associatedTokenAccount } from '@/lib/wallet/solana/transaction';
import { WalletPayError, type DiscoveredWallet } from '@/lib/wallet/types';
import { decodeLegacyTransaction } from './solana-decode';
import { BLOCKHASH, PAYER, USDC, payment } from './solana-fixtures';

const SIGNATURE = new Uint8Array(64).fill(7);

const account: WalletAccount = { address: PAYER, publicKey: new Uint8Array(32), chains: ['solana:mainnet'], features: [] };

function fakeWallet(name: string, overrides: { signAndSend?: (...inputs: unknown[]) => Promise<unknown>; chains?: string[] } = {}) {
  const connect = vi.fn(() => Promise.resolve({ accounts: [account] }));
  const signAndSendTransaction = vi.fn(overrides.signAndSend ?? (() => Promise.resolve([{ signature: SIGNATURE }])));
  const wallet = {
    version: '1.0.0',
    name,
    icon: 'data:image/svg+xml;base64,PHN2Zy8+',
    chains: overrides.chains ?? ['solana:mainnet', 'solana:devnet'],
    accounts: [],
    features: {
      'standard:connect': { version: '1.0.0', connect },
      'solana:signAndSendTransaction': { version: '1.0.0', supportedTransactionVersions: ['legacy', 0], signAndSendTransaction },
    },
  } as unknown as Wallet;
  return { wallet, connect, signAndSendTransaction };
}

type RpcAnswers = Record<string, unknown>;

function fakeRpc(answers: RpcAnswers) {
  const calls: { url: string; body: { method: string; params: unknown[] } }[] = [];
  const fetcher = vi.fn((url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { method: string; params: unknown[] };
    calls.push({ url: String(url), body });
    const answer = answers[body.method];
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(Response.json({ jsonrpc: '2.0', id: 1, ...(answer as object) }));
  });
  return { fetcher: fetcher as unknown as typeof fetch, calls };
}

const healthy: RpcAnswers = {
  getLatestBlockhash: { result: { context: { slot: 1 }, value: { blockhash: BLOCKHASH, lastValidBlockHeight: 300 } } },
  getTokenAccountBalance: { result: { context: { slot: 1 }, value: { amount: '50750000', decimals: 6, uiAmountString: '50.75' } } },
};

async function reasonOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 'paid';
  } catch (error) {
    return error instanceof WalletPayError ? error.reason : `other: ${String(error)}`;
  }
}

describe('Solana wallet pay', () => {
  it('connects, reads blockhash and balance through our proxy, and sends the order transaction on mainnet', async () => {
    const { wallet, connect, signAndSendTransaction } = fakeWallet('Fake Phantom');
    const { fetcher, calls } = fakeRpc(healthy);
    const result = await payFromSolanaWallet(wallet, payment, fetcher);

    expect(result.txId).toBe(base58.encode(SIGNATURE));
    expect(connect).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => c.url)).toEqual(['/api/solana-rpc', '/api/solana-rpc']);
    expect(calls.map((c) => c.body.method).sort()).toEqual(['getLatestBlockhash', 'getTokenAccountBalance']);
    const balanceCall = calls.find((c) => c.body.method === 'getTokenAccountBalance');
    expect(balanceCall?.body.params[0]).toBe(await associatedTokenAccount(PAYER, USDC));

    expect(signAndSendTransaction).toHaveBeenCalledTimes(1);
    const input = signAndSendTransaction.mock.calls[0]?.[0] as { account: WalletAccount; chain: string; transaction: Uint8Array };
    expect(input.account).toBe(account);
    expect(input.chain).toBe('solana:mainnet');
    const { message } = decodeLegacyTransaction(input.transaction);
    expect(message.lifetimeToken).toBe(BLOCKHASH);
    expect(message.staticAccounts[0]).toBe(PAYER);
    expect(Array.from(message.instructions[1]?.data ?? []).slice(0, 1)).toEqual([12]);
  });

  it('says the balance is too low (or the token account missing) before asking the wallet to sign', async () => {
    const low = fakeWallet('Low');
    const short = { ...healthy, getTokenAccountBalance: { result: { value: { amount: '50749999', decimals: 6 } } } };
    expect(await reasonOf(payFromSolanaWallet(low.wallet, payment, fakeRpc(short).fetcher))).toBe('insufficient_balance');
    const none = { ...healthy, getTokenAccountBalance: { error: { code: -32602, message: 'could not find account' } } };
    expect(await reasonOf(payFromSolanaWallet(low.wallet, payment, fakeRpc(none).fetcher))).toBe('insufficient_balance');
    expect(low.signAndSendTransaction).not.toHaveBeenCalled();
  });

  it('maps a refusal in the wallet to rejected, and a failing RPC to rpc', async () => {
    const byCode = fakeWallet('Code', { signAndSend: () => Promise.reject(Object.assign(new Error('nope'), { code: 4001 })) });
    expect(await reasonOf(payFromSolanaWallet(byCode.wallet, payment, fakeRpc(healthy).fetcher))).toBe('rejected');
    const byText = fakeWallet('Text', { signAndSend: () => Promise.reject(new Error('User rejected the request.')) });
    expect(await reasonOf(payFromSolanaWallet(byText.wallet, payment, fakeRpc(healthy).fetcher))).toBe('rejected');
    const broken = fakeWallet('Broken', { signAndSend: () => Promise.reject(new Error('boom')) });
    expect(await reasonOf(payFromSolanaWallet(broken.wallet, payment, fakeRpc(healthy).fetcher))).toBe('failed');

    const rpcDown = fakeWallet('RpcDown');
    const down = { ...healthy, getLatestBlockhash: new TypeError('fetch failed') };
    expect(await reasonOf(payFromSolanaWallet(rpcDown.wallet, payment, fakeRpc(down).fetcher))).toBe('rpc');
    const proxyError = { ...healthy, getLatestBlockhash: { error: { code: -32000, message: 'upstream' } } };
    expect(await reasonOf(payFromSolanaWallet(rpcDown.wallet, payment, fakeRpc(proxyError).fetcher))).toBe('rpc');
    expect(rpcDown.signAndSendTransaction).not.toHaveBeenCalled();
  });

  it('offers every registered wallet that can sign and send on Solana mainnet, and follows register/unregister', () => {
    const lists: string[][] = [];
    const stop = discoverSolanaWallets((wallets: DiscoveredWallet[]) => lists.push(wallets.map((w) => w.name)));
    expect(lists).toEqual([[]]);
    const registry = getWallets();
    const unregisterA = registry.register(fakeWallet('Wallet A').wallet);
    registry.register(fakeWallet('Devnet only', { chains: ['solana:devnet'] }).wallet);
    const evmOnly = fakeWallet('EVM only').wallet as unknown as { features: Record<string, unknown> };
    delete evmOnly.features['solana:signAndSendTransaction'];
    registry.register(evmOnly as unknown as Wallet);
    registry.register(fakeWallet('Wallet B').wallet);
    unregisterA();
    expect(lists).toEqual([[], ['Wallet A'], ['Wallet A', 'Wallet B'], ['Wallet B']]);
    stop();
    registry.register(fakeWallet('After stop').wallet);
    expect(lists).toHaveLength(4);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});
