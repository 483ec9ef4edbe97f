// Limits of the order event stream, from the environment. Serverless hosts cut long responses (Vercel:
// 300 s by default), so the relay ends each stream a little before and the browser reconnects.
import 'server-only';
import { z } from 'zod';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Streams end at least this long before the route's maxDuration (300 s), leaving time to close cleanly. */
export const STREAM_SECONDS_LIMIT = 290;

const StreamEnvSchema = z.object({
  ORDER_STREAM_MAX_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(5).max(STREAM_SECONDS_LIMIT).default(240)),
  ORDER_STREAM_KEEPALIVE_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(300).default(15)),
  ORDER_STREAM_TIMING: z.preprocess(emptyToUndefined, z.enum(['0', '1']).default('0')),
});

export interface OrderStreamConfig {
  /** A relayed stream ends cleanly after this long; the client reconnects at once. */
  maxDurationMs: number;
  /** A comment is sent when nothing else was for this long, so proxies keep the connection. */
  keepAliveMs: number;
  /** Bench only (bench/order-latency.ts): each relayed order carries the time it was written, as its event id. */
  stampWrites: boolean;
}

export function parseOrderStreamConfig(env: Record<string, string | undefined>): OrderStreamConfig {
  const parsed = StreamEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid order stream configuration:\n${lines.join('\n')}`);
  }
  return {
    maxDurationMs: parsed.data.ORDER_STREAM_MAX_SECONDS * 1000,
    keepAliveMs: parsed.data.ORDER_STREAM_KEEPALIVE_SECONDS * 1000,
    stampWrites: parsed.data.ORDER_STREAM_TIMING === '1',
  };
}

let cached: OrderStreamConfig | undefined;

export function getOrderStreamConfig(): OrderStreamConfig {
  cached ??= parseOrderStreamConfig(process.env);
  return cached;
}
