// "The upstream is read once per window, whatever the traffic": 500 page views of one country (its home, its
// directory and a brand page), 10 at a time, make at most one upstream read of each catalog endpoint for that
// country. Counted by the sandbox per country (GET /sandbox/state `upstreamReadsByCountry`), so other tests running
// alongside do not disturb it: SE belongs to this test only. Payment vias have no country and are also read by the
// health check, so their single read per window is proven by tests/unit/cryptorefills/catalog-cache.test.ts.
import { CATALOG_REVALIDATE_SECRET } from '../../playwright.config';
import { expect, test } from './fixtures';

const COUNTRY = 'SE';
const PAGES = [`/${COUNTRY}`, `/${COUNTRY}/brands`, `/${COUNTRY}/spotify`];
const VIEWS = 500;
const CONCURRENCY = 10;
const ENDPOINTS = ['/v2/brands', '/v2/homepage', `/v5/products/country/${COUNTRY}`];

type ReadCounts = Record<string, number>;

// In order, in one worker: a refresh during the 500 views would add a read.
test.describe.configure({ mode: 'serial' });

async function countryReads(state: Promise<Record<string, unknown>>): Promise<ReadCounts> {
  const byCountry = (await state).upstreamReadsByCountry as Record<string, ReadCounts> | undefined;
  expect(byCountry, 'the sandbox counts reads per country').toBeDefined();
  return byCountry?.[COUNTRY] ?? {};
}

test('500 views of one country within the window read each catalog endpoint at most once', async ({ request, sandbox }) => {
  // 500 server renders at 10 at a time: a few seconds when the cache works, far more without it.
  test.setTimeout(180_000);
  const before = await countryReads(sandbox.state());

  let next = 0;
  const statuses: number[] = [];
  const worker = async () => {
    while (next < VIEWS) {
      const path = PAGES[next++ % PAGES.length] ?? '/';
      const response = await request.get(path, { maxRedirects: 0 });
      statuses.push(response.status());
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  expect(statuses).toHaveLength(VIEWS);
  expect(new Set(statuses)).toEqual(new Set([200]));

  const after = await countryReads(sandbox.state());
  const reads = Object.fromEntries(ENDPOINTS.map((path) => [path, (after[path] ?? 0) - (before[path] ?? 0)]));
  for (const path of ENDPOINTS) {
    expect(reads[path], `${path}: upstream reads during ${VIEWS} views (all reads: ${JSON.stringify(reads)})`).toBeLessThanOrEqual(1);
    // Read at some point (by this run, or by an earlier one on a reused server within the window): the views did use it.
    expect(after[path] ?? 0, `${path} was never read: the pages no longer use it, or the counter is broken`).toBeGreaterThanOrEqual(1);
  }
});

test('a refresh of the country makes the next view read its brands again, once', async ({ request, sandbox }) => {
  // Warm (a no-op when the test above ran first), then refresh, then 20 views: exactly one more read.
  expect((await request.get(`/${COUNTRY}/brands`)).status()).toBe(200);
  const before = await countryReads(sandbox.state());
  const refresh = await request.post('/api/catalog/revalidate', {
    headers: { authorization: `Bearer ${CATALOG_REVALIDATE_SECRET}` },
    data: { country: COUNTRY },
  });
  expect(refresh.status()).toBe(200);
  expect(await refresh.json()).toEqual({ revalidated: [`cryptorefills:catalog:${COUNTRY}`] });
  for (let i = 0; i < 20; i++) expect((await request.get(`/${COUNTRY}/brands`)).status()).toBe(200);
  const after = await countryReads(sandbox.state());
  expect((after['/v2/brands'] ?? 0) - (before['/v2/brands'] ?? 0)).toBe(1);
});
