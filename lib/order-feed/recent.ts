// Recent orders of this browser, so a buyer can always get back to an order (also after the session
// cookie is gone). Only ids and display facts; never codes. Client-safe; zod/mini keeps the pages that read it light.
import { array, maxLength, minLength, number, object, optional, string, type infer as Infer } from 'zod/mini';

const KEY = 'sf_recent_orders_v1';
const MAX = 20;

const RecentOrderSchema = object({
  orderId: string().check(minLength(1), maxLength(64)),
  createdAt: number(),
  summary: string().check(maxLength(200)),
  coinAmount: optional(string().check(maxLength(40))),
  coin: optional(string().check(maxLength(20))),
});
export type RecentOrder = Infer<typeof RecentOrderSchema>;

export function readRecentOrders(storage: Pick<Storage, 'getItem'>): RecentOrder[] {
  return parseRecentOrders(readRecentOrdersRaw(storage));
}

/** The stored list as raw JSON: a stable snapshot for `useSyncExternalStore`, parsed with `parseRecentOrders`. */
export function readRecentOrdersRaw(storage: Pick<Storage, 'getItem'>): string {
  return storage.getItem(KEY) ?? '[]';
}

export function parseRecentOrders(raw: string): RecentOrder[] {
  try {
    const parsed = array(RecentOrderSchema).safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function rememberRecentOrder(storage: Pick<Storage, 'getItem' | 'setItem'>, order: RecentOrder): void {
  const rest = readRecentOrders(storage).filter((o) => o.orderId !== order.orderId);
  storage.setItem(KEY, JSON.stringify([order, ...rest].slice(0, MAX)));
}
