import { describe, expect, it } from 'vitest';
import { ConfigError } from '@/lib/env';
import { parseSiteConfig } from '@/lib/site/config';

const DEFAULTS = { defaultCountry: 'US', defaultCoin: 'USDC', defaultNetwork: 'Solana', utmSource: 'storefront' };

describe('ACCOUNT_URL, where the checkout sends a buyer with an account problem', () => {
  it("is Cryptorefills' account page unless the partner sets another https page", () => {
    expect(parseSiteConfig({}, DEFAULTS).accountUrl).toBe('https://www.cryptorefills.com/account');
    expect(parseSiteConfig({ ACCOUNT_URL: ' ' }, DEFAULTS).accountUrl).toBe('https://www.cryptorefills.com/account');
    expect(parseSiteConfig({ ACCOUNT_URL: 'https://id.example.com/kyc' }, DEFAULTS).accountUrl).toBe('https://id.example.com/kyc');
  });

  it('refuses anything but an https URL, naming the variable', () => {
    for (const value of ['http://id.example.com/kyc', 'javascript:alert(1)', 'account']) {
      expect(() => parseSiteConfig({ ACCOUNT_URL: value }, DEFAULTS)).toThrow(ConfigError);
      expect(() => parseSiteConfig({ ACCOUNT_URL: value }, DEFAULTS)).toThrow(/ACCOUNT_URL/);
    }
  });
});
