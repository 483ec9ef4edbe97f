// A Wallet Standard wallet ("Mock Solana Wallet") for the e2e tests, registered in the page before any of its
// scripts run, the way a browser extension does it ('wallet-standard:register-wallet', and again on the app's
// 'wallet-standard:app-ready'). It records every call in window.__solanaWalletRequests (the transaction as base64)
// and answers signAndSendTransaction with a fixed fake signature; it never touches a network.
import type { Page } from '@playwright/test';
import { base58 } from '@scure/base';

export const MOCK_SOLANA_WALLET_NAME = 'Mock Solana Wallet';
/** The buyer's account in the mock wallet. */
export const MOCK_SOLANA_PAYER = '9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM';
/** The signature the mock answers with (64 bytes 1..64), as the page shows it: base58. */
export const MOCK_SOLANA_SIGNATURE_BYTES = Array.from({ length: 64 }, (_, i) => i + 1);
export const MOCK_SOLANA_SIGNATURE = base58.encode(Uint8Array.from(MOCK_SOLANA_SIGNATURE_BYTES));

export type SolanaWalletRequest =
  { feature: 'standard:connect' } | { feature: 'solana:signAndSendTransaction'; chain: string; account: string; transaction: string };

export interface MockSolanaWalletOptions {
  /** Which step the buyer refuses in the wallet (a 4001 "User rejected the request."). */
  reject?: 'connect' | 'sign';
  address?: string;
}

interface ScriptArgs {
  name: string;
  address: string;
  publicKey: number[];
  signature: number[];
  reject: 'connect' | 'sign' | null;
}

/** The init script itself: self-contained, it runs in the page (and in a unit test with a stand-in window). */
export function registerMockSolanaWallet({ name, address, publicKey, signature, reject }: ScriptArgs): void {
  const w = window as unknown as { __solanaWalletRequests: unknown[] } & Window;
  w.__solanaWalletRequests = [];
  const record = (entry: unknown) => w.__solanaWalletRequests.push(entry);
  const refusal = () => Object.assign(new Error('User rejected the request.'), { code: 4001 });
  const account = Object.freeze({
    address,
    publicKey: Uint8Array.from(publicKey),
    chains: ['solana:mainnet'],
    features: ['solana:signAndSendTransaction'],
  });
  const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  const wallet = {
    version: '1.0.0',
    name,
    icon: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAxIDEiLz4=',
    chains: ['solana:mainnet', 'solana:devnet'],
    accounts: [] as unknown[],
    features: {
      'standard:connect': {
        version: '1.0.0',
        connect: () => {
          record({ feature: 'standard:connect' });
          if (reject === 'connect') return Promise.reject(refusal());
          wallet.accounts = [account];
          return Promise.resolve({ accounts: [account] });
        },
      },
      'standard:events': { version: '1.0.0', on: () => () => undefined },
      'solana:signAndSendTransaction': {
        version: '1.0.0',
        supportedTransactionVersions: ['legacy', 0],
        signAndSendTransaction: (...inputs: { account: { address: string }; chain: string; transaction: Uint8Array }[]) => {
          for (const input of inputs) {
            record({
              feature: 'solana:signAndSendTransaction',
              chain: input.chain,
              account: input.account.address,
              transaction: toBase64(input.transaction),
            });
          }
          if (reject === 'sign') return Promise.reject(refusal());
          return Promise.resolve(inputs.map(() => ({ signature: Uint8Array.from(signature) })));
        },
      },
    },
  };
  const callback = ({ register }: { register: (wallet: unknown) => unknown }) => register(wallet);
  w.addEventListener('wallet-standard:app-ready', (event) =>
    callback((event as CustomEvent<{ register: (wallet: unknown) => unknown }>).detail),
  );
  w.dispatchEvent(new CustomEvent('wallet-standard:register-wallet', { detail: callback }));
}

export function mockSolanaWalletArgs(options: MockSolanaWalletOptions = {}): ScriptArgs {
  const address = options.address ?? MOCK_SOLANA_PAYER;
  return {
    name: MOCK_SOLANA_WALLET_NAME,
    address,
    publicKey: Array.from(base58.decode(address)),
    signature: MOCK_SOLANA_SIGNATURE_BYTES,
    reject: options.reject ?? null,
  };
}

/** Adds the mock wallet to every document the page loads from now on. */
export async function installMockSolanaWallet(page: Page, options: MockSolanaWalletOptions = {}): Promise<void> {
  await page.addInitScript(registerMockSolanaWallet, mockSolanaWalletArgs(options));
}

/** Every call the page made to the mock wallet so far. */
export function solanaWalletRequests(page: Page): Promise<SolanaWalletRequest[]> {
  return page.evaluate(() => (window as unknown as { __solanaWalletRequests?: SolanaWalletRequest[] }).__solanaWalletRequests ?? []);
}
