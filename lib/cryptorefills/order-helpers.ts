// Order helpers shared by the server and the browser (the order page's countdown). Client-safe.
import { PAYMENT_WINDOW_SECONDS } from './constants';
import type { Order } from './order-types';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Upstream order ids are UUIDs; anything else is rejected before it reaches a URL path. */
export function isValidOrderId(id: unknown): id is string {
  return typeof id === 'string' && UUID_PATTERN.test(id);
}

/** When the payment window closes, in epoch seconds: `createdAt` + 30 min (the wire has no expiry field). */
export function paymentDeadline(order: Pick<Order, 'createdAt' | 'paymentRequestedAt'>): number | undefined {
  const start = order.createdAt ?? order.paymentRequestedAt;
  return start === undefined ? undefined : start + PAYMENT_WINDOW_SECONDS;
}
