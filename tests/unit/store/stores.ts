// The shared store's two implementations, made alike for the tests: each `make` is one server instance's view of
// the same shared state (for memory: one MemoryStore; for Redis: a new client on the test Redis, under one prefix).
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { MemoryStore } from '@/lib/store/memory';
import { RedisStore } from '@/lib/store/redis';
import type { SharedStore } from '@/lib/store/types';

export interface Shared {
  /** Another instance's store over the same shared state. */
  instance(): SharedStore;
  close(): Promise<void>;
}

export interface Kind {
  name: string;
  shared(now?: () => number): Shared;
}

export const memory: Kind = {
  name: 'memory',
  shared(now) {
    const store = new MemoryStore(now);
    return { instance: () => store, close: async () => undefined };
  },
};

export const redis: Kind = {
  name: 'redis',
  shared(now) {
    const prefix = `test:${randomUUID()}:`;
    const opened: RedisStore[] = [];
    return {
      instance: () => {
        const store = new RedisStore({ url: inject('redisUrl'), timeoutMs: 2_000, prefix, now });
        opened.push(store);
        return store;
      },
      close: async () => {
        await Promise.all(opened.map((store) => store.close()));
      },
    };
  },
};

export const KINDS = [memory, redis];

export function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}
