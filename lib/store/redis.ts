// The shared store on Redis (REDIS_URL), through node-redis (@redis/client). Every operation is one atomic command
// or script with a timeout; the client reconnects with backoff and queues nothing while it is disconnected, so a
// Redis that is down or slow fails an operation within `timeoutMs` with StoreUnavailableError: callers fail closed.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { log } from '@/lib/log';
import { StoreUnavailableError, type LimitResult, type SharedStore } from './types';

export interface RedisStoreOptions {
  url: string;
  /** Bound of every operation, waiting for a reconnect included. */
  timeoutMs: number;
  /** Prefix of every key (tests give each run its own). */
  prefix?: string;
  /** The clock of the limit windows; unset: Redis's own (TIME), the same for every instance. */
  now?: () => number;
}

// Sliding window: a sorted set of the tries' times. Drops the tries older than the window, refuses at `limit`
// with the wait until the oldest leaves it, else counts this try. ARGV: limit, windowMs, now ('' = Redis's TIME), member.
const HIT_SCRIPT = `
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return {0, math.max(1, math.ceil((tonumber(oldest[2]) + window - now) / 1000))}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
return {1, 0}
`;

/** Reconnect after 50 ms, doubling to at most 2 s, with jitter so instances do not reconnect in step. */
export function reconnectDelay(retries: number): number {
  return Math.min(2_000, 50 * 2 ** Math.min(retries, 6)) + Math.floor(Math.random() * 50);
}

export class RedisStore implements SharedStore {
  private readonly client;
  private readonly prefix: string;
  private reconnected: Promise<void> | undefined;
  private down = false;

  constructor(private readonly options: RedisStoreOptions) {
    this.prefix = options.prefix ?? 'sf:';
    this.client = createClient({
      url: options.url,
      // Commands sent while disconnected fail at once instead of waiting in a queue for a reconnect.
      disableOfflineQueue: true,
      commandsQueueMaxLength: 1_000,
      commandOptions: { timeout: options.timeoutMs },
      socket: { connectTimeout: options.timeoutMs, reconnectStrategy: reconnectDelay },
    });
    this.client.on('error', (error: unknown) => this.markDown(error));
    this.client.on('ready', () => {
      if (this.down) log.info('store: redis reachable again');
      this.down = false;
    });
    // Never rejects the process: an unreachable Redis at start-up is retried like a lost connection.
    this.client.connect().catch((error: unknown) => this.markDown(error));
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const reply = await this.run(() =>
      this.client.set(this.prefix + key, '1', { condition: 'NX', expiration: { type: 'PX', value: Math.ceil(ttlMs) } }),
    );
    return reply === 'OK';
  }

  async hit(key: string, limit: number, windowMs: number): Promise<LimitResult> {
    const now = this.options.now ? String(this.options.now()) : '';
    const reply = await this.run(() =>
      this.client.eval(HIT_SCRIPT, { keys: [this.prefix + key], arguments: [String(limit), String(windowMs), now, randomUUID()] }),
    );
    const [allowed, retryAfter] = reply as [number, number];
    return { allowed: allowed === 1, retryAfterSeconds: Number(retryAfter) };
  }

  async get(key: string): Promise<string | undefined> {
    const value = await this.run(() => this.client.get(this.prefix + key));
    return value ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.run(() => this.client.set(this.prefix + key, value, { expiration: { type: 'PX', value: Math.ceil(ttlMs) } }));
  }

  /** Closes the connection (tests and the bench). */
  close(): void {
    if (this.client.isOpen) this.client.destroy();
  }

  /** Runs one command once the client is ready, all within the timeout; any failure is StoreUnavailableError. */
  private async run<T>(command: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError('redis did not answer in time')), this.options.timeoutMs);
    });
    try {
      return await Promise.race([this.ready().then(command), late]);
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      this.markDown(error);
      throw new StoreUnavailableError('redis did not answer', { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  /** Resolves when the client is (again) connected; one listener however many calls wait. */
  private ready(): Promise<void> {
    if (this.client.isReady) return Promise.resolve();
    this.reconnected ??= new Promise<void>((resolve) =>
      this.client.once('ready', () => {
        this.reconnected = undefined;
        resolve();
      }),
    );
    return this.reconnected;
  }

  private markDown(error: unknown): void {
    if (this.down) return;
    this.down = true;
    log.warn('store: redis unavailable', { error: error instanceof Error ? error.name : 'unknown' });
  }
}
