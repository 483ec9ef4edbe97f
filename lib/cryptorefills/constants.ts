// Path-independent constants of the Cryptorefills client. Client-safe: imports nothing.

/** How long catalog reads (brands, homepage, products) stay in Next's data cache. */
export const CATALOG_REVALIDATE_SECONDS = 300;

/** Payment vias carry coin/network suspensions, so they are refreshed more often than the catalog. */
export const PAYMENT_VIAS_REVALIDATE_SECONDS = 60;

/** The documented payment window: an order expires 30 minutes after `created_at` (no expiry field on the wire). */
export const PAYMENT_WINDOW_SECONDS = 30 * 60;

/** The upstream accepts at most this many deliveries in one order. */
export const MAX_DELIVERIES_PER_ORDER = 10;

/** Languages the upstream localises catalog texts into; anything else falls back to English. */
export const SUPPORTED_LANGS = ['en', 'es', 'fr', 'de', 'it', 'pt', 'zh', 'tr', 'vi', 'tl'] as const;

const TAG_PREFIX = 'cryptorefills';

/** Cache tags for `revalidateTag`: everything from the catalog, or one country's part of it. */
export const cacheTags = {
  catalog: `${TAG_PREFIX}:catalog`,
  paymentVias: `${TAG_PREFIX}:payment-vias`,
  country: (countryCode: string) => `${TAG_PREFIX}:catalog:${countryCode.toUpperCase()}`,
  brands: (countryCode: string) => `${TAG_PREFIX}:brands:${countryCode.toUpperCase()}`,
  homepage: (countryCode: string) => `${TAG_PREFIX}:homepage:${countryCode.toUpperCase()}`,
  products: (countryCode: string) => `${TAG_PREFIX}:products:${countryCode.toUpperCase()}`,
} as const;

/** What an on-demand refresh drops: one country's catalog (brands, homepage, products), or everything incl. payment vias. */
export function catalogRefreshTags(countryCode?: string): string[] {
  return countryCode ? [cacheTags.country(countryCode)] : [cacheTags.catalog, cacheTags.paymentVias];
}

/** The upstream `lang` closest to a storefront locale: its base language when Cryptorefills has it, else English. */
export function toUpstreamLang(locale: string): string {
  const base = locale.toLowerCase().split('-')[0] ?? 'en';
  return (SUPPORTED_LANGS as readonly string[]).includes(base) ? base : 'en';
}
