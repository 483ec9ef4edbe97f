import { describe, expect, it } from 'vitest';
import { explorerTxUrlFor, parseExplorerTxUrls } from '@/lib/wallet/explorers';

describe('explorer links', () => {
  it('has defaults for the wallet networks, matched by name or first word', () => {
    const urls = parseExplorerTxUrls(undefined);
    expect(explorerTxUrlFor('Base', urls)).toBe('https://basescan.org/tx/{txId}');
    expect(explorerTxUrlFor('ETH Mainnet', urls)).toBe('https://etherscan.io/tx/{txId}');
    expect(explorerTxUrlFor('Polygon (Matic)', urls)).toBe('https://polygonscan.com/tx/{txId}');
    expect(explorerTxUrlFor('Arbitrum', urls)).toBe('https://arbiscan.io/tx/{txId}');
    expect(explorerTxUrlFor('Solana', urls)).toBe('https://solscan.io/tx/{txId}');
    expect(explorerTxUrlFor('Tron', urls)).toBe('https://tronscan.org/#/transaction/{txId}');
    expect(explorerTxUrlFor('Lightning', urls)).toBeUndefined();
  });

  it('takes overrides from EXPLORER_TX_URLS', () => {
    const urls = parseExplorerTxUrls(
      '{"base": "https://base.blockscout.com/tx/{txId}", "Polygon (Matic)": "https://oklink.com/polygon/tx/{txId}"}',
    );
    expect(explorerTxUrlFor('Base', urls)).toBe('https://base.blockscout.com/tx/{txId}');
    expect(explorerTxUrlFor('Polygon (Matic)', urls)).toBe('https://oklink.com/polygon/tx/{txId}');
    expect(explorerTxUrlFor('Arbitrum', urls)).toBe('https://arbiscan.io/tx/{txId}');
    expect(parseExplorerTxUrls('')).toEqual(parseExplorerTxUrls(undefined));
  });

  it('refuses what is not a JSON object of https templates with {txId}', () => {
    for (const bad of [
      'not json',
      '["https://x.io/tx/{txId}"]',
      '{"Base": "https://basescan.org/tx/"}',
      '{"Base": "http://basescan.org/tx/{txId}"}',
      '{"Base": 3}',
    ]) {
      expect(() => parseExplorerTxUrls(bad), bad).toThrow(/EXPLORER_TX_URLS/);
    }
  });
});
