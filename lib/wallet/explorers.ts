// Where the payment screen links a transaction sent from the buyer's wallet: one URL template per network, with
// {txId} where the hash or signature goes. EXPLORER_TX_URLS (JSON, {"Base": "https://…/tx/{txId}"}) overrides or
// adds to the defaults; a network is matched by its upstream name ("Polygon (Matic)") or its first word ("Polygon").
import 'server-only';
import { z } from 'zod';
import { ConfigError, describeEnvIssues } from '@/lib/env';

const DEFAULTS: Record<string, string> = {
  ethereum: 'https://etherscan.io/tx/{txId}',
  eth: 'https://etherscan.io/tx/{txId}',
  base: 'https://basescan.org/tx/{txId}',
  polygon: 'https://polygonscan.com/tx/{txId}',
  arbitrum: 'https://arbiscan.io/tx/{txId}',
  solana: 'https://solscan.io/tx/{txId}',
  tron: 'https://tronscan.org/#/transaction/{txId}',
};

const template = z
  .url({ protocol: /^https$/ })
  .refine((v) => v.includes('{txId}'), 'must contain {txId} where the transaction id goes, e.g. https://basescan.org/tx/{txId}');

export const ExplorerTxUrlsSchema = z.preprocess(
  (v) => {
    if (typeof v !== 'string' || v.trim() === '') return {};
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  },
  z.record(z.string().trim().min(1), template, { error: 'must be a JSON object such as {"Base": "https://basescan.org/tx/{txId}"}' }),
);

const keyOf = (network: string) => network.trim().toLowerCase();
const firstWord = (network: string) => keyOf(network).split(/[\s(]+/)[0] ?? '';

export function parseExplorerTxUrls(raw: string | undefined): Record<string, string> {
  const parsed = ExplorerTxUrlsSchema.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(describeEnvIssues(parsed.error.issues.map((issue) => ({ ...issue, path: ['EXPLORER_TX_URLS', ...issue.path] }))));
  const custom = Object.fromEntries(Object.entries(parsed.data).map(([network, url]) => [keyOf(network), url]));
  return { ...DEFAULTS, ...custom };
}

/** The explorer URL template for a network, or undefined when none is known. */
export function explorerTxUrlFor(network: string, urls = parseExplorerTxUrls(process.env.EXPLORER_TX_URLS)): string | undefined {
  return urls[keyOf(network)] ?? urls[firstWord(network)];
}
