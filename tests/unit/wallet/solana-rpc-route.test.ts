import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/log';
import { POST, GET } from '@/app/api/solana-rpc/route';
import { parseSolanaRpcConfig, solanaWalletPayEnabled } from '@/lib/wallet/solana/server/config';

const BLOCKHASH = 'EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N';
const ATA = 'ByETFXskrneGpgXCJyxiDD21Drs2zEfNbPpftTmdpatK';
const SECRET_KEY = 'partner-secret-api-key-123';
// The proxy's timeout is the upstream one (read once per process): short, for the RPC that never answers.
process.env.UPSTREAM_TIMEOUT_MS = '500';

type Reply = { status?: number; body: unknown } | 'hang';
let reply: (method: string) => Reply;
const received: { url: string; body: { jsonrpc: string; method: string; params: unknown[] } }[] = [];
let server: Server;
let rpcUrl: string;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => resolve(text));
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const body = JSON.parse(text) as (typeof received)[number]['body'];
      received.push({ url: req.url ?? '', body });
      const answer = reply(body.method);
      if (answer === 'hang') return; // never answers: the proxy's timeout must end it
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  rpcUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rpc?api-key=${SECRET_KEY}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

beforeEach(() => {
  process.env.SOLANA_RPC_URL = rpcUrl;
  (globalThis as { __sharedStore?: unknown }).__sharedStore = undefined;
  received.length = 0;
  reply = (method) =>
    method === 'getLatestBlockhash'
      ? {
          body: {
            jsonrpc: '2.0',
            id: 1,
            result: { context: { slot: 5, apiVersion: '2.2.0' }, value: { blockhash: BLOCKHASH, lastValidBlockHeight: 300 } },
          },
        }
      : {
          body: {
            jsonrpc: '2.0',
            id: 1,
            result: { context: { slot: 5 }, value: { amount: '50750000', decimals: 6, uiAmount: 50.75, uiAmountString: '50.75' } },
          },
        };
});

let clientNumber = 0;
function rpc(body: unknown, headers: Record<string, string> = {}) {
  clientNumber += 1;
  return POST(
    new Request('http://store.test/api/solana-rpc', {
      method: 'POST',
      headers: {
        origin: 'http://store.test',
        'content-type': 'application/json',
        'x-forwarded-for': `198.51.100.${clientNumber}`,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

/** Every answer must be free of the RPC's URL and key. */
async function read(response: Response): Promise<{ status: number; body: Record<string, unknown> }> {
  const text = await response.text();
  expect(text).not.toContain(SECRET_KEY);
  expect(text).not.toContain('127.0.0.1');
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

const blockhashRequest = { jsonrpc: '2.0', id: 7, method: 'getLatestBlockhash', params: [{ commitment: 'confirmed' }] };

describe('POST /api/solana-rpc', () => {
  it('forwards getLatestBlockhash to SOLANA_RPC_URL and answers only the fields the payment reads', async () => {
    const { status, body } = await read(await rpc(blockhashRequest));
    expect(status).toBe(200);
    expect(body).toEqual({
      jsonrpc: '2.0',
      id: 7,
      result: { context: { slot: 5 }, value: { blockhash: BLOCKHASH, lastValidBlockHeight: 300 } },
    });
    expect(received).toEqual([
      {
        url: `/rpc?api-key=${SECRET_KEY}`,
        body: { jsonrpc: '2.0', id: 1, method: 'getLatestBlockhash', params: [{ commitment: 'confirmed' }] },
      },
    ]);
  });

  it('forwards getTokenAccountBalance of one address, and passes on only the code of an RPC error', async () => {
    const ok = await read(
      await rpc({ jsonrpc: '2.0', id: 1, method: 'getTokenAccountBalance', params: [ATA, { commitment: 'confirmed' }] }),
    );
    expect(ok.body.result).toEqual({ context: { slot: 5 }, value: { amount: '50750000', decimals: 6, uiAmountString: '50.75' } });
    expect(received[0]?.body.params).toEqual([ATA, { commitment: 'confirmed' }]);

    reply = () => ({
      body: { jsonrpc: '2.0', id: 1, error: { code: -32602, message: `Invalid param: could not find account (${rpcUrl})` } },
    });
    const missing = await read(await rpc({ jsonrpc: '2.0', id: 2, method: 'getTokenAccountBalance', params: [ATA] }));
    expect(missing.status).toBe(200);
    expect(missing.body).toEqual({ jsonrpc: '2.0', id: 2, error: { code: -32602, message: 'The Solana RPC refused this request.' } });
  });

  it('refuses every other method, and bad params, without calling the RPC', async () => {
    for (const method of ['sendTransaction', 'getBalance', 'requestAirdrop', 'getAccountInfo', '__proto__', 'constructor']) {
      const { status, body } = await read(await rpc({ jsonrpc: '2.0', id: 1, method, params: [] }));
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'RPC_METHOD_NOT_ALLOWED' });
    }
    const bad = [
      { jsonrpc: '2.0', id: 1, method: 'getTokenAccountBalance', params: ['not an address!'] },
      { jsonrpc: '2.0', id: 1, method: 'getTokenAccountBalance', params: [] },
      { jsonrpc: '2.0', id: 1, method: 'getLatestBlockhash', params: [{ commitment: 'confirmed', extra: 1 }] },
      [blockhashRequest, blockhashRequest],
      { ...blockhashRequest, jsonrpc: '1.0' },
      'not json',
    ];
    for (const body of bad) expect((await read(await rpc(body))).status).toBe(400);
    expect(received).toEqual([]);
  });

  it('refuses another site (403) and a non-JSON body (415), and answers other methods with 405', async () => {
    expect((await read(await rpc(blockhashRequest, { origin: 'https://evil.test' }))).status).toBe(403);
    expect((await read(await rpc(blockhashRequest, { 'content-type': 'text/plain' }))).status).toBe(415);
    expect(GET().status).toBe(405);
    expect(received).toEqual([]);
  });

  it('is rate-limited per client: the 31st request in a minute is a 429 with Retry-After', async () => {
    const sameClient = { 'x-forwarded-for': '203.0.113.99' };
    const statuses = [];
    for (let i = 0; i < 31; i++) statuses.push((await rpc({ jsonrpc: '2.0', id: i, method: 'getBalance' }, sameClient)).status);
    expect(statuses.slice(0, 30).every((status) => status === 400)).toBe(true);
    const limited = await rpc(blockhashRequest, sameClient);
    expect(statuses[30]).toBe(429);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(received).toEqual([]);
  });

  it('is a 404 with the JSON error shape when SOLANA_RPC_URL is unset, and the page offers no Solana wallets', async () => {
    expect(solanaWalletPayEnabled()).toBe(true);
    process.env.SOLANA_RPC_URL = '';
    expect(solanaWalletPayEnabled()).toBe(false);
    const { status, body } = await read(await rpc(blockhashRequest));
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'SOLANA_RPC_NOT_CONFIGURED', message: expect.any(String) as string } });
  });

  it('answers 502/504 without the URL when the RPC fails, errs or does not answer in time, and logs no URL', async () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
    reply = () => ({ status: 401, body: { message: `bad key ${SECRET_KEY}` } });
    expect(await read(await rpc(blockhashRequest))).toMatchObject({ status: 502, body: { error: { code: 'SOLANA_RPC_FAILED' } } });
    reply = () => ({ body: { jsonrpc: '2.0', id: 1, result: { value: { blockhash: 'x' } } } });
    expect(await read(await rpc(blockhashRequest))).toMatchObject({ status: 502, body: { error: { code: 'SOLANA_RPC_FAILED' } } });
    reply = () => 'hang';
    expect(await read(await rpc(blockhashRequest))).toMatchObject({ status: 504, body: { error: { code: 'SOLANA_RPC_TIMEOUT' } } });
    process.env.SOLANA_RPC_URL = 'http://127.0.0.1:1/closed';
    expect(await read(await rpc(blockhashRequest))).toMatchObject({ status: 502, body: { error: { code: 'SOLANA_RPC_FAILED' } } });
    expect(warn).toHaveBeenCalledTimes(4);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/api-key|127\.0\.0\.1|partner-secret/);
    warn.mockRestore();
  });

  it('accepts only an https URL (http only to this machine)', () => {
    expect(parseSolanaRpcConfig({ SOLANA_RPC_URL: 'https://rpc.example.com/?api-key=1' }).url).toBe('https://rpc.example.com/?api-key=1');
    expect(parseSolanaRpcConfig({ SOLANA_RPC_URL: 'http://127.0.0.1:8899' }).url).toBe('http://127.0.0.1:8899');
    expect(parseSolanaRpcConfig({}).url).toBeUndefined();
    expect(() => parseSolanaRpcConfig({ SOLANA_RPC_URL: 'http://rpc.example.com' })).toThrow(/SOLANA_RPC_URL: must be an https/);
    expect(() => parseSolanaRpcConfig({ SOLANA_RPC_URL: 'wss://rpc.example.com' })).toThrow(/SOLANA_RPC_URL/);
    expect(() => parseSolanaRpcConfig({ SOLANA_RPC_URL: 'rpc.example.com' })).toThrow(/SOLANA_RPC_URL/);
  });
});
