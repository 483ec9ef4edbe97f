import { describe, expect, it } from 'vitest';
import { ConfigError } from '@/lib/env';
import { parseSiteConfig } from '@/lib/site/config';

const DEFAULTS = { defaultCountry: 'US', defaultCoin: 'USDC', defaultNetwork: 'Solana', utmSource: 'storefront' };

describe('site configuration from the environment', () => {
  it('has working defaults with nothing set', () => {
    const site = parseSiteConfig({}, DEFAULTS);
    expect(site).toMatchObject({
      name: 'Cryptorefills Storefront',
      url: 'http://localhost:3000',
      supportEmail: 'support@cryptorefills.com',
      poweredBy: true,
      legal: { terms: undefined, privacy: undefined },
      defaultCountry: 'US',
    });
  });

  it('reads every partner variable', () => {
    const site = parseSiteConfig(
      {
        SITE_NAME: 'Gift Hub',
        SITE_URL: 'https://gifts.example.com/',
        SITE_LOGO: '/brand/logo.svg',
        SITE_ICON: 'https://cdn.example.com/icon.png',
        SITE_PRIMARY_COLOR: '#ff5500',
        SITE_ACCENT_COLOR: '#123',
        SUPPORT_EMAIL: 'help@example.com',
        SUPPORT_URL: 'https://help.example.com',
        TERMS_URL: 'https://example.com/terms',
        PRIVACY_URL: 'https://example.com/privacy',
        POWERED_BY: 'false',
      },
      DEFAULTS,
    );
    expect(site).toMatchObject({
      name: 'Gift Hub',
      url: 'https://gifts.example.com',
      logo: '/brand/logo.svg',
      icon: 'https://cdn.example.com/icon.png',
      primaryColor: '#ff5500',
      supportEmail: 'help@example.com',
      supportUrl: 'https://help.example.com',
      legal: { terms: 'https://example.com/terms', privacy: 'https://example.com/privacy' },
      poweredBy: false,
    });
  });

  it('uses the Vercel production host when SITE_URL is unset', () => {
    expect(parseSiteConfig({ VERCEL_PROJECT_PRODUCTION_URL: 'shop.vercel.app' }, DEFAULTS).url).toBe('https://shop.vercel.app');
  });

  it('names every bad variable in one readable error', () => {
    const attempt = () =>
      parseSiteConfig({ SITE_PRIMARY_COLOR: 'blue', SUPPORT_EMAIL: 'nope', SITE_LOGO: 'logo.png', POWERED_BY: 'maybe' }, DEFAULTS);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      /SITE_LOGO: must be a path in public\/[\s\S]*SITE_PRIMARY_COLOR: must be a hex colour[\s\S]*SUPPORT_EMAIL[\s\S]*POWERED_BY/,
    );
  });
});
