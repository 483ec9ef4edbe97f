// POST /api/solana-rpc: the two Solana reads a wallet payment needs (getLatestBlockhash, getTokenAccountBalance),
// forwarded to the partner's SOLANA_RPC_URL so that its key never reaches the browser. Same-origin JSON only,
// rate-limited per client, one JSON-RPC 2.0 request whose method and params are checked; anything else is refused
// before the RPC is called. Answers carry only the fields the payment reads: never the URL, nor the RPC's own text.
import 'server-only';
import { z } from 'zod';
import { readJsonBody } from '@/lib/api/body';
import { clientGone, errorResponse, NO_STORE } from '@/lib/api/errors';
import { refuseOverLimit, StoreLimiter } from '@/lib/api/rate-limit';
import { refuseCrossSiteWrite } from '@/lib/api/same-origin';
import { getServerConfig } from '@/lib/env';
import { log } from '@/lib/log';
import { clientKey } from '@/lib/net/client-ip';
import { getSharedStore } from '@/lib/store';
import { getSolanaRpcConfig } from './config';

/** A payment makes two reads; a buyer retrying a few times stays far below this. */
export const SOLANA_RPC_RATE_LIMIT = { limit: 30, windowMs: 60_000 };
/** The largest RPC answer read: both answers are a few hundred bytes. */
const MAX_ANSWER_BYTES = 16 * 1024;

const Commitment = z.object({ commitment: z.enum(['processed', 'confirmed', 'finalized']).optional() }).strict();
const Base58Address = z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/, 'must be a base58 address');

const Envelope = z.object({
  jsonrpc: z.literal('2.0'),
  id: z.union([
    z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
    z.string().max(64),
  ]),
  method: z.string().max(64),
  params: z.array(z.unknown()).max(2).optional(),
});

const Slot = z.object({ slot: z.number().int().nonnegative() });

/** Per allowed method: its params, and the result the browser is given (zod drops every other field). */
const METHODS = {
  getLatestBlockhash: {
    params: z.union([z.tuple([]), z.tuple([Commitment])]),
    result: z.object({
      context: Slot,
      value: z.object({ blockhash: Base58Address, lastValidBlockHeight: z.number().int().nonnegative() }),
    }),
  },
  getTokenAccountBalance: {
    params: z.union([z.tuple([Base58Address]), z.tuple([Base58Address, Commitment])]),
    result: z.object({
      context: Slot,
      value: z.object({
        amount: z.string().regex(/^\d{1,20}$/),
        decimals: z.number().int().min(0).max(255),
        uiAmountString: z.string().max(40).optional(),
      }),
    }),
  },
} as const;

type AllowedMethod = keyof typeof METHODS;
const isAllowed = (method: string): method is AllowedMethod => Object.hasOwn(METHODS, method);

/** What the RPC answers: a result, or a JSON-RPC error of which only the code is passed on. */
const Answer = z.union([
  z.object({ result: z.unknown() }).refine((answer) => answer.result !== undefined),
  z.object({ error: z.object({ code: z.number().int() }) }),
]);

function rpcFailed(reason: string, status = 502): Response {
  log.warn('solana-rpc: the RPC failed', { reason }); // never the URL: it may hold the partner's key
  return status === 504
    ? errorResponse('SOLANA_RPC_TIMEOUT', 'The Solana network did not answer in time. Please try again.', 504)
    : errorResponse('SOLANA_RPC_FAILED', 'The Solana network could not be reached. Please try again in a moment.', 502);
}

async function forward(url: string, method: AllowedMethod, params: unknown[], signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    signal,
    redirect: 'error',
    cache: 'no-store',
  });
  if (!response.ok) throw new RpcStatusError(response.status);
  const text = await response.text();
  if (text.length > MAX_ANSWER_BYTES) throw new RpcStatusError(0);
  return JSON.parse(text) as unknown;
}

class RpcStatusError extends Error {
  constructor(readonly status: number) {
    super('rpc status');
  }
}

export async function proxySolanaRpc(request: Request): Promise<Response> {
  const refused = refuseCrossSiteWrite(request);
  if (refused) return refused;
  const { url } = getSolanaRpcConfig();
  if (!url) return errorResponse('SOLANA_RPC_NOT_CONFIGURED', 'Paying from a Solana wallet is not available on this store.', 404);
  const limiter = new StoreLimiter(getSharedStore(), 'solana-rpc:client', SOLANA_RPC_RATE_LIMIT.limit, SOLANA_RPC_RATE_LIMIT.windowMs);
  const limited = await refuseOverLimit(
    () => limiter.hit(clientKey(request.headers)),
    'RATE_LIMITED',
    'Too many requests from this connection. Please try again later.',
  );
  if (limited) return limited;

  const body = await readJsonBody(request, 2048);
  if (!body.ok) return body.response;
  const envelope = Envelope.safeParse(body.value);
  if (!envelope.success) return errorResponse('INVALID_REQUEST', 'Send one JSON-RPC 2.0 request.', 400);
  const { id, method } = envelope.data;
  if (!isAllowed(method)) return errorResponse('RPC_METHOD_NOT_ALLOWED', 'This method is not available here.', 400);
  const params = METHODS[method].params.safeParse(envelope.data.params ?? []);
  if (!params.success) return errorResponse('INVALID_REQUEST', `The params of ${method} are not valid.`, 400);

  let raw: unknown;
  try {
    raw = await forward(
      url,
      method,
      params.data,
      AbortSignal.any([request.signal, AbortSignal.timeout(getServerConfig().upstreamTimeoutMs)]),
    );
  } catch (error) {
    if (request.signal.aborted) return clientGone();
    if (error instanceof RpcStatusError) return rpcFailed(error.status === 0 ? 'answer too large' : `status ${error.status}`);
    const name = error instanceof Error ? error.name : typeof error;
    return name === 'TimeoutError' ? rpcFailed('timeout', 504) : rpcFailed(name);
  }
  const answer = Answer.safeParse(raw);
  if (!answer.success) return rpcFailed('unreadable answer');
  if ('error' in answer.data) {
    const { code } = answer.data.error;
    return Response.json({ jsonrpc: '2.0', id, error: { code, message: 'The Solana RPC refused this request.' } }, { headers: NO_STORE });
  }
  const result = METHODS[method].result.safeParse(answer.data.result);
  if (!result.success) return rpcFailed('unexpected result');
  return Response.json({ jsonrpc: '2.0', id, result: result.data }, { headers: NO_STORE });
}
