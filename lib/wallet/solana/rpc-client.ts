// The browser's side of the Solana RPC proxy (app/api/solana-rpc): the two reads a payment needs, sent as one
// JSON-RPC 2.0 request each to this site, which forwards them to the partner's RPC (whose URL and key stay on the
// server). Every failure, whatever its cause, is a WalletPayError('rpc').
import { WalletPayError } from '../types';
import type { LatestBlockhash } from './transaction';

export const SOLANA_RPC_PATH = '/api/solana-rpc';

type Fetch = typeof fetch;

/** JSON-RPC error code of a read of an account that does not exist ("could not find account"). */
const INVALID_PARAMS = -32602;

class RpcAnswerError extends Error {
  constructor(readonly code: number | undefined) {
    super('rpc error');
  }
}

async function call(fetcher: Fetch, method: string, params: unknown[]): Promise<unknown> {
  let body: unknown;
  try {
    const response = await fetcher(SOLANA_RPC_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
    body = await response.json();
  } catch {
    throw new WalletPayError('rpc');
  }
  const answer = body as { result?: unknown; error?: { code?: unknown } } | null;
  if (answer && typeof answer === 'object' && answer.error && typeof answer.error === 'object') {
    throw new RpcAnswerError(typeof answer.error.code === 'number' ? answer.error.code : undefined);
  }
  if (!answer || typeof answer !== 'object' || !('result' in answer)) throw new WalletPayError('rpc');
  return answer.result;
}

function valueOf(result: unknown): Record<string, unknown> {
  const value = (result as { value?: unknown } | null)?.value;
  if (!value || typeof value !== 'object') throw new WalletPayError('rpc');
  return value as Record<string, unknown>;
}

/** A blockhash the network accepts now, and the last block height it is valid at. */
export async function fetchLatestBlockhash(fetcher: Fetch = fetch): Promise<LatestBlockhash> {
  try {
    const value = valueOf(await call(fetcher, 'getLatestBlockhash', [{ commitment: 'confirmed' }]));
    const { blockhash, lastValidBlockHeight } = value;
    if (typeof blockhash !== 'string' || typeof lastValidBlockHeight !== 'number' || !Number.isSafeInteger(lastValidBlockHeight)) {
      throw new WalletPayError('rpc');
    }
    return { blockhash, lastValidBlockHeight: BigInt(lastValidBlockHeight) };
  } catch (error) {
    throw error instanceof WalletPayError ? error : new WalletPayError('rpc');
  }
}

/** The atomic balance of a token account; 0 when the account does not exist (the payer never held the token). */
export async function fetchTokenBalance(tokenAccount: string, fetcher: Fetch = fetch): Promise<bigint> {
  try {
    const { amount } = valueOf(await call(fetcher, 'getTokenAccountBalance', [tokenAccount, { commitment: 'confirmed' }]));
    if (typeof amount !== 'string' || !/^\d{1,20}$/.test(amount)) throw new WalletPayError('rpc');
    return BigInt(amount);
  } catch (error) {
    if (error instanceof RpcAnswerError && error.code === INVALID_PARAMS) return 0n;
    throw error instanceof WalletPayError ? error : new WalletPayError('rpc');
  }
}
