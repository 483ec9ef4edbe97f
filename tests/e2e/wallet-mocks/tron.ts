// A mock TronLink for Playwright: window.tronLink and window.tronWeb as the extension injects them, answering as the
// test says and recording every call, in order, in window.__tronWalletRequests. No network: the "node" answers
// (genesis block, balanceOf, the built transaction, the broadcast) are made up here.
//
//   await addTronLinkMock(page, { balance: '100000000' });
//   … click "Pay with TronLink" …
//   expect(await tronWalletRequests(page)).toContainEqual({ method: 'triggerSmartContract', args: [...] });
import type { Page } from '@playwright/test';

export interface TronMockOptions {
  /** The answer to tron_requestAccounts: {code: 200}, {code: 4001} or '' (a locked TronLink). Default 'approve'. */
  connect?: 'approve' | 'reject' | 'locked';
  /** Whether the buyer signs in the TronLink popup. Default 'approve'. */
  sign?: 'approve' | 'reject';
  /** balanceOf(owner) of any token, in atomic units. Default 1,000,000 USDT. */
  balance?: string;
  /** The network TronLink is on, told by the genesis block. Default 'mainnet'. */
  network?: 'mainnet' | 'nile';
  /** The buyer's account. */
  owner?: string;
  /** The id of the broadcast transaction. */
  txId?: string;
  /** Inject after the page's scripts ran (DOMContentLoaded) and fire 'tronLink#initialized', as TronLink may. */
  injectLate?: boolean;
}

export interface TronMockRequest {
  /** 'tron_requestAccounts', 'getBlockByNumber', 'triggerConstantContract', 'triggerSmartContract', 'sign', 'sendRawTransaction'. */
  method: string;
  args: unknown[];
}

declare global {
  interface Window {
    __tronWalletRequests?: TronMockRequest[];
  }
}

export const TRON_MOCK_OWNER = 'TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC';
export const TRON_MOCK_TXID = '5e7d'.repeat(16);

/** Runs in the page (page.addInitScript serialises it): self-contained, no outer references. */
export function tronLinkMock(options: TronMockOptions = {}): void {
  const genesis = {
    mainnet: '00000000000000001ebf88508a03865c71d452e25f4d51194196a1d22b6653dc',
    nile: '0000000000000000d698d4192c56cb6be724a558448e2684802de4d6cd8690dc',
  };
  const owner = options.owner ?? 'TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC';
  const txId = options.txId ?? '5e7d'.repeat(16);
  const requests: TronMockRequest[] = [];
  window.__tronWalletRequests = requests;
  const record = (method: string, args: unknown[]) => {
    requests.push({ method, args: JSON.parse(JSON.stringify(args)) as unknown[] });
  };
  const defaultAddress: { base58: string | false; hex: string | false } = { base58: false, hex: false };

  const tronWeb = {
    ready: false,
    defaultAddress,
    transactionBuilder: {
      triggerConstantContract(...args: unknown[]) {
        record('triggerConstantContract', args);
        const balance = BigInt(options.balance ?? '1000000000000');
        return Promise.resolve({ result: { result: true }, constant_result: [balance.toString(16).padStart(64, '0')] });
      },
      triggerSmartContract(...args: unknown[]) {
        record('triggerSmartContract', args);
        const feeLimit = (args[2] as { feeLimit?: number } | undefined)?.feeLimit;
        return Promise.resolve({
          result: { result: true },
          transaction: { txID: txId, visible: false, raw_data: { fee_limit: feeLimit }, raw_data_hex: '' },
        });
      },
    },
    trx: {
      getBlockByNumber(...args: unknown[]) {
        record('getBlockByNumber', args);
        return Promise.resolve({ blockID: genesis[options.network ?? 'mainnet'] });
      },
      sign(...args: unknown[]) {
        record('sign', args);
        // TronLink rejects with a bare string when the buyer declines.
        if (options.sign === 'reject') return Promise.reject('Confirmation declined by user');
        const transaction = (args[0] ?? {}) as Record<string, unknown>;
        return Promise.resolve({ ...transaction, signature: ['mock-signature'] });
      },
      sendRawTransaction(...args: unknown[]) {
        record('sendRawTransaction', args);
        return Promise.resolve({ result: true, txid: txId, transaction: args[0] });
      },
    },
  };

  const tronLink = {
    ready: false,
    tronWeb,
    request(...args: unknown[]) {
      record((args[0] as { method?: string } | undefined)?.method ?? 'request', args);
      if (options.connect === 'reject') return Promise.resolve({ code: 4001, message: 'User rejected the request' });
      if (options.connect === 'locked') return Promise.resolve('');
      defaultAddress.base58 = owner;
      defaultAddress.hex = '41';
      tronWeb.ready = true;
      tronLink.ready = true;
      return Promise.resolve({ code: 200, message: 'User allowed the request.' });
    },
  };

  const inject = () => {
    Object.assign(window, { tronLink, tronWeb });
    window.dispatchEvent(new Event('tronLink#initialized'));
  };
  if (options.injectLate) document.addEventListener('DOMContentLoaded', inject, { once: true });
  else inject();
}

export async function addTronLinkMock(page: Page, options: TronMockOptions = {}): Promise<void> {
  await page.addInitScript(tronLinkMock, options);
}

/** Every call the page made to the mock TronLink, in order. */
export function tronWalletRequests(page: Page): Promise<TronMockRequest[]> {
  return page.evaluate(() => window.__tronWalletRequests ?? []);
}
