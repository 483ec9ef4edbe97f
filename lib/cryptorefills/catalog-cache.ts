// The catalog's cache: reads are cached AFTER reshaping (the app's types, not the upstream wire), and concurrent
// cold reads of one key in this process share one upstream request (single flight). See README.md §1 "Caching".
//
// Why not Next's fetch cache on the raw wire: the raw `/v2/brands` answer of a 3,000-brand country is about 4 MB,
// and Next's data cache refuses entries over 2 MB, so every view refetched it. The size limit, as Next 16.4 writes it
// (node_modules/next/dist/server/lib/incremental-cache/index.js, `IncrementalCache.set`): an entry is dropped with
// "items over 2MB can not be cached" when `ctx.fetchCache && JSON.stringify(data).length > 2 * 1024 * 1024`, unless
// a custom cacheHandler is configured or the entry is an implicit build-time one. `unstable_cache`
// (dist/server/web/spec-extension/unstable-cache.js, `cacheNewResult`) stores its result through that same `set`,
// as `{kind: FETCH, data: {body: JSON.stringify(result), …}}` with `fetchCache: true`: so the 2 MB limit applies to
// it too, measured on the result's JSON after a second JSON encoding (every quote escaped). The reshaped directory is
// far smaller (tests/unit/cryptorefills/catalog-cache.test.ts measures the 3,000-brand one against that formula).
// `unstable_cache` has no cross-request de-duplication of misses (its `pendingRevalidates` lives on one request's
// store), hence the single flight below.
import 'server-only';
import { createHash } from 'node:crypto';
import { unstable_cache } from 'next/cache';
import { getServerConfig } from '@/lib/env';
import type { Brand, BrandCategory, BrandDirectory } from './types';

/** Part of every cache key: bump it when a reshaped catalog type changes, so no entry of the old shape is read. */
export const CATALOG_CACHE_VERSION = 'reshaped-v1';

/** Next's data-cache limit per entry (see above). */
export const DATA_CACHE_ITEM_LIMIT_BYTES = 2 * 1024 * 1024;

/** The size Next compares with DATA_CACHE_ITEM_LIMIT_BYTES for an `unstable_cache` result. */
export function dataCacheEntrySize(result: unknown, revalidate: number): number {
  return JSON.stringify({ kind: 'FETCH', data: { headers: {}, body: JSON.stringify(result), status: 200, url: '' }, revalidate }).length;
}

export interface SingleFlight {
  <T>(key: string, run: () => Promise<T>): Promise<T>;
  /** Drops every held result (an on-demand refresh calls it): the next call of any key runs again. */
  forget(): void;
}

/**
 * Calls with a key in flight get its promise instead of starting another run. A successful result is also held for
 * `holdMs` after it settles, then freed; a failure is freed at once. The hold closes a gap of Next's: a view whose
 * data-cache lookup began before the first read's result was stored (the lookup awaits the file system) misses, and
 * would otherwise read the upstream again right after the flight ended (seen: 2 reads in 500 e2e views). The price:
 * a refresh from another process within `holdMs` of a read here may keep that read's data for one more window;
 * a refresh through this process calls `forget`.
 */
export function createSingleFlight(holdMs = 0, timers: { set: typeof setTimeout } = { set: setTimeout }): SingleFlight {
  const flights = new Map<string, Promise<unknown>>();
  const flight = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const pending = flights.get(key) as Promise<T> | undefined;
    if (pending) return pending;
    const started = run();
    flights.set(key, started);
    const free = () => {
      if (flights.get(key) === started) flights.delete(key);
    };
    started.then(
      () => (holdMs > 0 ? timers.set(free, holdMs).unref?.() : free()),
      () => free(),
    );
    return started;
  };
  return Object.assign(flight, { forget: () => flights.clear() });
}

/** How long a catalog read's result is shared after it arrived (see createSingleFlight). */
export const CATALOG_READ_HOLD_MS = 5_000;

// One per server process: Next may load this module more than once (per route bundle, or on reload in development).
const g = globalThis as { __catalogSingleFlight?: SingleFlight };
const sharedFlight = (): SingleFlight => (g.__catalogSingleFlight ??= createSingleFlight(CATALOG_READ_HOLD_MS));

/** Called by an on-demand refresh: no read made before it is handed out again by this process. */
export function forgetCatalogReads(): void {
  sharedFlight().forget();
}

export type CacheKeyPart = string | undefined;

/** How a result is stored when its app type is not the most compact form (see `directoryCodec`). */
export interface Codec<T, S> {
  pack(value: T): S;
  unpack(stored: S): T;
}

export interface CachedRead<A extends CacheKeyPart[], T, S = T> {
  /** Names the read in the cache key, e.g. `brands`. */
  name: string;
  revalidate: number;
  tags: (...args: A) => string[];
  /** Reads the upstream and reshapes. Its arguments are the whole key: nothing else may change its result. */
  read: (...args: A) => Promise<T>;
  codec?: Codec<T, S>;
}

/** A directory lists most brands two to four times (every brand, its categories, the popular ones). */
interface PackedDirectory {
  countryCode: string;
  /** Each distinct brand once; the lists below hold indexes into it. */
  pool: Brand[];
  brands: number[];
  popularBrands: number[];
  categories: (Omit<BrandCategory, 'brands' | 'popularBrands'> & { brands: number[]; popularBrands: number[] })[];
}

/**
 * Stores a brand directory with each distinct brand once: a brand that is equal in every field wherever it is listed
 * is stored once, one that differs somewhere is stored per variant, so unpacking gives back an equal directory.
 * It halves a 3,000-brand directory's cache entry (the figures are in README.md §1).
 */
export const directoryCodec: Codec<BrandDirectory, PackedDirectory> = {
  pack(directory) {
    const pool: Brand[] = [];
    const indexOf = new Map<string, number>();
    const ref = (brand: Brand) => {
      const key = JSON.stringify(brand);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = pool.push(brand) - 1;
        indexOf.set(key, index);
      }
      return index;
    };
    return {
      countryCode: directory.countryCode,
      brands: directory.brands.map(ref),
      popularBrands: directory.popularBrands.map(ref),
      categories: directory.categories.map((category) => ({
        ...category,
        brands: category.brands.map(ref),
        popularBrands: category.popularBrands.map(ref),
      })),
      pool,
    };
  },
  unpack(packed) {
    const brandsAt = (indexes: number[]) => indexes.flatMap((index) => packed.pool[index] ?? []);
    return {
      countryCode: packed.countryCode,
      brands: brandsAt(packed.brands),
      popularBrands: brandsAt(packed.popularBrands),
      categories: packed.categories.map((category) => ({
        ...category,
        brands: brandsAt(category.brands),
        popularBrands: brandsAt(category.popularBrands),
      })),
    };
  },
};

/**
 * Which upstream and partner the answers come from, hashed (the partner ID stays out of the cache's files): part of
 * every key, as the URL and headers were of the fetch cache's. Without it two storefronts sharing a `.next` (the e2e
 * pair), or a switch from the sandbox to the API, would serve each other's catalog.
 */
function upstreamIdentity(): string {
  const { apiUrl, partnerId, appVersion } = getServerConfig();
  return createHash('sha256')
    .update(JSON.stringify([apiUrl, partnerId ?? null, appVersion]))
    .digest('base64url');
}

/**
 * A catalog read cached in Next's data cache for `revalidate` seconds under `tags` (so `revalidateTag` drops it),
 * keyed by its arguments, with a single upstream request per key in flight. A failed read is not cached.
 */
export function cachedRead<A extends CacheKeyPart[], T, S = T>(spec: CachedRead<A, T, S>): (...args: A) => Promise<T> {
  const pack = (value: T) => (spec.codec ? spec.codec.pack(value) : value);
  const unpack = (stored: unknown) => (spec.codec ? spec.codec.unpack(stored as S) : (stored as T));
  return async (...args: A) => {
    const key = JSON.stringify([spec.name, ...args.map((arg) => arg ?? null)]);
    const cached = unstable_cache(
      () => sharedFlight()(key, async () => pack(await spec.read(...args))),
      ['cryptorefills', CATALOG_CACHE_VERSION, upstreamIdentity(), key],
      { revalidate: spec.revalidate, tags: spec.tags(...args) },
    );
    return unpack(await cached());
  };
}
