// The receipt of a delivered order: when there is one, where it lives and what it says was paid. Client-safe.
import type { Order } from '@/lib/cryptorefills/types';
import { compareDecimals } from './amounts';

/** Only a delivered order has a receipt. */
export function hasReceipt(state: string): boolean {
  return state === 'Done';
}

/** The receipt's path (pages carry no language prefix: proxy.ts picks it). */
export function receiptPath(orderId: string): string {
  return `/orders/${orderId}/receipt`;
}

/** The receipt's absolute address on the site's public origin (SITE_URL), for its QR code. */
export function receiptUrl(siteUrl: string, orderId: string): string {
  return new URL(receiptPath(orderId), siteUrl).toString();
}

/** What arrived: the amount sent when the upstream reports one above zero, else the order's amount. */
export function amountPaid(order: Pick<Order, 'coinAmount' | 'sentCoinAmount'>): string {
  const sent = order.sentCoinAmount;
  return sent !== undefined && compareDecimals(sent, '0') === 1 ? sent : order.coinAmount;
}

/** The order's date for a receipt, in UTC so that every reader (and a print) shows the same. */
export function receiptDate(createdAtSeconds: number | undefined, locale: string): string | undefined {
  if (createdAtSeconds === undefined) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(createdAtSeconds * 1000);
}
