// This browser's recent orders: the hand-written check against the zod/mini schema it replaced (kept here as the
// reference), and remembering an order.
import { describe, expect, it } from 'vitest';
import { array, maxLength, minLength, number, object, optional, string } from 'zod/mini';
import { parseRecentOrders, readRecentOrders, rememberRecentOrder } from '@/lib/order-feed/recent';

const ReferenceSchema = array(
  object({
    orderId: string().check(minLength(1), maxLength(64)),
    createdAt: number(),
    summary: string().check(maxLength(200)),
    coinAmount: optional(string().check(maxLength(40))),
    coin: optional(string().check(maxLength(20))),
  }),
);
const reference = (raw: string): unknown => {
  try {
    const parsed = ReferenceSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
};

const entry = { orderId: 'a1', createdAt: 1767225600000, summary: 'Steam', coinAmount: '25.5', coin: 'USDC' };
const KINDS: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'x'.repeat(20),
  'x'.repeat(21),
  'x'.repeat(40),
  'x'.repeat(41),
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(200),
  'x'.repeat(201),
  0,
  1.5,
  true,
  [],
  {},
];

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [['sf_recent_orders_v1', initial]]);
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('parseRecentOrders', () => {
  it('reads back stored orders, with and without the optional coin fields, dropping unknown fields', () => {
    const raw = JSON.stringify([entry, { orderId: 'b2', createdAt: 1, summary: '' }, { ...entry, orderId: 'c3', extra: 1 }]);
    expect(parseRecentOrders(raw)).toEqual([entry, { orderId: 'b2', createdAt: 1, summary: '' }, { ...entry, orderId: 'c3' }]);
    expect(parseRecentOrders(raw)).toEqual(reference(raw));
  });

  it.each([
    ['not JSON', '{'],
    ['an object', '{}'],
    ['null', 'null'],
    ['a string', '"x"'],
    ['a list of nulls', '[null]'],
    ['empty', '[]'],
  ])('reads %s as no orders, as the schema does', (_label, raw) => {
    expect(parseRecentOrders(raw)).toEqual([]);
    expect(parseRecentOrders(raw)).toEqual(reference(raw));
  });

  it('agrees with the schema on every field set to every kind of value (one bad entry spoils the list)', () => {
    for (const key of Object.keys(entry)) {
      for (const value of KINDS) {
        const raw = JSON.stringify([entry, { ...entry, [key]: value }]);
        expect(parseRecentOrders(raw), `${key}: ${JSON.stringify(value)}`).toEqual(reference(raw));
      }
    }
  });
});

describe('rememberRecentOrder', () => {
  it('puts the order first, once, and keeps at most 20', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 25; i += 1) rememberRecentOrder(storage, { ...entry, orderId: `o${i}` });
    rememberRecentOrder(storage, { ...entry, orderId: 'o10' });
    const orders = readRecentOrders(storage);
    expect(orders).toHaveLength(20);
    expect(orders[0]?.orderId).toBe('o10');
    expect(orders.filter((o) => o.orderId === 'o10')).toHaveLength(1);
  });
});
