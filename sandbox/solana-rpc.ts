// A fake Solana JSON-RPC for the storefront's wallet payment (SOLANA_RPC_URL → POST /solana/rpc): the two reads a
// payment makes, answered with fixed values and no network. getLatestBlockhash gives one blockhash that no Solana
// cluster has (a transaction signed with it is refused by mainnet); getTokenAccountBalance gives every token account
// 1,000,000 tokens (6 decimals) unless a test set it otherwise with POST /sandbox/solana/accounts, keyed by the token
// account, so tests running side by side each own their buyer's account:
//   {"address": "<token account>", "amount": "1"}     → that balance (atomic units)
//   {"address": "<token account>", "missing": true}   → the RPC's "could not find account" (-32602)
//   {"address": "<token account>", "error": -32005}   → a JSON-RPC error with that code (the RPC failing)
// DELETE /sandbox/solana/accounts (and /sandbox/reset) forgets them.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { base58 } from './addresses';
import { readBody, readJson, sendJson, type Router } from './http';

/** A fixed, valid-looking blockhash (32 bytes), the same on every run. */
export const SANDBOX_BLOCKHASH = base58(createHash('sha256').update('cryptorefills-sandbox-blockhash').digest());
export const SANDBOX_SLOT = 1_000_000;
export const SANDBOX_LAST_VALID_BLOCK_HEIGHT = 1_000_150;
/** 1,000,000.000000 of a 6-decimal token: more than every sandbox order costs. */
export const SANDBOX_TOKEN_BALANCE = '1000000000000';
const DECIMALS = 6;

export type SolanaAccountSetting = { amount: string } | { missing: true } | { error: number };

const Address = z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/, 'must be a base58 address');

const AccountBody = z.union([
  z.object({ address: Address, amount: z.string().regex(/^\d{1,20}$/, 'must be atomic units (digits)') }).strict(),
  z.object({ address: Address, missing: z.literal(true) }).strict(),
  z
    .object({
      address: Address,
      error: z
        .number()
        .int()
        .min(-32768)
        .max(-32000)
        .refine((code) => code !== -32602, 'use "missing" for -32602'),
    })
    .strict(),
]);

const Request = z.object({
  jsonrpc: z.literal('2.0'),
  id: z.union([z.number(), z.string()]),
  method: z.string(),
  params: z.array(z.unknown()).optional(),
});

function toUi(amount: string): string {
  const padded = amount.padStart(DECIMALS + 1, '0');
  const whole = padded.slice(0, -DECIMALS);
  const fraction = padded.slice(-DECIMALS).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

function answer(accounts: Map<string, SolanaAccountSetting>, method: string, params: unknown[]) {
  const context = { apiVersion: '2.2.0', slot: SANDBOX_SLOT };
  if (method === 'getLatestBlockhash') {
    return { result: { context, value: { blockhash: SANDBOX_BLOCKHASH, lastValidBlockHeight: SANDBOX_LAST_VALID_BLOCK_HEIGHT } } };
  }
  if (method === 'getTokenAccountBalance') {
    const address = Address.safeParse(params[0]);
    if (!address.success) return { error: { code: -32602, message: 'Invalid param: WrongSize' } };
    const setting = accounts.get(address.data) ?? { amount: SANDBOX_TOKEN_BALANCE };
    if ('missing' in setting) return { error: { code: -32602, message: 'Invalid param: could not find account' } };
    if ('error' in setting) return { error: { code: setting.error, message: 'Sandbox: the RPC failed on purpose.' } };
    const { amount } = setting;
    return { result: { context, value: { amount, decimals: DECIMALS, uiAmount: Number(toUi(amount)), uiAmountString: toUi(amount) } } };
  }
  return { error: { code: -32601, message: 'Method not found' } };
}

export function solanaRpcRoutes(router: Router, accounts: Map<string, SolanaAccountSetting>): void {
  router.on('POST', '/solana/rpc', async ({ req, res }) => {
    const request = Request.safeParse(await readJson(req));
    if (!request.success) {
      sendJson(res, 200, { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid request' } });
      return;
    }
    const { id, method, params = [] } = request.data;
    sendJson(res, 200, { jsonrpc: '2.0', id, ...answer(accounts, method, params) });
  });

  router.on('POST', '/sandbox/solana/accounts', async ({ req, res }) => {
    const { address, ...setting } = await readBody(req, AccountBody);
    accounts.set(address, setting);
    sendJson(res, 200, { accounts: Object.fromEntries(accounts) });
  });
  router.on('DELETE', '/sandbox/solana/accounts', ({ res }) => {
    accounts.clear();
    sendJson(res, 200, { accounts: {} });
  });
}
