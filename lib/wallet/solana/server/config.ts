// SOLANA_RPC_URL: the Solana JSON-RPC endpoint the proxy (./rpc-proxy.ts) forwards the payment's reads to. It may
// carry the partner's API key, so it stays on the server: never in a page, an answer, an error or a log line.
// Unset, Solana wallets are not offered and the Solana Pay link stays the way to pay.
import 'server-only';
import { z } from 'zod';
import { ConfigError, describeEnvIssues } from '@/lib/env';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const SolanaEnvSchema = z.object({
  SOLANA_RPC_URL: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value),
    z
      .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
      // Plain http only to this machine (a local validator or a test's fake RPC): the key would travel in clear.
      .refine(
        (text) => URL.canParse(text) && (new URL(text).protocol === 'https:' || LOOPBACK.has(new URL(text).hostname)),
        'must be an https:// URL',
      )
      .optional(),
  ),
});

export interface SolanaRpcConfig {
  /** The RPC endpoint; undefined when Solana wallet pay is off. */
  url: string | undefined;
}

export function parseSolanaRpcConfig(env: Record<string, string | undefined>): SolanaRpcConfig {
  const parsed = SolanaEnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeEnvIssues(parsed.error.issues));
  return { url: parsed.data.SOLANA_RPC_URL };
}

/** Read from process.env each call (cheap): tests and the startup check see the current value. */
export function getSolanaRpcConfig(): SolanaRpcConfig {
  return parseSolanaRpcConfig(process.env);
}

/** Whether the payment screen may offer Solana wallets: only with an RPC to read a blockhash from. */
export function solanaWalletPayEnabled(): boolean {
  try {
    return getSolanaRpcConfig().url !== undefined;
  } catch {
    return false; // an invalid URL stops the server at startup (lib/startup.ts); never break a page over it
  }
}
