// One outcome per checkout attempt. The upstream has no idempotency key, so a double click or a browser
// retry must never reach it twice: the first request runs, every repeat of the same attempt gets its
// outcome (or waits for it while it runs). In memory, per server instance; see README "Scaling out".

const TTL_MS = 30 * 60 * 1000;
const MAX_ATTEMPTS = 10_000;

interface Entry<T> {
  outcome: Promise<T>;
  expiresAt: number;
}

export class AttemptStore<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Runs `work` once for `key`; concurrent and later calls with the same key share its outcome. */
  once(key: string, work: () => Promise<T>): Promise<T> {
    this.evictExpired();
    const existing = this.entries.get(key);
    if (existing) return existing.outcome;
    const outcome = work();
    this.entries.set(key, { outcome, expiresAt: this.now() + TTL_MS });
    // A thrown error is an outcome too: the attempt is not re-run (the caller maps errors to outcomes).
    outcome.catch(() => undefined);
    return outcome;
  }

  get size(): number {
    return this.entries.size;
  }

  private evictExpired() {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      // Map keeps insertion order, so the oldest come first.
      if (entry.expiresAt > now && this.entries.size < MAX_ATTEMPTS) break;
      this.entries.delete(key);
    }
  }
}
