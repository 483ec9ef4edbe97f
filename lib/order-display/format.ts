// Small display helpers for orders. Client-safe.
import type { Deliverable, Order } from '@/lib/cryptorefills/types';

/** The first block of the order's UUID: enough to tell orders apart in a heading or a list. */
export function shortOrderId(orderId: string): string {
  return orderId.slice(0, 8).toUpperCase();
}

/** "Amazon.com, Steam" for the recent-orders list. */
export function orderSummary(order: Pick<Order, 'deliveries'>): string {
  const brands = order.deliveries.map((d) => d.deliverable?.brandName ?? d.deliverable?.family).filter((b): b is string => Boolean(b));
  return [...new Set(brands)].join(', ').slice(0, 200);
}

export function isWebUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\/[^\s]+$/i.test(value);
}

/** "Amazon.com · $25": a line's brand and amount, as headings and lists name it. */
export function deliveryTitle(d: Pick<Deliverable, 'brandName' | 'family' | 'localizedDenomination' | 'denomination'> | undefined): string {
  return [d?.brandName ?? d?.family, d?.localizedDenomination ?? d?.denomination].filter(Boolean).join(' · ');
}
