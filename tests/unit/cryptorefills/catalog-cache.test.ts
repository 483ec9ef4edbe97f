// The catalog cache (lib/cryptorefills/catalog-cache.ts): one upstream read per key however many views arrive at a
// cold cache, the reshaped result cached under the right key, tags and window, and a 3,000-brand directory that fits
// Next's 2 MB data-cache item limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSingleFlight, dataCacheEntrySize, DATA_CACHE_ITEM_LIMIT_BYTES } from '@/lib/cryptorefills/catalog-cache';
import { BrandsResponseSchema } from '@/lib/cryptorefills/schemas/catalog';
import { reshapeBrandDirectory } from '@/lib/cryptorefills/schemas/catalog-reshape';
import { createSandbox, type Sandbox } from '@/sandbox/server';
import * as fx from './fixtures';
import { type FakeUpstream, json, loadClient, startUpstream, type UnstableCache } from './upstream-server';

/** A stand-in for Next's data cache, as `unstable_cache` uses it: keyed by keyParts, and (like Next) no de-duplication of concurrent misses. */
function fakeDataCache() {
  const entries = new Map<string, string>();
  const stored: { keyParts: string[]; revalidate: number; tags: string[]; size: number }[] = [];
  const unstableCache: UnstableCache = (fn, keyParts, options) => async () => {
    const key = JSON.stringify(keyParts);
    const hit = entries.get(key);
    if (hit !== undefined) return JSON.parse(hit) as unknown;
    const result = await fn();
    entries.set(key, JSON.stringify(result));
    stored.push({ keyParts, ...options, size: dataCacheEntrySize(result, options.revalidate) });
    return result;
  };
  return { unstableCache, entries, stored };
}

describe('createSingleFlight', () => {
  it('runs once for concurrent calls with one key, and again once that run has settled', async () => {
    const flight = createSingleFlight();
    let runs = 0;
    const run = async () => ++runs;
    const first = await Promise.all(Array.from({ length: 500 }, () => flight('brands:SE', run)));
    expect(runs).toBe(1);
    expect(new Set(first)).toEqual(new Set([1]));
    expect(await flight('brands:SE', run)).toBe(2);
  });

  it('keeps keys apart', async () => {
    const flight = createSingleFlight();
    const seen: string[] = [];
    await Promise.all(['SE', 'NO', 'SE'].map((cc) => flight(cc, async () => seen.push(cc))));
    expect(seen).toEqual(['SE', 'NO']);
  });

  it('shares a failure with every waiter, then frees the key', async () => {
    const flight = createSingleFlight();
    let runs = 0;
    const failing = () => Promise.reject(new Error(`boom ${++runs}`));
    const results = await Promise.allSettled([flight('k', failing), flight('k', failing)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(runs).toBe(1);
    await expect(flight('k', async () => 'ok')).resolves.toBe('ok');
  });
});

describe('createSingleFlight with a hold', () => {
  function manualTimers() {
    const due: (() => void)[] = [];
    const set = ((callback: () => void) => {
      due.push(callback);
      return { unref: () => undefined };
    }) as unknown as typeof setTimeout;
    return { set, fire: () => due.splice(0).forEach((callback) => callback()) };
  }

  it('hands a result out until the hold ends (a view whose cache lookup began before the result was stored)', async () => {
    const timers = manualTimers();
    const flight = createSingleFlight(5_000, timers);
    let runs = 0;
    const run = async () => ++runs;
    expect(await flight('k', run)).toBe(1);
    expect(await flight('k', run)).toBe(1);
    timers.fire();
    expect(await flight('k', run)).toBe(2);
  });

  it('holds no failure, and forget drops what it holds', async () => {
    const timers = manualTimers();
    const flight = createSingleFlight(5_000, timers);
    await expect(flight('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await flight('k', async () => 'up')).toBe('up');
    flight.forget();
    expect(await flight('k', async () => 'again')).toBe('again');
  });
});

describe('catalog reads through the data cache', () => {
  let upstream: FakeUpstream;
  beforeAll(async () => {
    upstream = await startUpstream();
  });
  afterAll(() => upstream.close());

  it('500 views at a cold cache make one upstream read, and later views none', async () => {
    const cache = fakeDataCache();
    const { client } = await loadClient(upstream.url, cache.unstableCache);
    upstream.handle((_req, res) => json(res, 200, fx.brandsResponse));
    const views = await Promise.all(Array.from({ length: 500 }, () => client.getBrands('se')));
    expect(upstream.requests.map((r) => r.url)).toEqual(['/v2/brands?country_code=SE']);
    expect(views.every((v) => v.brands[0]?.name === 'Airbnb')).toBe(true);
    await Promise.all(Array.from({ length: 500 }, () => client.getBrands('SE')));
    expect(upstream.requests).toHaveLength(1);
  });

  it('keys each read by its arguments, with the catalog windows and tags', async () => {
    const cache = fakeDataCache();
    const { client } = await loadClient(upstream.url, cache.unstableCache);
    upstream.handle((req, res) => {
      const path = req.url?.split('?')[0] ?? '';
      if (path === '/v3/payment_vias') return json(res, 200, fx.paymentVias);
      if (path.startsWith('/v5/products/')) return json(res, 200, fx.productsResponse);
      if (path === '/v2/homepage') return json(res, 200, { sections: [] });
      json(res, 200, fx.brandsResponse);
    });
    await Promise.all([
      client.getBrands('SE'),
      client.getBrands('NO'),
      client.getHomepage('SE'),
      client.getPaymentVias(),
      client.getProducts({ countryCode: 'SE', familyName: 'Airbnb', coin: 'USDC', lang: 'en' }),
      client.getProducts({ countryCode: 'SE', familyName: 'Airbnb', coin: 'USDT', lang: 'en' }),
    ]);
    expect(upstream.requests).toHaveLength(6);
    const byName = (name: string) => cache.stored.filter((s) => s.keyParts.at(-1)?.includes(`"${name}"`));
    expect(byName('brands').map((s) => s.tags)).toEqual(
      expect.arrayContaining([
        ['cryptorefills:catalog', 'cryptorefills:catalog:SE', 'cryptorefills:brands:SE'],
        ['cryptorefills:catalog', 'cryptorefills:catalog:NO', 'cryptorefills:brands:NO'],
      ]),
    );
    expect(byName('homepage')[0]).toMatchObject({
      revalidate: 300,
      tags: ['cryptorefills:catalog', 'cryptorefills:catalog:SE', 'cryptorefills:homepage:SE'],
    });
    expect(byName('products').map((s) => s.keyParts.at(-1))).toEqual(
      expect.arrayContaining(['["products","SE","Airbnb",null,"USDC","en"]', '["products","SE","Airbnb",null,"USDT","en"]']),
    );
    expect(byName('products')[0]?.tags).toEqual(['cryptorefills:catalog', 'cryptorefills:catalog:SE', 'cryptorefills:products:SE']);
    expect(byName('payment-vias')[0]).toMatchObject({ revalidate: 60, tags: ['cryptorefills:payment-vias'] });
    expect(cache.stored.every((s) => s.keyParts[0] === 'cryptorefills' && s.keyParts[1] === 'reshaped-v1')).toBe(true);
    // The upstream is part of the key (a second storefront on another API must not get this one's catalog), hashed.
    expect(new Set(cache.stored.map((s) => s.keyParts[2])).size).toBe(1);
    expect(cache.stored[0]?.keyParts.join()).not.toContain(upstream.url);
    const other = await loadClient(`${upstream.url}/other`, cache.unstableCache);
    await other.client.getBrands('SE');
    expect(upstream.requests).toHaveLength(7);
    // The end user never reaches a shared read, so a visitor cannot split or poison the cache.
    expect(upstream.requests.every((r) => r.headers['x-forwarded-for'] === undefined)).toBe(true);
  });

  it('does not cache a failed read: the next view asks again', async () => {
    const cache = fakeDataCache();
    const { client } = await loadClient(upstream.url, cache.unstableCache);
    upstream.handle((_req, res) => json(res, 503, { status: 503, detail: 'DOWN' }));
    await expect(client.getBrands('SE')).rejects.toMatchObject({ status: 503 });
    upstream.handle((_req, res) => json(res, 200, fx.brandsResponse));
    expect((await client.getBrands('SE')).brands.map((b) => b.name)).toEqual(['Airbnb']);
    expect(upstream.requests).toHaveLength(1);
    expect(cache.entries.size).toBe(1);
  });
});

describe('a 3,000-brand country (SANDBOX_SCALE_BRANDS=3000)', () => {
  let sandbox: Sandbox;
  let base: string;
  beforeAll(async () => {
    sandbox = createSandbox({ catalogOptions: { scaleBrands: 3000, scaleCountry: 'US' } });
    base = await sandbox.listen(0);
  });
  afterAll(() => sandbox.close());

  it('caches its reshaped directory within the 2 MB limit, where the raw wire is over it', async () => {
    // Read first: the sandbox builds the country on first use, which can take longer than the client's test timeout.
    const raw = await (await fetch(`${base}/v2/brands?country_code=US`)).text();
    const cache = fakeDataCache();
    const { client } = await loadClient(base, cache.unstableCache);
    const directory = await client.getBrands('US');
    expect(directory.brands.length).toBeGreaterThan(3000);
    const [entry] = cache.stored;
    // Figures for the README (lib/cryptorefills/README.md §1): printed so a change of shape shows in the log.
    console.info(`3,000-brand directory: raw wire ${raw.length} B, reshaped data-cache entry ${entry?.size} B`);
    expect(raw.length).toBeGreaterThan(DATA_CACHE_ITEM_LIMIT_BYTES);
    expect(entry?.size).toBeLessThan(DATA_CACHE_ITEM_LIMIT_BYTES);
    // Stored with each brand once, read back as the same directory.
    expect(directory).toEqual(reshapeBrandDirectory(BrandsResponseSchema.parse(JSON.parse(raw)), 'US'));
  });
});
