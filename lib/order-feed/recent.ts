// Recent orders of this browser, so a buyer can always get back to an order (also after the session
// cookie is gone). Only ids and display facts; never codes. Client-safe.
import { z } from 'zod';

const KEY = 'sf_recent_orders_v1';
const MAX = 20;

const RecentOrderSchema = z.object({
  orderId: z.string().min(1).max(64),
  createdAt: z.number(),
  summary: z.string().max(200),
  coinAmount: z.string().max(40).optional(),
  coin: z.string().max(20).optional(),
});
export type RecentOrder = z.infer<typeof RecentOrderSchema>;

export function readRecentOrders(storage: Pick<Storage, 'getItem'>): RecentOrder[] {
  return parseRecentOrders(readRecentOrdersRaw(storage));
}

/** The stored list as raw JSON: a stable snapshot for `useSyncExternalStore`, parsed with `parseRecentOrders`. */
export function readRecentOrdersRaw(storage: Pick<Storage, 'getItem'>): string {
  return storage.getItem(KEY) ?? '[]';
}

export function parseRecentOrders(raw: string): RecentOrder[] {
  try {
    const parsed = z.array(RecentOrderSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function rememberRecentOrder(storage: Pick<Storage, 'getItem' | 'setItem'>, order: RecentOrder): void {
  const rest = readRecentOrders(storage).filter((o) => o.orderId !== order.orderId);
  storage.setItem(KEY, JSON.stringify([order, ...rest].slice(0, MAX)));
}
