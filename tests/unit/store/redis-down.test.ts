// A Redis that is down: every store call fails with StoreUnavailableError within the timeout, and the client
// comes back by itself when Redis does (reconnect with backoff), with no restart. Its own Redis, stopped mid-test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconnectDelay, RedisStore } from '@/lib/store/redis';
import { StoreUnavailableError } from '@/lib/store/types';
import { freePort, startRedis, type RedisServer } from '../../support/redis-server';

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

describe('redis store with Redis down', () => {
  it('refuses every call when nothing listens, and never queues them', async () => {
    const store = new RedisStore({ url: `redis://127.0.0.1:${await freePort()}`, timeoutMs: 300 });
    try {
      await expect(store.claim('a', 1_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.hit('a', 1, 1_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.get('a')).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.set('a', 'x', 1_000)).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('fails while Redis is stopped and works again once it is back, without a new client', async () => {
    // The timeout is longer than the longest reconnect delay: a call made after Redis is back waits for the reconnect.
    const store = new RedisStore({ url: redis.url, timeoutMs: 2_500, prefix: 'down-test:' });
    try {
      expect(await store.claim('before', 60_000)).toBe(true);
      await redis.stop();
      await expect(store.claim('during', 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
      await redis.start();
      expect(await store.claim('after', 60_000)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('reconnects with a growing delay, capped below the default timeout window', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 10, 100].map(reconnectDelay);
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(delays[3]).toBeGreaterThanOrEqual(400);
    for (const delay of delays) expect(delay).toBeLessThan(2_050);
  });
});
