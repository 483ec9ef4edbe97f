// "Buy now" carries its one item in the checkout URL, so a reload or a shared link keeps it. Client-safe.
import { toCartItem, type CartItem, type NewCartItem } from './cart';

const BUY_NOW_ID = 'buy-now';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function buyNowHref(item: NewCartItem): string {
  return `/checkout?item=${toBase64Url(JSON.stringify(item))}`;
}

/** The item in a `?item=` parameter, or undefined when it is missing or not a valid item. */
export function parseBuyNow(param: string | string[] | undefined): CartItem | undefined {
  if (typeof param !== 'string' || param.length > 4000) return undefined;
  try {
    return toCartItem({ ...JSON.parse(fromBase64Url(param)), id: BUY_NOW_ID }) ?? undefined;
  } catch {
    return undefined;
  }
}
