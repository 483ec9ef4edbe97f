// The coins a catalog page can show prices in (the upstream prices products in these). Client-safe.
export const CATALOG_COINS = ['USDC', 'USDT', 'BTC'] as const;
export type CatalogCoin = (typeof CATALOG_COINS)[number];

export function isCatalogCoin(value: unknown): value is CatalogCoin {
  return typeof value === 'string' && (CATALOG_COINS as readonly string[]).includes(value);
}

/** The `?coin=` a visitor asked for when we offer it, else the store's default. */
export function pickCoin(requested: string | string[] | undefined, fallback: string): string {
  const value = Array.isArray(requested) ? requested[0] : requested;
  const coin = value?.trim().toUpperCase();
  return isCatalogCoin(coin) ? coin : fallback;
}
