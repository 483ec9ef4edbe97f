// Dark mode, search engines and secrets: what every storefront shows besides its catalog.
import { test as withoutAxe, type Page, type Response } from '@playwright/test';
import { PARTNER_ID_CANARY } from '../build/partner-env';
import { expect, test } from './fixtures';
import { createOrder } from './orders-helper';

const background = (page: Page) => page.locator('body');

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  // One test per page, so each proves the scan of its own page completed (and they run in parallel).
  test.describe('every kind of page is dark and passes axe', () => {
    for (const path of ['/US', '/US/brands', '/US/airbnb', '/countries', '/checkout', '/orders']) {
      test(path, async ({ page, axe }) => {
        await page.goto(path);
        await expect(background(page)).toHaveCSS('background-color', 'rgb(2, 6, 23)');
        await axe.settled();
        expect(axe.scanned()).toEqual([page.url()]);
      });
    }

    test('an order, and its QR code stays dark on white', async ({ page, axe }) => {
      await page.goto(`/orders/${await createOrder(page)}`);
      await expect(background(page)).toHaveCSS('background-color', 'rgb(2, 6, 23)');
      const qr = page.getByRole('img', { name: /QR/ }).first();
      await expect(qr.locator('path').first()).toHaveAttribute('fill', '#ffffff');
      await expect(qr.locator('path').last()).toHaveAttribute('fill', '#000000');
      await axe.settled();
      expect(axe.scanned()).toEqual([page.url()]);
    });
  });
});

// axe needs a script in the page, so this one runs without it.
withoutAxe.describe('dark mode without JavaScript', () => {
  withoutAxe.use({ colorScheme: 'dark', javaScriptEnabled: false });

  withoutAxe('is dark from the first paint: it needs no script, so nothing flashes', async ({ page }) => {
    await page.goto('/US');
    await expect(background(page)).toHaveCSS('background-color', 'rgb(2, 6, 23)');
    await expect(page.locator('style#site-theme')).toHaveCount(1);
  });
});

test('light mode is light', async ({ page }) => {
  await page.goto('/US');
  await expect(background(page)).toHaveCSS('background-color', 'rgb(248, 250, 252)');
});

test.describe('search engines', () => {
  test('a brand page has a canonical URL, Open Graph card and image, and JSON-LD offers', async ({ page, request }) => {
    await page.goto('/US/airbnb');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/US\/airbnb$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Airbnb in United States');
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(/\/US\/airbnb\/opengraph-image/);
    const png = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(png.headers()['content-type']).toBe('image/png');
    expect(png.headers()['set-cookie']).toBeUndefined();
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(jsonLd).toMatchObject({ '@type': 'Product', name: 'Airbnb', offers: { '@type': 'AggregateOffer', priceCurrency: 'USDC' } });
  });

  test('the country home and the home have Open Graph cards too', async ({ page, request }) => {
    await page.goto('/US');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /United States/);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect((await request.get(new URL(image!).pathname + new URL(image!).search)).headers()['content-type']).toBe('image/png');
    expect((await request.get('/opengraph-image')).headers()['content-type']).toBe('image/png');
  });

  test('robots.txt keeps orders, checkout and the API out; the sitemap lists countries and brands', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    for (const path of ['/orders', '/checkout', '/api/']) expect(robots).toContain(`Disallow: ${path}`);
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    const index = await (await request.get('/sitemap.xml')).text();
    expect(index).toContain('/sitemaps/countries.xml</loc>');
    expect(index).toContain('/sitemaps/US.xml</loc>');
    expect(await (await request.get('/sitemaps/countries.xml')).text()).toMatch(/\/US\/brands<\/loc>/);
    const us = await request.get('/sitemaps/US.xml');
    expect(us.headers()['content-type']).toContain('application/xml');
    // Crawler files set no cookies (the proxy leaves them alone), so caches can keep them.
    expect(us.headers()['set-cookie']).toBeUndefined();
    expect(await us.text()).toMatch(/\/US\/airbnb<\/loc>/);
    expect((await request.get('/sitemaps/XX.xml')).status()).toBe(404);
  });

  test('order pages tell robots to stay away', async ({ page }) => {
    const response = await page.goto(`/orders/${await createOrder(page)}`);
    expect(response?.headers()['x-robots-tag']).toContain('noindex');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
});

test('the partner ID never reaches a page, a payload or a response', async ({ page, request }, testInfo) => {
  // Six page loads, every body they bring read (about 170, some fetched again), and four API calls.
  test.setTimeout(60_000);
  const seen: string[] = [];
  const bodies: string[] = [];
  const refetched: string[] = [];
  const streams: string[] = [];
  const checks: Promise<void>[] = [];
  // The order page's live feed never ends, so its body cannot be read: the page records what its EventSource receives.
  await page.addInitScript(() => {
    const received: string[] = [];
    (window as unknown as { __streamed: string[] }).__streamed = received;
    window.EventSource = class extends window.EventSource {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener('message', (event: MessageEvent<string>) => received.push(event.data));
      }
    };
  });

  /** Reads one response to the end: its headers and its body. */
  async function check(response: Response) {
    const url = response.url();
    // A redirect has no body (its headers are all of it); a stream's body never ends.
    const redirect = response.status() >= 300 && response.status() < 400;
    const stream = response.headers()['content-type']?.startsWith('text/event-stream') ?? false;
    // The body is asked for first, before a navigation can take it away (null if the browser dropped it).
    const read =
      redirect || stream
        ? null
        : response.body().then(
            (body): Buffer | null => body,
            () => null,
          );
    if ((await response.headersArray()).some(({ value }) => value.includes(PARTNER_ID_CANARY))) seen.push(`${url} (headers)`);
    if (stream) streams.push(url);
    if (!read) return;
    let body = await read;
    if (!body) {
      // Next.js cancelled a prefetch it no longer needed, or the page navigated on first. The same request, sent
      // again with the same headers and cookies, gives the body to check.
      const again = response.request();
      body = await (await page.request.fetch(again.url(), { method: again.method(), headers: await again.allHeaders() })).body();
      refetched.push(url);
    }
    bodies.push(url);
    if (body.includes(PARTNER_ID_CANARY)) seen.push(url);
  }
  page.on('response', (response) => checks.push(check(response)));
  /** Every response so far read to the end, before a navigation can take a body away. */
  const allChecked = async () => {
    while (checks.length > 0) await Promise.all(checks.splice(0));
  };

  for (const path of ['/US', '/US/brands', '/US/airbnb', '/checkout', '/orders']) {
    await page.goto(path);
    await allChecked();
  }
  await page.goto(`/orders/${await createOrder(page)}`);
  await expect(page.getByTestId('order-live')).toHaveAttribute('data-feed', 'live');
  const streamed = () => page.evaluate(() => (window as unknown as { __streamed: string[] }).__streamed);
  await expect.poll(async () => (await streamed()).length).toBeGreaterThan(0);
  await allChecked();
  for (const message of await streamed()) if (message.includes(PARTNER_ID_CANARY)) seen.push(`order stream: ${message}`);

  for (const path of ['/api/health', '/api/price?country=US&brand=Airbnb&value=50&coin=USDC', '/manifest.webmanifest', '/robots.txt']) {
    const text = await (await request.get(path)).text();
    if (text.includes(PARTNER_ID_CANARY)) seen.push(path);
  }
  expect(seen).toEqual([]);
  expect(streams.length, 'the order page followed its order live').toBeGreaterThan(0);
  // Every page, script and payload the browser loaded was read (a dozen or more per page).
  expect(bodies.length).toBeGreaterThan(6 * 10);
  testInfo.annotations.push({ type: 'responses', description: `${bodies.length} bodies read, ${refetched.length} of them fetched again` });
});
