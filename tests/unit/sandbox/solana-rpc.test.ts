import { isBlockhash } from '@solana/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_BLOCKHASH, SANDBOX_TOKEN_BALANCE } from '../../../sandbox/solana-rpc';
import { startSandbox, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startSandbox();
});
afterAll(() => h.close());

const ACCOUNT = 'ByETFXskrneGpgXCJyxiDD21Drs2zEfNbPpftTmdpatK';
const rpc = (method: string, params: unknown[] = []) =>
  h.json<Record<string, unknown>>(h.post('/solana/rpc', { jsonrpc: '2.0', id: 7, method, params }));
const balance = () => rpc('getTokenAccountBalance', [ACCOUNT, { commitment: 'confirmed' }]);

describe('the sandbox Solana RPC', () => {
  it('answers getLatestBlockhash with one fixed blockhash', async () => {
    const first = await rpc('getLatestBlockhash', [{ commitment: 'confirmed' }]);
    expect(first).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: {
        context: { apiVersion: '2.2.0', slot: 1_000_000 },
        value: { blockhash: SANDBOX_BLOCKHASH, lastValidBlockHeight: 1_000_150 },
      },
    });
    expect(isBlockhash(SANDBOX_BLOCKHASH)).toBe(true);
    expect(await rpc('getLatestBlockhash')).toEqual(first);
  });

  it('funds every token account, unless a control sets its balance, its absence or an error', async () => {
    expect(await balance()).toMatchObject({
      result: { value: { amount: SANDBOX_TOKEN_BALANCE, decimals: 6, uiAmount: 1_000_000, uiAmountString: '1000000' } },
    });
    expect((await h.post('/sandbox/solana/accounts', { address: ACCOUNT, amount: '1500' })).status).toBe(200);
    expect(await balance()).toMatchObject({ result: { value: { amount: '1500', decimals: 6, uiAmountString: '0.0015' } } });
    await h.post('/sandbox/solana/accounts', { address: ACCOUNT, missing: true });
    expect(await balance()).toMatchObject({ error: { code: -32602 } });
    await h.post('/sandbox/solana/accounts', { address: ACCOUNT, error: -32005 });
    expect(await balance()).toMatchObject({ id: 7, error: { code: -32005 } });
    // Another account is untouched.
    expect(await rpc('getTokenAccountBalance', ['GvpCiTgq9dmEeojCDBivoLoZqc4AjxB5M8JEHbBtdx4W'])).toMatchObject({
      result: { value: { amount: SANDBOX_TOKEN_BALANCE } },
    });
    await fetch(`${h.base}/sandbox/solana/accounts`, { method: 'DELETE' });
    expect(await balance()).toMatchObject({ result: { value: { amount: SANDBOX_TOKEN_BALANCE } } });
    await h.post('/sandbox/solana/accounts', { address: ACCOUNT, amount: '1' });
    await h.post('/sandbox/reset');
    expect(await balance()).toMatchObject({ result: { value: { amount: SANDBOX_TOKEN_BALANCE } } });
  });

  it('refuses other methods and bad control bodies', async () => {
    expect(await rpc('sendTransaction', ['AAAA'])).toMatchObject({ error: { code: -32601 } });
    expect((await h.post('/sandbox/solana/accounts', { address: ACCOUNT, amount: '-1' })).status).toBe(400);
    expect((await h.post('/sandbox/solana/accounts', { address: 'nope', amount: '1' })).status).toBe(400);
    expect((await h.post('/sandbox/solana/accounts', { address: ACCOUNT, amount: '1', error: -32005 })).status).toBe(400);
  });
});
