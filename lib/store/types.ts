// The state several server instances must share: one module, two implementations (memory.ts for one process and
// the sandbox, redis.ts when REDIS_URL is set). Callers get it from `getSharedStore()` (./index.ts) and never
// learn which one they have. Keys are plain strings; each implementation namespaces them itself.

export interface LimitResult {
  allowed: boolean;
  /** Whole seconds until the oldest counted try leaves the window (0 when allowed). */
  retryAfterSeconds: number;
}

export interface SharedStore {
  /** Takes `key` for `ttlMs` if nobody holds it (atomically, across instances): true for the one caller that got it. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /**
   * Counts one try for `key` in a sliding window of `windowMs`, atomically: allowed while fewer than `limit`
   * tries were counted in the window. A refused try is not counted.
   */
  hit(key: string, limit: number, windowMs: number): Promise<LimitResult>;
  /** The value last `set` for `key`, or undefined when there is none or it expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
}

/** The shared store could not answer (down, unreachable, too slow): callers fail closed. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
  readonly code = 'STORE_UNAVAILABLE';
}

/** Whole seconds until a try counted at `oldest` leaves a window of `windowMs`, at least 1. */
export function retryAfterSeconds(oldest: number, windowMs: number, now: number): number {
  return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
}
