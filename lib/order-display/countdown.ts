// The payment window's countdown. The deadline comes from the order itself (`createdAt` + 30 min); the
// browser's clock may be off by minutes, so "now" is the browser's clock corrected by the difference to
// the server's clock at render time. Client-safe.
import { paymentDeadline } from '@/lib/cryptorefills/shared';
import type { Order } from '@/lib/cryptorefills/types';

/** Below this the countdown turns urgent; before, it stays calm. */
export const URGENT_BELOW_MS = 5 * 60 * 1000;

export type Urgency = 'calm' | 'urgent' | 'over';

/** The end of the payment window in epoch ms, or undefined when the order has no timestamps. */
export function deadlineMs(order: Pick<Order, 'createdAt' | 'paymentRequestedAt'>): number | undefined {
  const seconds = paymentDeadline(order);
  return seconds === undefined ? undefined : seconds * 1000;
}

/** How far the server's clock is ahead of the browser's (negative when behind). */
export function clockSkewMs(serverNowMs: number, browserNowMs: number): number {
  return serverNowMs - browserNowMs;
}

export function remainingMs(deadline: number, browserNowMs: number, skewMs: number): number {
  return Math.max(0, deadline - (browserNowMs + skewMs));
}

export function urgencyOf(remaining: number): Urgency {
  if (remaining <= 0) return 'over';
  return remaining < URGENT_BELOW_MS ? 'urgent' : 'calm';
}

/** "29:05", or "1:02:03" past an hour; whole seconds, rounded up so 0:00 means the window is closed. */
export function formatRemaining(remaining: number): string {
  const total = Math.ceil(Math.max(0, remaining) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The ISO 8601 duration for `<time dateTime>`, e.g. "PT29M5S". */
export function isoDuration(remaining: number): string {
  const total = Math.ceil(Math.max(0, remaining) / 1000);
  return `PT${Math.floor(total / 60)}M${total % 60}S`;
}
