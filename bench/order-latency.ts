// Order tracking latency: the time from the sandbox's status change to the order page showing it, over
// 60 orders, for the SSE relay and for the polling fallback (EventSource removed) side by side. Prints
// figures; never passes or fails on time.
//   npx tsx bench/order-latency.ts            (builds first if the sources changed)
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { benchOrderBody, CHROMIUM_ARGS, percentile, startStorefront, type Storefront } from './support';

const ORDERS = 60;
const POLLING_BATCH = 10;
const TARGET_STATE = 'WaitingForManualAction';
/** A buyer pays a while after the page has loaded, not within its first frames. */
const SETTLE_MS = 300;
const POLL_MS = 5000;

interface Sample {
  shown: number;
  painted: number;
}
type Marks = { __shownAt?: number; __paintedAt?: number };

const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** mulberry32, seeded: the same run of random phases every time. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function createOrder(context: BrowserContext, url: string): Promise<string> {
  const body = benchOrderBody();
  // Same-origin JSON, with the session a visit starts (lib/api/same-origin.ts, proxy.ts).
  const headers = { Origin: new URL(url).origin };
  await context.request.get(`${url}/checkout`);
  const validation = (await (await context.request.post(`${url}/api/checkout/validate`, { data: body, headers })).json()) as {
    coinAmount?: string;
  };
  const created = await context.request.post(`${url}/api/orders`, {
    data: { ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: validation.coinAmount },
    headers,
  });
  if (created.status() !== 201) throw new Error(`order creation answered ${created.status()}`);
  return ((await created.json()) as { orderId: string }).orderId;
}

/** Opens the order page, waits until its feed runs, and starts watching for the target state. */
async function openWatched(context: BrowserContext, storefront: Storefront, orderId: string, feed: 'live' | 'polling'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${storefront.url}/orders/${orderId}`);
  await page.waitForSelector(`[data-testid="order-live"][data-feed="${feed}"]`);
  await page.evaluate((target) => {
    const element = document.querySelector('[data-testid="order-live"]');
    const marks = window as unknown as Marks;
    if (!element) throw new Error('no live order on the page');
    new MutationObserver(() => {
      if (element.getAttribute('data-order-state') !== target || marks.__shownAt !== undefined) return;
      marks.__shownAt = performance.timeOrigin + performance.now();
      requestAnimationFrame(() => (marks.__paintedAt = performance.timeOrigin + performance.now()));
    }).observe(element, { attributes: true, attributeFilter: ['data-order-state'] });
  }, TARGET_STATE);
  return page;
}

async function changeStatus(storefront: Storefront, orderId: string): Promise<number> {
  const changedAt = now();
  const response = await fetch(`${storefront.sandboxUrl}/sandbox/orders/${orderId}/hold`, { method: 'POST', body: '{}' });
  if (!response.ok) throw new Error(`hold answered ${response.status}`);
  return changedAt;
}

async function shownAfter(page: Page, changedAt: number): Promise<Sample> {
  await page.waitForFunction(() => (window as unknown as Marks).__paintedAt !== undefined, null, { timeout: 30_000 });
  const marks = await page.evaluate(() => {
    const { __shownAt, __paintedAt } = window as unknown as Marks;
    return { __shownAt, __paintedAt };
  });
  return { shown: (marks.__shownAt ?? NaN) - changedAt, painted: (marks.__paintedAt ?? NaN) - changedAt };
}

async function measureSse(browser: Browser, storefront: Storefront): Promise<Sample[]> {
  const context = await browser.newContext();
  const samples: Sample[] = [];
  for (let i = 0; i < ORDERS; i++) {
    const orderId = await createOrder(context, storefront.url);
    const page = await openWatched(context, storefront, orderId, 'live');
    await sleep(SETTLE_MS);
    samples.push(await shownAfter(page, await changeStatus(storefront, orderId)));
    await page.close();
  }
  await context.close();
  return samples;
}

async function measurePolling(browser: Browser, storefront: Storefront): Promise<Sample[]> {
  const random = seeded(7);
  const samples: Sample[] = [];
  for (let done = 0; done < ORDERS; done += POLLING_BATCH) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(POLLING_BATCH, ORDERS - done) }, async () => {
        // One context per page: each is a foreground tab, so its timers are not throttled.
        const context = await browser.newContext();
        await context.addInitScript(() => Reflect.deleteProperty(window, 'EventSource'));
        const orderId = await createOrder(context, storefront.url);
        return { context, orderId, page: await openWatched(context, storefront, orderId, 'polling') };
      }),
    );
    // Each change lands at a random point of its page's 5-second polling cycle, as a real payment would.
    const measured = batch.map(async ({ orderId, page }) => {
      await sleep(SETTLE_MS + random() * POLL_MS);
      return shownAfter(page, await changeStatus(storefront, orderId));
    });
    samples.push(...(await Promise.all(measured)));
    await Promise.all(batch.map(({ context }) => context.close()));
  }
  return samples;
}

function line(name: string, samples: Sample[]): string {
  const fmt = (values: number[]) =>
    `p50 ${percentile(values, 50).toFixed(1)} ms · p95 ${percentile(values, 95).toFixed(1)} ms · max ${Math.max(...values).toFixed(1)} ms`;
  return [
    `  ${name} (${samples.length} orders)`,
    `    change → page updated:     ${fmt(samples.map((s) => s.shown))}`,
    `    change → next frame drawn: ${fmt(samples.map((s) => s.painted))}`,
  ].join('\n');
}

async function main() {
  // Its 60+ orders come from one address: the default order limits (lib/api/rate-limit.ts) would refuse most.
  const storefront = await startStorefront({
    port: 3500,
    sandboxPort: 4510,
    env: { SANDBOX_TRANSITION_MS: '20', ORDER_RATE_LIMIT: '1000', VALIDATE_RATE_LIMIT: '1000' },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const sse = await measureSse(browser, storefront);
    const polling = await measurePolling(browser, storefront);
    const state = (await (await fetch(`${storefront.sandboxUrl}/sandbox/state`)).json()) as { openStreams: number };
    console.log('order status latency: sandbox status change → order page shows it (Chromium, loopback)');
    console.log(line('SSE relay (/api/orders/{id}/subscribe)', sse));
    console.log(line('polling fallback (GET /api/orders/{id} every 5 s, EventSource removed)', polling));
    console.log(`  upstream streams still open after every page closed: ${state.openStreams}`);
  } finally {
    await browser.close();
    await storefront.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
