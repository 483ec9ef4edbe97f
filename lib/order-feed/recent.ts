// Recent orders of this browser, so a buyer can always get back to an order (also after the session
// cookie is gone). Only ids and display facts; never codes. Client-safe, and checked by hand (no zod in the
// browser): what this browser stored itself, read back with its bounds.

const KEY = 'sf_recent_orders_v1';
const MAX = 20;

export interface RecentOrder {
  orderId: string;
  /** Epoch milliseconds. */
  createdAt: number;
  summary: string;
  coinAmount?: string;
  coin?: string;
}

const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const isOptionalText = (value: unknown, max: number) => value === undefined || isText(value, 0, max);

/** One stored entry with only its known fields, or null when it is not one. */
function readRecentOrder(value: unknown): RecentOrder | null {
  if (typeof value !== 'object' || value === null) return null;
  const { orderId, createdAt, summary, coinAmount, coin } = value as Record<string, unknown>;
  if (!isText(orderId, 1, 64) || typeof createdAt !== 'number' || !Number.isFinite(createdAt) || !isText(summary, 0, 200)) return null;
  if (!isOptionalText(coinAmount, 40) || !isOptionalText(coin, 20)) return null;
  return { orderId, createdAt, summary, ...(coinAmount === undefined ? {} : { coinAmount }), ...(coin === undefined ? {} : { coin }) };
}

export function readRecentOrders(storage: Pick<Storage, 'getItem'>): RecentOrder[] {
  return parseRecentOrders(readRecentOrdersRaw(storage));
}

/** The stored list as raw JSON: a stable snapshot for `useSyncExternalStore`, parsed with `parseRecentOrders`. */
export function readRecentOrdersRaw(storage: Pick<Storage, 'getItem'>): string {
  return storage.getItem(KEY) ?? '[]';
}

export function parseRecentOrders(raw: string): RecentOrder[] {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    const orders = parsed.map(readRecentOrder);
    // As before: a list with one damaged entry is not trusted at all.
    return orders.every((order) => order !== null) ? orders : [];
  } catch {
    return [];
  }
}

export function rememberRecentOrder(storage: Pick<Storage, 'getItem' | 'setItem'>, order: RecentOrder): void {
  const rest = readRecentOrders(storage).filter((o) => o.orderId !== order.orderId);
  storage.setItem(KEY, JSON.stringify([order, ...rest].slice(0, MAX)));
}
