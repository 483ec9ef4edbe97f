// A sliding-window limiter in memory: enough for one Node process. Behind several instances each keeps its
// own count, so the effective limit is per instance. Callers see only `Limiter`, so a shared store (Redis)
// can replace this one without touching them.
export interface LimitResult {
  allowed: boolean;
  /** Whole seconds until the oldest counted try leaves the window (0 when allowed). */
  retryAfterSeconds: number;
}

/** Counts one try for a key and says whether it is allowed. */
export interface Limiter {
  hit(key: string): LimitResult;
}

export class RateLimiter implements Limiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    /** Oldest keys are dropped beyond this, so a flood of distinct keys cannot grow memory without bound. */
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts one try for `key` and says whether it is allowed. A refused try is not counted. */
  hit(key: string): LimitResult {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? now;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    this.evict();
    return { allowed: true, retryAfterSeconds: 0 };
  }

  private evict(): void {
    for (const key of this.hits.keys()) {
      if (this.hits.size <= this.maxKeys) return;
      this.hits.delete(key);
    }
  }
}

/** Counts the try against every limit; it is refused when any of them refuses. */
export function hitAll(limits: readonly [Limiter, string][]): LimitResult {
  const results = limits.map(([limiter, key]) => limiter.hit(key));
  const refused = results.filter((result) => !result.allowed);
  if (refused.length === 0) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(...refused.map((result) => result.retryAfterSeconds)) };
}
