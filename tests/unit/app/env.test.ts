import { describe, expect, it } from 'vitest';
import { ConfigError, parseServerConfig } from '@/lib/env';

describe('environment configuration', () => {
  it('runs against the sandbox with nothing configured', () => {
    const config = parseServerConfig({});
    expect(config).toMatchObject({
      apiUrl: 'http://127.0.0.1:4010',
      sandbox: true,
      partnerId: undefined,
      defaultCountry: 'US',
      defaultCoin: 'USDC',
      defaultNetwork: 'Solana',
      upstreamTimeoutMs: 10_000,
    });
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps one generated session secret per process', () => {
    expect(parseServerConfig({}).sessionSecret).toBe(parseServerConfig({}).sessionSecret);
  });

  it('uses the configured API and partner, trimming a trailing slash', () => {
    const config = parseServerConfig({
      API_URL: 'https://api.cryptorefills.com/',
      CRYPTOREFILLS_PARTNER_ID: 'partner-123',
      CRYPTOREFILLS_APP_VERSION: 'shop/2.0',
      SESSION_SECRET: 'x'.repeat(40),
      DEFAULT_COUNTRY: 'de',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      apiUrl: 'https://api.cryptorefills.com',
      sandbox: false,
      partnerId: 'partner-123',
      appVersion: 'shop/2.0',
      defaultCountry: 'DE',
    });
  });

  it('offers wallet payment with a real API, and on sandbox orders only with SANDBOX_WALLET_PAY=1', () => {
    expect(parseServerConfig({}).walletPay).toBe(false);
    expect(parseServerConfig({ SANDBOX_WALLET_PAY: '0' }).walletPay).toBe(false);
    expect(parseServerConfig({ SANDBOX_WALLET_PAY: '1' }).walletPay).toBe(true);
    expect(parseServerConfig({ API_URL: 'https://api.cryptorefills.com' }).walletPay).toBe(true);
    expect(() => parseServerConfig({ SANDBOX_WALLET_PAY: 'yes' })).toThrow(/SANDBOX_WALLET_PAY/);
  });

  it('treats empty variables as unset', () => {
    expect(parseServerConfig({ API_URL: '', DEFAULT_COUNTRY: ' ' }).sandbox).toBe(true);
  });

  it('names every bad variable in one readable message', () => {
    const attempt = () =>
      parseServerConfig({ API_URL: 'not a url', DEFAULT_COUNTRY: 'XX', UPSTREAM_TIMEOUT_MS: 'soon', SESSION_SECRET: 'short' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['API_URL', 'DEFAULT_COUNTRY', 'UPSTREAM_TIMEOUT_MS', 'SESSION_SECRET']) {
        expect(message).toContain(name);
      }
      expect(message).toContain('.env.example');
    }
  });

  it('requires a session secret in production against the real API', () => {
    expect(() => parseServerConfig({ API_URL: 'https://api.cryptorefills.com', NODE_ENV: 'production' })).toThrow(
      /SESSION_SECRET: is required when API_URL is set in production/,
    );
  });

  it('reads who the client is: Vercel, or the declared proxy hops (0 to 10, default 0)', () => {
    expect(parseServerConfig({}).clientIp).toEqual({ vercel: false, trustedProxies: 0 });
    expect(parseServerConfig({ VERCEL: '1', TRUSTED_PROXIES: '2' }).clientIp).toEqual({ vercel: true, trustedProxies: 2 });
    for (const bad of ['-1', '11', '1.5', 'all']) {
      expect(() => parseServerConfig({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
