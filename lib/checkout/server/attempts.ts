// One outcome per checkout attempt, across every instance. The upstream has no idempotency key, so a double click
// or a browser retry must never reach it twice. The first request of an attempt claims it in the shared store
// (lib/store/: SET NX with a TTL in Redis) and runs it; its outcome is stored for the same TTL. Every repeat, on this
// instance or another, waits for that outcome and returns it. See README "Where it grows past one machine".
import type { SharedStore } from '@/lib/store/types';
import { log } from '@/lib/log';

/** How long an attempt and its outcome are kept: a repeat after that is a new attempt (and a new order). */
export const ATTEMPT_TTL_MS = 30 * 60 * 1000;
const FIRST_POLL_MS = 25;
const MAX_POLL_MS = 250;

export interface AttemptOptions<T> {
  /** How long a repeat waits for the outcome of an attempt that runs elsewhere, before giving `pending()`. */
  waitMs: number;
  /** The outcome of a repeat whose attempt is still running (or whose runner died) after `waitMs`. */
  pending: () => T;
  /** Checks an outcome read back from the store (another instance wrote it); a failed check counts as pending. */
  parse: (json: unknown) => { success: true; data: T } | { success: false };
  /** Waits between two looks at the store (injected by tests, which then need no real time). */
  sleep?: (ms: number) => Promise<void>;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class AttemptStore<T> {
  /** Attempts this instance is running: a repeat here shares the promise instead of polling the store. */
  private readonly running = new Map<string, Promise<T>>();

  constructor(
    private readonly store: () => SharedStore,
    private readonly options: AttemptOptions<T>,
  ) {}

  /**
   * Runs `work` once for `key` across instances; concurrent and later calls with the same key get its outcome.
   * Rejects with StoreUnavailableError, before `work` could run, when the claim cannot be made: nothing was sent.
   */
  once(key: string, work: () => Promise<T>): Promise<T> {
    const local = this.running.get(key);
    if (local) return local;
    const outcome = this.claimAndRun(key, work).finally(() => this.running.delete(key));
    this.running.set(key, outcome);
    return outcome;
  }

  private async claimAndRun(key: string, work: () => Promise<T>): Promise<T> {
    const store = this.store();
    if (!(await store.claim(`attempt:${key}`, ATTEMPT_TTL_MS))) return this.awaitOutcome(store, key);
    const outcome = await work();
    try {
      await store.set(`outcome:${key}`, JSON.stringify(outcome), ATTEMPT_TTL_MS);
    } catch (error) {
      // This request still answers with its outcome; repeats elsewhere end as pending, never as a second order.
      log.warn('checkout: attempt outcome not stored', { error: error instanceof Error ? error.name : 'unknown' });
    }
    return outcome;
  }

  private read(stored: string): T {
    let json: unknown;
    try {
      json = JSON.parse(stored);
    } catch {
      json = undefined;
    }
    const parsed = this.options.parse(json);
    if (parsed.success) return parsed.data;
    log.warn('checkout: a stored attempt outcome is not readable');
    return this.options.pending();
  }

  /** The stored outcome of an attempt claimed by another request; `pending()` when it does not come in time. */
  private async awaitOutcome(store: SharedStore, key: string): Promise<T> {
    const sleep = this.options.sleep ?? sleepFor;
    let pause = FIRST_POLL_MS;
    for (let waited = 0; ; waited += pause, pause = Math.min(MAX_POLL_MS, pause * 2)) {
      const stored = await store.get(`outcome:${key}`).catch(() => undefined);
      if (stored !== undefined) return this.read(stored);
      if (waited >= this.options.waitMs) return this.options.pending();
      await sleep(pause);
    }
  }
}
