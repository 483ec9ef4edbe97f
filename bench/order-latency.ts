// Order tracking latency: the time from the sandbox's status change to the order page showing it, over
// 60 orders, for the SSE relay and for the polling fallback (EventSource removed) side by side. Prints
// figures; never passes or fails on time.
//   npx tsx bench/order-latency.ts            (builds first if the sources changed)
// For the SSE relay it also prints where the time goes, stage by stage, each mark taken where it happens, all on
// this machine's clock (ms since the epoch): the sandbox's emit (its control answer's X-Sandbox-Changed-At), the
// relay's write (the event id it adds with ORDER_STREAM_TIMING=1, bench only), the browser's message event (a
// listener the bench adds to the page's EventSource, ahead of the page's own), React's commit (the DOM attribute
// changed) and the next frame.
// Beside the order page it measures a bare relay (./bare-relay.ts), order by order in turn: the floor of the same
// minutes on the same machine, since the tails here move with the machine's neighbours.
// Settings: BENCH_PORT / BENCH_SANDBOX_PORT / BENCH_BARE_PORT (3500 / 4510 / 3510), BENCH_RUNS (1: SSE runs of
// 60 orders each, with each run's figures and their medians), BENCH_POLLING=0 (skip the polling fallback),
// BENCH_STAGES=0 (the relay without its stamps: the end-to-end figures only), BENCH_BARE=0 (no bare relay).
import http from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startBareRelay } from './bare-relay';
import { benchOrderBody, CHROMIUM_ARGS, percentile, startStorefront, type Storefront } from './support';

const ORDERS = 60;
const POLLING_BATCH = 10;
const TARGET_STATE = 'WaitingForManualAction';
/** A buyer pays a while after the page has loaded, not within its first frames. */
const SETTLE_MS = 300;
const POLL_MS = 5000;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const STAGES = process.env.BENCH_STAGES !== '0';
const BARE = process.env.BENCH_BARE !== '0';

interface Sample {
  shown: number;
  painted: number;
  /** Since the change (SSE only): the sandbox's emit, the relay's write, the browser's message event. */
  upstream?: number;
  relay?: number;
  event?: number;
}
type Marks = { __shownAt?: number; __paintedAt?: number; __eventAt?: number; __relayAt?: number; __painted?: Promise<void> };

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
async function openWatched(context: BrowserContext, url: string, feed: 'live' | 'polling'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(`[data-testid="order-live"][data-feed="${feed}"]`);
  await page.evaluate((target) => {
    const element = document.querySelector('[data-testid="order-live"]');
    const marks = window as unknown as Marks;
    if (!element) throw new Error('no live order on the page');
    marks.__painted = new Promise((resolve) => {
      new MutationObserver(() => {
        if (element.getAttribute('data-order-state') !== target || marks.__shownAt !== undefined) return;
        marks.__shownAt = performance.timeOrigin + performance.now();
        requestAnimationFrame(() => {
          marks.__paintedAt = performance.timeOrigin + performance.now();
          resolve();
        });
      }).observe(element, { attributes: true, attributeFilter: ['data-order-state'] });
    });
  }, TARGET_STATE);
  return page;
}

/**
 * Bench only: the page's EventSource gets a first 'message' listener that notes when the target state arrived,
 * and the relay's write time from the event id (ORDER_STREAM_TIMING=1).
 */
function timeMessageEvents(target: string) {
  const Native = window.EventSource;
  if (typeof Native !== 'function') return;
  window.EventSource = class extends Native {
    constructor(url: string | URL, init?: EventSourceInit) {
      super(url, init);
      this.addEventListener('message', (event: MessageEvent<string>) => {
        const marks = window as unknown as Marks;
        if (marks.__eventAt !== undefined || !event.data.includes(target)) return;
        marks.__eventAt = performance.timeOrigin + performance.now();
        if (event.lastEventId !== '') marks.__relayAt = Number(event.lastEventId);
      });
    }
  };
}

/**
 * The sandbox's control requests go over one kept-alive connection with node:http: fetch's own machinery (undici's
 * request objects and body streams) took 1-10 ms of this process's time before the request left, all of it
 * counted as latency though it is the bench's, not the storefront's.
 */
const control = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** Asks the sandbox for the change: when it was asked, and when the sandbox says it went out to the streams. */
function changeStatus(storefront: Storefront, orderId: string): Promise<{ changedAt: number; emittedAt: number }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${storefront.sandboxUrl}/sandbox/orders/${orderId}/hold`, { method: 'POST', agent: control });
    request.on('error', reject);
    request.on('response', (response) => {
      response.resume();
      response.on('error', reject);
      response.on('end', () => {
        if (response.statusCode !== 200) return reject(new Error(`hold answered ${response.statusCode}`));
        resolve({ changedAt, emittedAt: Number(response.headers['x-sandbox-changed-at'] ?? NaN) });
      });
    });
    const changedAt = now();
    request.end('{}');
  });
}

async function shownAfter(page: Page, { changedAt, emittedAt }: { changedAt: number; emittedAt: number }): Promise<Sample> {
  // One call that waits in the page for the frame after the change and returns the marks, rather than a predicate
  // polled on every frame (Playwright's default: it kept the page drawing 60 frames a second, work no buyer's page
  // does) or every 50 ms (each poll wakes the browser and the page, now and then just as the change arrives).
  const marks = await page.evaluate(async () => {
    const marks = window as unknown as Marks;
    await Promise.race([
      marks.__painted,
      new Promise((_, reject) => setTimeout(() => reject(new Error('the page never showed the change')), 30_000)),
    ]);
    const { __shownAt, __paintedAt, __eventAt, __relayAt } = marks;
    return { __shownAt, __paintedAt, __eventAt, __relayAt };
  });
  const since = (at: number | undefined) => (at === undefined ? undefined : at - changedAt);
  return {
    shown: (marks.__shownAt ?? NaN) - changedAt,
    painted: (marks.__paintedAt ?? NaN) - changedAt,
    upstream: since(emittedAt),
    relay: since(marks.__relayAt),
    event: since(marks.__eventAt),
  };
}

/** What the SSE runs measure: the order page, and the bare relay's page it is compared with. */
interface Target {
  name: string;
  pageUrl(orderId: string): string;
}

/** One run: 60 orders for each target, taken in turn order by order, so both see the same moments of the machine. */
async function measureSse(browser: Browser, storefront: Storefront, targets: Target[]): Promise<Sample[][]> {
  // A context each: the order page's renderer is reused from order to order as it is without the floor beside it.
  const lanes = await Promise.all(
    targets.map(async (target) => ({ target, context: await browser.newContext(), samples: [] as Sample[] })),
  );
  for (const { context } of lanes) await context.addInitScript(timeMessageEvents, TARGET_STATE);
  for (let i = 0; i < ORDERS; i++) {
    for (const { target, context, samples } of lanes) {
      const orderId = await createOrder(context, storefront.url);
      const page = await openWatched(context, target.pageUrl(orderId), 'live');
      await sleep(SETTLE_MS);
      samples.push(await shownAfter(page, await changeStatus(storefront, orderId)));
      await page.close();
    }
  }
  await Promise.all(lanes.map(({ context }) => context.close()));
  return lanes.map(({ samples }) => samples);
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
        return { context, orderId, page: await openWatched(context, `${storefront.url}/orders/${orderId}`, 'polling') };
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

const fmt = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms · p95 ${percentile(values, 95).toFixed(1)} ms · max ${Math.max(...values).toFixed(1)} ms`;

function line(name: string, samples: Sample[]): string {
  return [
    `  ${name} (${samples.length} orders)`,
    `    change → page updated:     ${fmt(samples.map((s) => s.shown))}`,
    `    change → next frame drawn: ${fmt(samples.map((s) => s.painted))}`,
  ].join('\n');
}

/** Each stage's own duration (the later mark minus the earlier one), order by order. */
function stageLines(samples: Sample[]): string {
  const stages: [string, (s: Sample) => number | undefined][] = [
    ['change → upstream emit      ', (s) => s.upstream],
    ['upstream emit → relay write ', (s) => (s.relay ?? NaN) - (s.upstream ?? NaN)],
    ['relay write → browser event ', (s) => (s.event ?? NaN) - (s.relay ?? NaN)],
    ['(upstream emit → br. event) ', (s) => (s.event ?? NaN) - (s.upstream ?? NaN)],
    ['browser event → page updated', (s) => s.shown - (s.event ?? NaN)],
    ['page updated → next frame   ', (s) => s.painted - s.shown],
  ];
  const out = ['    where the time goes (each stage on its own, order by order):'];
  for (const [name, of] of stages) {
    const values = samples.map(of).filter((v): v is number => v !== undefined && Number.isFinite(v));
    if (values.length > 0) out.push(`      ${name} ${fmt(values)}${values.length < samples.length ? ` (${values.length} orders)` : ''}`);
  }
  return out.join('\n');
}

function median(values: number[]): number {
  return percentile(values, 50);
}

async function main() {
  // Its 60+ orders come from one address: the default order limits (lib/api/rate-limit.ts) would refuse most.
  const storefront = await startStorefront({
    port: Number(process.env.BENCH_PORT ?? 3500),
    sandboxPort: Number(process.env.BENCH_SANDBOX_PORT ?? 4510),
    env: { SANDBOX_TRANSITION_MS: '20', ORDER_RATE_LIMIT: '1000', VALIDATE_RATE_LIMIT: '1000', ORDER_STREAM_TIMING: STAGES ? '1' : '0' },
  });
  const bare = BARE ? await startBareRelay({ port: Number(process.env.BENCH_BARE_PORT ?? 3510), sandboxUrl: storefront.sandboxUrl }) : null;
  const targets: Target[] = [
    { name: 'SSE relay (/api/orders/{id}/subscribe)', pageUrl: (orderId) => `${storefront.url}/orders/${orderId}` },
  ];
  if (bare) targets.push({ name: 'bare relay (bench/bare-relay.ts), the floor', pageUrl: bare.pageUrl });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const runs: Sample[][][] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measureSse(browser, storefront, targets));
    const polling = process.env.BENCH_POLLING === '0' ? null : await measurePolling(browser, storefront);
    const state = (await (await fetch(`${storefront.sandboxUrl}/sandbox/state`)).json()) as { openStreams: number };
    console.log('order status latency: sandbox status change → order page shows it (Chromium, loopback)');
    runs.forEach((run, r) => {
      targets.forEach((target, t) => {
        const sse = run[t] ?? [];
        console.log(line(`${target.name}${RUNS > 1 ? `, run ${r + 1} of ${RUNS}` : ''}`, sse));
        if (STAGES) console.log(stageLines(sse));
      });
    });
    if (RUNS > 1) {
      targets.forEach((target, t) => {
        const of = (p: number, pick: (s: Sample) => number) =>
          median(runs.map((run) => percentile((run[t] ?? []).map(pick), p))).toFixed(1);
        console.log(`  ${target.name}, median of the ${RUNS} runs' figures`);
        console.log(`    change → page updated:     p50 ${of(50, (s) => s.shown)} ms · p95 ${of(95, (s) => s.shown)} ms`);
        console.log(`    change → next frame drawn: p50 ${of(50, (s) => s.painted)} ms · p95 ${of(95, (s) => s.painted)} ms`);
      });
    }
    if (polling) console.log(line('polling fallback (GET /api/orders/{id} every 5 s, EventSource removed)', polling));
    console.log(`  upstream streams still open after every page closed: ${state.openStreams}`);
  } finally {
    control.destroy();
    await browser.close();
    await bare?.stop();
    await storefront.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
