// Rate limits counted in the shared store (lib/store/): in one process's memory, or in Redis so that every
// instance counts against the same window. Callers see only `Limiter`.
import type { LimitResult, SharedStore } from '@/lib/store/types';
import { errorResponse, toErrorResponse } from './errors';

export type { LimitResult };

/** Counts one try for a key and says whether it is allowed. */
export interface Limiter {
  hit(key: string): Promise<LimitResult>;
}

/** `limit` tries per sliding window of `windowMs`, per key, counted under `limit:{name}:` in the store. */
export class StoreLimiter implements Limiter {
  constructor(
    private readonly store: SharedStore,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** A refused try is not counted. Rejects with StoreUnavailableError when the store cannot answer. */
  hit(key: string): Promise<LimitResult> {
    return this.store.hit(`limit:${this.name}:${key}`, this.limit, this.windowMs);
  }
}

/** Counts the try against every limit; it is refused when any of them refuses. */
export async function hitAll(limits: readonly [Limiter, string][]): Promise<LimitResult> {
  const results = await Promise.all(limits.map(([limiter, key]) => limiter.hit(key)));
  const refused = results.filter((result) => !result.allowed);
  if (refused.length === 0) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((result) => result.retryAfterSeconds)) };
}

/**
 * The answer to a try `count` counts: null when it is allowed, 429 `code` with Retry-After when a limit refuses it,
 * and 503 STORE_UNAVAILABLE when the shared store could not count it (fail closed).
 */
export async function refuseOverLimit(count: () => Promise<LimitResult>, code: string, message: string): Promise<Response | null> {
  let result: LimitResult;
  try {
    result = await count();
  } catch (error) {
    return toErrorResponse(error);
  }
  if (result.allowed) return null;
  return errorResponse(code, message, 429, { 'Retry-After': String(result.retryAfterSeconds) });
}
