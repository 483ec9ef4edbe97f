// The one shared store of this process: Redis when REDIS_URL is set, else memory. Nothing outside lib/store/ knows
// which. Catalog pages and order tracking never call it: only checkout writes and the unlock form do.
import 'server-only';
import { getServerConfig } from '@/lib/env';
import { MemoryStore } from './memory';
import { RedisStore } from './redis';
import type { SharedStore } from './types';

export { StoreUnavailableError, type LimitResult, type SharedStore } from './types';

// One per server process, also across Next's module reloads in development.
const g = globalThis as { __sharedStore?: SharedStore };

export function getSharedStore(): SharedStore {
  if (!g.__sharedStore) {
    const { redisUrl, timeoutMs } = getServerConfig().store;
    g.__sharedStore = redisUrl ? new RedisStore({ url: redisUrl, timeoutMs }) : new MemoryStore();
  }
  return g.__sharedStore;
}
