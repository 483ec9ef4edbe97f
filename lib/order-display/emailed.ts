// Where a delivered order's codes were e-mailed, said truthfully: each `by_email` line goes to its own recipient
// (a cart may send one card to the buyer and another to a friend), and a phone top-up is not e-mailed at all.
// Client-safe.
import type { Order, OrderDelivery } from '@/lib/cryptorefills/types';

/**
 * `one`: every e-mailed line went to the same address. `each`: lines went to different addresses (each line says
 * its own, see `emailedTo`). `buyer`: the lines name no recipient (the buyer's copy is all that is known).
 * `none`: nothing was e-mailed (phone top-ups only).
 */
export type EmailedNote = { kind: 'one'; email: string } | { kind: 'each' } | { kind: 'buyer'; email?: string } | { kind: 'none' };

/** The address this line's codes were e-mailed to; undefined for a phone top-up or a line without a recipient. */
export function emailedTo(delivery: OrderDelivery): string | undefined {
  const d = delivery.deliverable;
  if (!d?.recipient || d.deliveryType === 'by_phone') return undefined;
  // Lines without a delivery type: an e-mail address is e-mailed, a phone number is topped up.
  if (d.deliveryType !== 'by_email' && !d.recipient.includes('@')) return undefined;
  return d.recipient;
}

function isTopUp(delivery: OrderDelivery): boolean {
  const d = delivery.deliverable;
  return d?.deliveryType === 'by_phone' || (d?.deliveryType === undefined && d?.recipient !== undefined && !d.recipient.includes('@'));
}

export function emailedNote(order: Pick<Order, 'deliveries' | 'user'>): EmailedNote {
  const lines = order.deliveries.filter((delivery) => !isTopUp(delivery));
  if (lines.length === 0 && order.deliveries.length > 0) return { kind: 'none' };
  const addresses = lines.map(emailedTo);
  if (addresses.some((address) => address === undefined))
    return { kind: 'buyer', ...(order.user?.email ? { email: order.user.email } : {}) };
  const distinct = new Set(addresses.map((address) => address?.trim().toLowerCase()));
  const first = addresses[0];
  if (distinct.size === 1 && first) return { kind: 'one', email: first };
  return { kind: 'each' };
}
