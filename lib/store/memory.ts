// The shared store in one process's memory: the default without REDIS_URL, and the sandbox's. Exactly right for
// one process; behind several instances each keeps its own (see README "Where it grows past one machine").
import { retryAfterSeconds, type LimitResult, type SharedStore } from './types';

/** Oldest keys are dropped beyond this, so a flood of distinct keys cannot grow memory without bound. */
const MAX_KEYS = 10_000;

interface Expiring {
  value: string;
  expiresAt: number;
}

export class MemoryStore implements SharedStore {
  private readonly values = new Map<string, Expiring>();
  private readonly tries = new Map<string, number[]>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = MAX_KEYS,
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.put(key, '', ttlMs);
    return true;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<LimitResult> {
    const now = this.now();
    const recent = (this.tries.get(key) ?? []).filter((time) => now - time < windowMs);
    this.tries.delete(key);
    if (recent.length >= limit) {
      this.tries.set(key, recent);
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(recent[0] ?? now, windowMs, now) };
    }
    recent.push(now);
    this.tries.set(key, recent);
    evictOldest(this.tries, this.maxKeys);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  async get(key: string): Promise<string | undefined> {
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.put(key, value, ttlMs);
  }

  private live(key: string): Expiring | undefined {
    const entry = this.values.get(key);
    if (entry && entry.expiresAt > this.now()) return entry;
    this.values.delete(key);
    return undefined;
  }

  private put(key: string, value: string, ttlMs: number): void {
    this.values.delete(key);
    this.values.set(key, { value, expiresAt: this.now() + ttlMs });
    const now = this.now();
    // Map keeps insertion order: expired and surplus entries are found at the front.
    for (const [oldKey, entry] of this.values) {
      if (entry.expiresAt > now && this.values.size <= this.maxKeys) break;
      this.values.delete(oldKey);
    }
  }
}

function evictOldest(map: Map<string, unknown>, maxKeys: number): void {
  for (const key of map.keys()) {
    if (map.size <= maxKeys) return;
    map.delete(key);
  }
}
