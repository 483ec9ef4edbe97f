import { describe, expect, it } from 'vitest';
import { ConfigError } from '@/lib/env';
import { newNonce, originOf, pagePolicy } from '@/lib/security/csp';
import { parseSiteConfig } from '@/lib/site/config';

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));
const base = {
  nonce: 'abc123',
  imageOrigins: ['https://cdn.cryptorefills.com', 'https://cdn.cryptorefills.com'],
  development: false,
  secure: false,
};

describe('the page policy', () => {
  it('runs scripts only with the nonce, and never eval in production', () => {
    const policy = directives(pagePolicy(base));
    expect(policy['script-src']).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    // Listed once, however often configured.
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://cdn.cryptorefills.com']);
    expect(policy['upgrade-insecure-requests']).toBeUndefined();
  });

  it("gives a shared (cached) page no nonce: its own inline scripts and this site's files only", () => {
    const policy = directives(pagePolicy({ ...base, nonce: undefined }));
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
  });

  it('allows eval and the reload socket only in development, and upgrades requests only over https', () => {
    const dev = directives(pagePolicy({ ...base, development: true }));
    expect(dev['script-src']).toContain("'unsafe-eval'");
    expect(dev['connect-src']).toEqual(["'self'", 'ws:']);
    expect(directives(pagePolicy({ ...base, secure: true }))['upgrade-insecure-requests']).toEqual([]);
  });

  it('makes a new 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('takes the origin of absolute URLs only', () => {
    expect(originOf('https://img.example.com/a/logo.svg?x=1')).toBe('https://img.example.com');
    expect(originOf('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
    expect(originOf('/brand/logo.svg')).toBeUndefined();
    expect(originOf('javascript:alert(1)')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});

describe('IMAGE_ORIGINS', () => {
  const DEFAULTS = { defaultCountry: 'US', defaultCoin: 'USDC', defaultNetwork: 'Solana', utmSource: 'storefront' };

  it('is a list of origins, comma or space separated, empty by default', () => {
    expect(parseSiteConfig({}, DEFAULTS).imageOrigins).toEqual([]);
    expect(
      parseSiteConfig({ IMAGE_ORIGINS: 'https://img.example.com, https://cdn.example.net/  http://10.0.0.2:8080' }, DEFAULTS).imageOrigins,
    ).toEqual(['https://img.example.com', 'https://cdn.example.net', 'http://10.0.0.2:8080']);
  });

  it('refuses paths, other schemes and wildcards', () => {
    for (const bad of ['https://img.example.com/logos', 'ftp://img.example.com', '*', 'https://*.example.com']) {
      expect(() => parseSiteConfig({ IMAGE_ORIGINS: bad }, DEFAULTS), bad).toThrow(ConfigError);
    }
  });
});
