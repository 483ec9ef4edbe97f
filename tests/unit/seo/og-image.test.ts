import { describe, expect, it } from 'vitest';
import { latinOnly } from '@/lib/seo/og-image';

describe('share card text', () => {
  it('keeps Latin text, accents and dashes as they are', () => {
    expect(latinOnly('Crédit Agricole – Côte d’Ivoire')).toBe('Crédit Agricole – Côte d’Ivoire');
  });

  it('drops what the bundled font cannot draw (so no font is ever downloaded), then tidies the spaces', () => {
    expect(latinOnly('Steam 🎮 Wallet')).toBe('Steam Wallet');
    expect(latinOnly('楽天 Rakuten')).toBe('Rakuten');
    expect(latinOnly('日本')).toBe('');
  });
});
