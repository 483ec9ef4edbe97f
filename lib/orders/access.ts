// Who may see an order's codes: the session that created it, or one that proved the order's e-mail
// (both leave the order id in the signed session cookie). Everyone else sees the status only.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { SessionData } from '@/lib/session/token';

export function maySeeCodes(session: SessionData | null, orderId: string): boolean {
  return session?.orders.includes(orderId) ?? false;
}

const digest = (value: string) => createHash('sha256').update(value.trim().toLowerCase()).digest();

/** Case-insensitive e-mail comparison in constant time (hashes first, so the length leaks nothing either). */
export function sameEmail(given: string, expected: string | undefined): boolean {
  if (!expected) {
    timingSafeEqual(digest(given), digest(given));
    return false;
  }
  return timingSafeEqual(digest(given), digest(expected));
}
