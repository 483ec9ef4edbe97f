// The shared store's contract, run against both implementations (memory, and a real Redis from
// tests/support/redis-global-setup.ts). Redis windows run on the injected clock, so no test waits for time.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createClient } from '@redis/client';
import { RedisStore } from '@/lib/store/redis';
import { MemoryStore } from '@/lib/store/memory';
import { StoreUnavailableError } from '@/lib/store/types';
import { clock, KINDS, type Shared } from './stores';

let open: Shared[] = [];
afterEach(async () => {
  await Promise.all(open.map((shared) => shared.close()));
  open = [];
});
function track(shared: Shared): Shared {
  open.push(shared);
  return shared;
}

describe.each(KINDS)('$name store', (kind) => {
  it('gives a claim to exactly one of many concurrent callers, on any instance', async () => {
    const shared = track(kind.shared());
    const instances = [shared.instance(), shared.instance(), shared.instance()];
    const claims = await Promise.all(Array.from({ length: 30 }, (_, i) => instances[i % 3]!.claim('attempt:a', 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await instances[0]!.claim('attempt:b', 60_000)).toBe(true);
    expect(await instances[1]!.claim('attempt:a', 60_000)).toBe(false);
  });

  it('keeps a value for its time to live, for every instance', async () => {
    const shared = track(kind.shared());
    const [a, b] = [shared.instance(), shared.instance()];
    expect(await b.get('outcome:x')).toBeUndefined();
    await a.set('outcome:x', '{"orderId":"o-1"}', 60_000);
    expect(await b.get('outcome:x')).toBe('{"orderId":"o-1"}');
  });

  it('counts tries in a sliding window shared by every instance, and says when to come back', async () => {
    const time = clock();
    const shared = track(kind.shared(time.now));
    const [a, b] = [shared.instance(), shared.instance()];
    for (let i = 0; i < 5; i++) {
      expect((await (i % 2 ? b : a).hit('unlock:s:o', 5, 15 * 60_000)).allowed).toBe(true);
      time.advance(60_000);
    }
    expect(await a.hit('unlock:s:o', 5, 15 * 60_000)).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
    expect(await b.hit('unlock:s:o', 5, 15 * 60_000)).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 });
    expect((await b.hit('unlock:other', 5, 15 * 60_000)).allowed).toBe(true);
    time.advance(10 * 60_000);
    expect((await b.hit('unlock:s:o', 5, 15 * 60_000)).allowed).toBe(true);
    expect((await a.hit('unlock:s:o', 5, 15 * 60_000)).allowed).toBe(false);
  });

  it('counts concurrent tries atomically: exactly the limit is allowed', async () => {
    const shared = track(kind.shared(clock().now));
    const [a, b] = [shared.instance(), shared.instance()];
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hit('orders:client:x', 10, 60_000)));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
  });
});

describe('memory store', () => {
  it('forgets claims and values after their time to live', async () => {
    const time = clock();
    const store = new MemoryStore(time.now);
    expect(await store.claim('a', 1_000)).toBe(true);
    await store.set('v', 'x', 1_000);
    time.advance(999);
    expect(await store.claim('a', 1_000)).toBe(false);
    expect(await store.get('v')).toBe('x');
    time.advance(1);
    expect(await store.claim('a', 1_000)).toBe(true);
    expect(await store.get('v')).toBeUndefined();
  });

  it('drops the oldest keys beyond its size cap', async () => {
    const store = new MemoryStore(() => 0, 2);
    for (const key of ['a', 'b', 'c']) await store.hit(key, 1, 60_000);
    expect((await store.hit('a', 1, 60_000)).allowed).toBe(true);
    expect((await store.hit('c', 1, 60_000)).allowed).toBe(false);
  });
});

describe('redis store', () => {
  const raw = () => createClient({ url: inject('redisUrl') });

  it('sets claims, values and windows with their time to live in Redis', async () => {
    const store = new RedisStore({ url: inject('redisUrl'), timeoutMs: 2_000, prefix: 'ttl-test:' });
    const client = await raw().connect();
    try {
      await store.claim('attempt:t', 30 * 60_000);
      await store.set('outcome:t', 'x', 30 * 60_000);
      await store.hit('limit:t', 5, 60_000);
      for (const [key, ttl] of [
        ['ttl-test:attempt:t', 30 * 60_000],
        ['ttl-test:outcome:t', 30 * 60_000],
        ['ttl-test:limit:t', 60_000],
      ] as const) {
        const left = await client.pTTL(key);
        expect(left).toBeGreaterThan(0);
        expect(left).toBeLessThanOrEqual(ttl);
      }
    } finally {
      await store.close();
      client.destroy();
    }
  });

  it('fails a command on a Redis that does not answer in time with StoreUnavailableError', async () => {
    const store = new RedisStore({ url: inject('redisUrl'), timeoutMs: 200, prefix: 'slow-test:' });
    const client = await raw().connect();
    try {
      expect(await store.claim('warm', 1_000)).toBe(true);
      // Redis holds every client's writes for 2 s: slower than the store's 200 ms timeout.
      await client.sendCommand(['CLIENT', 'PAUSE', '2000', 'WRITE']);
      await expect(store.claim('slow', 1_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.hit('slow', 1, 1_000)).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await client.sendCommand(['CLIENT', 'UNPAUSE']);
      await store.close();
      client.destroy();
    }
  });
});
