// The cart: up to 10 deliveries (the upstream's maximum per order), kept in the browser so it survives
// reloads. Pure functions plus a zod schema for what is read back from storage. Client-safe.
import { z } from 'zod';
import { MAX_DELIVERIES_PER_ORDER } from '@/lib/cryptorefills/constants';

export const CartItemSchema = z
  .object({
    id: z.string().min(1).max(64),
    country: z.string().regex(/^[A-Z]{2}$/),
    brand: z.string().min(1).max(200),
    /** Brand page slug, to link back. */
    slug: z.string().max(200),
    logoBaseUrl: z.string().max(500).optional(),
    bgColor: z.string().max(20).optional(),
    deliveryType: z.enum(['by_email', 'by_phone']),
    /** Fixed product: exact denomination and its display label. */
    denomination: z.string().max(200).optional(),
    localizedDenomination: z.string().max(200).optional(),
    /** Range product: the value in `currency`. */
    productValue: z.number().positive().optional(),
    currency: z.string().max(10).optional(),
    /** E-mail or E.164 phone; filled in at checkout. */
    recipient: z.string().max(254).default(''),
  })
  .refine((item) => (item.denomination === undefined) !== (item.productValue === undefined));

export type CartItem = z.output<typeof CartItemSchema>;
export type NewCartItem = Omit<z.input<typeof CartItemSchema>, 'id'>;

const CartSchema = z.array(z.unknown()).transform((items) =>
  items.flatMap((item) => {
    const parsed = CartItemSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  }).slice(0, MAX_DELIVERIES_PER_ORDER),
);

/** Reads a stored cart; anything unreadable is dropped, never thrown. */
export function parseCart(raw: string | null): CartItem[] {
  if (!raw) return [];
  try {
    const parsed = CartSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export type AddResult = { ok: true; items: CartItem[] } | { ok: false; reason: 'full' };

export function addItem(items: readonly CartItem[], item: NewCartItem, id: string): AddResult {
  if (items.length >= MAX_DELIVERIES_PER_ORDER) return { ok: false, reason: 'full' };
  return { ok: true, items: [...items, CartItemSchema.parse({ ...item, id })] };
}

export function removeItem(items: readonly CartItem[], id: string): CartItem[] {
  return items.filter((item) => item.id !== id);
}

export function updateItem(items: readonly CartItem[], id: string, patch: Partial<Pick<CartItem, 'recipient'>>): CartItem[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

/** "$100", or "25.50 EUR" for a range value. */
export function itemLabel(item: CartItem): string {
  if (item.localizedDenomination) return item.localizedDenomination;
  if (item.denomination) return item.denomination;
  return `${item.productValue} ${item.currency ?? ''}`.trim();
}
