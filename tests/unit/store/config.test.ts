import { describe, expect, it } from 'vitest';
import { parseServerConfig } from '@/lib/env';

describe('REDIS_URL and REDIS_TIMEOUT_MS', () => {
  it('default to memory and a 1 s timeout (a third of a shorter upstream timeout)', () => {
    expect(parseServerConfig({}).store).toEqual({ redisUrl: undefined, timeoutMs: 1_000 });
    expect(parseServerConfig({ REDIS_URL: ' ', UPSTREAM_TIMEOUT_MS: '600' }).store).toEqual({ redisUrl: undefined, timeoutMs: 200 });
  });

  it('take redis:// and rediss:// URLs, Upstash style included', () => {
    expect(parseServerConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).store.redisUrl).toBe('redis://127.0.0.1:6379');
    const upstash = 'rediss://default:secret@eu1-example-12345.upstash.io:6379';
    expect(parseServerConfig({ REDIS_URL: upstash, REDIS_TIMEOUT_MS: '1500' }).store).toEqual({ redisUrl: upstash, timeoutMs: 1_500 });
  });

  it('refuse other URLs, and a timeout that would not fit three times in the upstream one', () => {
    for (const env of [
      { REDIS_URL: 'http://127.0.0.1:6379' },
      { REDIS_URL: '127.0.0.1:6379' },
      { REDIS_TIMEOUT_MS: '10' },
      { REDIS_TIMEOUT_MS: '4000' },
    ]) {
      expect(() => parseServerConfig(env)).toThrow(Object.keys(env)[0]);
    }
  });
});
