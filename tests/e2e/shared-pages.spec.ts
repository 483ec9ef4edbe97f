// "Catalog pages are shareable cache entries": a plain first visit to a catalog page gets an answer any CDN may
// share (s-maxage with stale-while-revalidate, no Set-Cookie), the next one is served from Next's cache, and the
// language is part of what is cached, never a cookie read behind a shared page. CA belongs to this spec.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';

const SHARED = ['/CA', '/CA/brands', '/CA/steam', '/countries', '/CA/opengraph-image', '/CA/steam/opengraph-image', '/sitemaps/CA.xml'];

function expectShareable(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(response.status(), path).toBe(200);
  expect(headers['cache-control'], path).toMatch(/(^|, )s-maxage=\d+/);
  expect(headers['cache-control'], path).toMatch(/stale-while-revalidate=\d+/);
  expect(headers['cache-control'], path).not.toMatch(/private|no-store/);
  expect(headers['set-cookie'], `${path} sets no cookie`).toBeUndefined();
}

/** A fresh client, with no cookie: each test's visits are "plain first visits". */
async function visitor(playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } }, baseURL: string, headers = {}) {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: headers });
}

const langOf = async (response: APIResponse) => /<html lang="([a-z]+)"/.exec(await response.text())?.[1];

test('catalog pages, share images and sitemaps are shareable answers, served again from the cache', async ({ playwright, baseURL }) => {
  const client = await visitor(playwright, baseURL!);
  for (const path of SHARED) {
    expectShareable(await client.get(path, { maxRedirects: 0 }), path);
    const again = await client.get(path, { maxRedirects: 0 });
    expectShareable(again, path);
    expect(again.headers()['x-nextjs-cache'], `${path}: the second view comes from Next's cache`).toMatch(/HIT|STALE/);
  }
  expect((await client.storageState()).cookies).toEqual([]);
  await client.dispose();
});

test('each language is its own cache entry, chosen by the cookie first, then Accept-Language', async ({ playwright, baseURL }) => {
  const indonesian = await visitor(playwright, baseURL!, { 'accept-language': 'id-ID,id;q=0.9' });
  const english = await visitor(playwright, baseURL!, { 'accept-language': 'en-GB' });
  const chosen = await visitor(playwright, baseURL!, { 'accept-language': 'id-ID', cookie: 'NEXT_LOCALE=en' });
  // Alternating, twice over: a shared entry never answers the other language.
  for (let round = 0; round < 2; round++) {
    for (const path of ['/CA/brands', '/CA/steam']) {
      expect(await langOf(await indonesian.get(path)), `${path} in Indonesian`).toBe('id');
      expect(await langOf(await english.get(path)), `${path} in English`).toBe('en');
      expect(await langOf(await chosen.get(path)), `${path}: the saved choice beats the browser's`).toBe('en');
    }
  }
  const page = await indonesian.get('/CA/steam');
  expect(await page.text()).toContain('Harga bersifat perkiraan');
  await Promise.all([indonesian.dispose(), english.dispose(), chosen.dispose()]);
});

test('what a page reads from its query is rendered per request; other parameters keep the shared page', async ({ playwright, baseURL }) => {
  const client = await visitor(playwright, baseURL!);
  const search = await client.get('/CA/brands?q=steem');
  expect(search.headers()['cache-control']).toMatch(/private|no-store/);
  expect(await search.text()).toMatch(/href="\/CA\/steam"/);

  const usdt = await client.get('/CA/steam?coin=USDT&denomination=10');
  expect(usdt.headers()['cache-control']).toMatch(/private|no-store/);
  expect(await usdt.text()).toMatch(/aria-current="true"[^>]*>USDT</);

  // A click id changes nothing on the page: the shared page answers it.
  expectShareable(await client.get('/CA/steam?fbclid=abc'), '/CA/steam?fbclid=abc');
  // A campaign is credited on the first touch: that answer sets a cookie, so it is this visitor's alone.
  const campaign = await client.get('/CA/steam?utm_source=newsletter');
  expect(campaign.headers()['set-cookie']).toMatch(/^sf_utm=/);
  expect(campaign.headers()['cache-control']).toBe('private, no-store');
  await client.dispose();
});
