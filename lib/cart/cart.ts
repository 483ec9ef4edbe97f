// The cart: up to 10 deliveries (the upstream's maximum per order), kept in the browser so it survives
// reloads. Client-safe and on every page (the header's cart count), so what is read back from storage is
// checked by hand: even zod/mini would add ~28 KB gzip to every page.
import { MAX_DELIVERIES_PER_ORDER } from '@/lib/cryptorefills/shared';

export interface CartItem {
  id: string;
  country: string;
  brand: string;
  /** Brand page slug, to link back. */
  slug: string;
  logoBaseUrl?: string;
  bgColor?: string;
  deliveryType: 'by_email' | 'by_phone';
  /** Fixed product: exact denomination and its display label. */
  denomination?: string;
  localizedDenomination?: string;
  /** Range product: the value in `currency`. */
  productValue?: number;
  currency?: string;
  /** E-mail or E.164 phone; filled in at checkout. */
  recipient: string;
  /** The coin (and network) the buyer chose to pay with on the brand page: checkout starts with it. */
  coin?: string;
  network?: string;
}

export type NewCartItem = Omit<CartItem, 'id' | 'recipient'> & { recipient?: string };

const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;
const optionalText = (value: unknown, max: number) => value === undefined || isText(value, 0, max);

/** The item, as stored, when it has the shape of one (fixed XOR range); null otherwise. */
export function toCartItem(value: unknown): CartItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const isFixed = isText(v.denomination, 1, 200) && v.productValue === undefined;
  const isRange =
    v.denomination === undefined && typeof v.productValue === 'number' && v.productValue > 0 && Number.isFinite(v.productValue);
  const valid =
    isText(v.id, 1, 64) &&
    typeof v.country === 'string' &&
    /^[A-Z]{2}$/.test(v.country) &&
    isText(v.brand, 1, 200) &&
    isText(v.slug, 0, 200) &&
    (v.deliveryType === 'by_email' || v.deliveryType === 'by_phone') &&
    (isFixed || isRange) &&
    optionalText(v.logoBaseUrl, 500) &&
    optionalText(v.bgColor, 20) &&
    optionalText(v.localizedDenomination, 200) &&
    optionalText(v.currency, 10) &&
    optionalText(v.recipient, 254) &&
    optionalText(v.coin, 20) &&
    optionalText(v.network, 40);
  if (!valid) return null;
  const pick = <K extends keyof CartItem>(key: K) => (v[key] === undefined ? {} : { [key]: v[key] as CartItem[K] });
  return {
    id: v.id as string,
    country: v.country as string,
    brand: v.brand as string,
    slug: v.slug as string,
    deliveryType: v.deliveryType as CartItem['deliveryType'],
    recipient: (v.recipient as string | undefined) ?? '',
    ...pick('logoBaseUrl'),
    ...pick('bgColor'),
    ...pick('denomination'),
    ...pick('localizedDenomination'),
    ...pick('productValue'),
    ...pick('currency'),
    ...pick('coin'),
    ...pick('network'),
  };
}

/** Reads a stored cart; anything unreadable is dropped, never thrown. */
export function parseCart(raw: string | null): CartItem[] {
  if (!raw) return [];
  try {
    const stored: unknown = JSON.parse(raw);
    if (!Array.isArray(stored)) return [];
    return stored
      .flatMap((item) => {
        const parsed = toCartItem(item);
        return parsed ? [parsed] : [];
      })
      .slice(0, MAX_DELIVERIES_PER_ORDER);
  } catch {
    return [];
  }
}

export type AddResult = { ok: true; items: CartItem[] } | { ok: false; reason: 'full' };

export function addItem(items: readonly CartItem[], item: NewCartItem, id: string): AddResult {
  if (items.length >= MAX_DELIVERIES_PER_ORDER) return { ok: false, reason: 'full' };
  const parsed = toCartItem({ ...item, id });
  if (!parsed) throw new Error('not a cart item');
  return { ok: true, items: [...items, parsed] };
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
