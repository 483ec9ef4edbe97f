import { describe, expect, it } from 'vitest';
import { parseServerConfig } from '@/lib/env';
import { createCheckoutLimits, hitCheckoutLimit } from '@/lib/checkout/server/rate-limits';
import { MemoryStore } from '@/lib/store/memory';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const defaults = parseServerConfig({}).rateLimits;

describe('checkout rate limits', async () => {
  it('default to 10 orders per client in 10 minutes, then say when to come back', async () => {
    const time = clock();
    const limits = createCheckoutLimits(defaults, new MemoryStore(time.now));
    for (let i = 0; i < 10; i++) {
      expect((await hitCheckoutLimit(limits, 'orders', '203.0.113.7', `session-${i}`)).allowed).toBe(true);
      time.advance(30_000);
    }
    expect(await hitCheckoutLimit(limits, 'orders', '203.0.113.7', 'session-new')).toEqual({ allowed: false, retryAfterSeconds: 300 });
    expect((await hitCheckoutLimit(limits, 'orders', '198.51.100.1', 'session-other')).allowed).toBe(true);
    time.advance(300_000);
    expect((await hitCheckoutLimit(limits, 'orders', '203.0.113.7', 'session-new')).allowed).toBe(true);
  });

  it('limit one session across client addresses too', async () => {
    const limits = createCheckoutLimits(defaults, new MemoryStore(clock().now));
    for (let i = 0; i < 10; i++) expect((await hitCheckoutLimit(limits, 'orders', `192.0.2.${i}`, 'roaming')).allowed).toBe(true);
    expect(await hitCheckoutLimit(limits, 'orders', '192.0.2.99', 'roaming')).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });

  it('default to 60 validations per client per minute, counted apart from orders', async () => {
    const time = clock();
    const limits = createCheckoutLimits(defaults, new MemoryStore(time.now));
    for (let i = 0; i < 60; i++) expect((await hitCheckoutLimit(limits, 'validations', 'unknown')).allowed).toBe(true);
    expect(await hitCheckoutLimit(limits, 'validations', 'unknown')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect((await hitCheckoutLimit(limits, 'orders', 'unknown')).allowed).toBe(true);
    time.advance(60_000);
    expect((await hitCheckoutLimit(limits, 'validations', 'unknown')).allowed).toBe(true);
  });

  it('are read from the environment, validated', async () => {
    expect(
      parseServerConfig({
        ORDER_RATE_LIMIT: '3',
        ORDER_RATE_WINDOW_SECONDS: '60',
        VALIDATE_RATE_LIMIT: '5',
        VALIDATE_RATE_WINDOW_SECONDS: '10',
      }).rateLimits,
    ).toEqual({ orders: { limit: 3, windowMs: 60_000 }, validations: { limit: 5, windowMs: 10_000 } });
    for (const env of [{ ORDER_RATE_LIMIT: '0' }, { VALIDATE_RATE_LIMIT: 'many' }, { ORDER_RATE_WINDOW_SECONDS: '-5' }]) {
      expect(() => parseServerConfig(env)).toThrow(Object.keys(env)[0]);
    }
  });
});
