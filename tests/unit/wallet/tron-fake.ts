// A fake TronLink (window.tronLink + tronWeb) for the unit tests: records every call, in order, and answers as told.
import type { TronLinkLike, TronWebLike, TronWindow } from '@/lib/wallet/tron/tronweb';
import { TRON_MAINNET_GENESIS } from '@/lib/wallet/tron/pay';

export const OWNER = 'TMVQGm1qAQYVdetCeGRRkTWYYrLXuHK2HC';
export const USDT = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';
export const DEPOSIT = 'TQKLs3GzCNLjzyCvaPWSrqcpUGUhadxm7P';
export const NILE_GENESIS = '0000000000000000d698d4192c56cb6be724a558448e2684802de4d6cd8690dc';

export interface FakeOptions {
  connect?: unknown;
  connectThrows?: unknown;
  genesis?: string;
  balance?: bigint;
  signThrows?: unknown;
  broadcast?: Record<string, unknown>;
  /** No window.tronLink, only an older TronLink's window.tronWeb. */
  tronWebOnly?: boolean;
}

export interface Call {
  method: string;
  args: unknown[];
}

export function fakeTronLink(options: FakeOptions = {}): { win: TronWindow; calls: Call[] } {
  const calls: Call[] = [];
  const record = (method: string, args: unknown[]) => calls.push({ method, args: structuredClone(args) });
  const transaction = { txID: 'ab'.repeat(32), raw_data: { contract: [] } };
  const tronWeb: TronWebLike = {
    ready: true,
    defaultAddress: { base58: OWNER, hex: '41' },
    transactionBuilder: {
      triggerConstantContract: (...args) => {
        record('triggerConstantContract', args);
        const balance = (options.balance ?? 10n ** 12n).toString(16).padStart(64, '0');
        return Promise.resolve({ result: { result: true }, constant_result: [balance] });
      },
      triggerSmartContract: (...args) => {
        record('triggerSmartContract', args);
        return Promise.resolve({ result: { result: true }, transaction });
      },
    },
    trx: {
      getBlockByNumber: (...args) => {
        record('getBlockByNumber', args);
        return Promise.resolve({ blockID: options.genesis ?? TRON_MAINNET_GENESIS });
      },
      sign: (...args) => {
        record('sign', args);
        if (options.signThrows !== undefined) return Promise.reject(options.signThrows);
        return Promise.resolve({ ...transaction, signature: ['5ig'] });
      },
      sendRawTransaction: (...args) => {
        record('sendRawTransaction', args);
        return Promise.resolve(options.broadcast ?? { result: true, txid: transaction.txID, transaction });
      },
    },
  };
  const tronLink: TronLinkLike = {
    ready: true,
    tronWeb,
    request: (...args) => {
      record('tronLink.request', args);
      if (options.connectThrows !== undefined) return Promise.reject(options.connectThrows);
      return Promise.resolve(options.connect ?? { code: 200, message: 'User allowed the request.' });
    },
  };
  return { win: options.tronWebOnly ? { tronWeb } : { tronLink, tronWeb }, calls };
}

/** The one triggerSmartContract call a payment of `atomicAmount` to DEPOSIT in USDT must make, fee limit 100 TRX. */
export const transferCall = (atomicAmount: string, owner: string) => [
  USDT,
  'transfer(address,uint256)',
  { feeLimit: 100_000_000 },
  [
    { type: 'address', value: DEPOSIT },
    { type: 'uint256', value: atomicAmount },
  ],
  owner,
];
