// Order helpers shared by the server and the browser (the order page's stream hook). Client-safe.
import { PAYMENT_WINDOW_SECONDS } from './constants';
import { OrderSchema } from './schemas/order';
import type { Order } from './types';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Upstream order ids are UUIDs; anything else is rejected before it reaches a URL path. */
export function isValidOrderId(id: unknown): id is string {
  return typeof id === 'string' && UUID_PATTERN.test(id);
}

/** One SSE `data:` payload (the full order as JSON) → the order, or null when it is not one (e.g. `{}` on stop). */
export function parseSseOrderEvent(data: string): Order | null {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = OrderSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** When the payment window closes, in epoch seconds: `created_at` + 30 min (the wire has no expiry field). */
export function paymentDeadline(order: Pick<Order, 'created_at' | 'payment_requested_at'>): number | undefined {
  const start = order.created_at ?? order.payment_requested_at;
  return start === undefined ? undefined : start + PAYMENT_WINDOW_SECONDS;
}
