// Lighthouse's mobile preset (simulated 4× CPU slowdown and slow 4G) on the catalog pages, in Debian's Chromium,
// against a local storefront. Prints the performance score, LCP, total blocking time, CLS and whether the
// back/forward cache audit passes. One run per page (BENCH_RUNS for more; the median score is printed).
// BENCH_THROTTLING=devtools has Chrome slow the page down itself instead of Lighthouse's simulation. Never passes or
// fails on speed. Besides paths, BENCH_PATHS takes three pages of a purchase: `checkout` (Buy now
// of one gift card), `payment` (a new order's payment screen) and `delivered` (an order paid in the sandbox, codes
// shown), both seen by the buyer who created them.
//   npx tsx bench/lighthouse.ts               (builds first if the sources changed)
//   BENCH_PATHS=checkout,payment,delivered npx tsx bench/lighthouse.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buyNowHref } from '../lib/cart/buy-now';
import { BenchVisitor, CHROMIUM_ARGS, percentile, startStorefront, type Storefront } from './support';

const PATHS = process.env.BENCH_PATHS?.split(',') ?? ['/US', '/US/brands', '/US/airbnb'];
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const DEBUG_PORT = Number(process.env.BENCH_DEBUG_PORT ?? 9333);
/**
 * simulate: Lighthouse's default, the page runs at full speed and Lighthouse works out its 4× timings from the
 * trace, so a task that a busy neighbour stretched counts four times over. devtools: Chrome itself runs the page
 * 4× slower on a throttled network, and the figures are what the page did.
 */
const THROTTLING: 'devtools' | 'simulate' = process.env.BENCH_THROTTLING === 'devtools' ? 'devtools' : 'simulate';

interface Run {
  score: number;
  lcp: number;
  tbt: number;
  cls: number;
  bfcache: string;
}

async function startChromium(): Promise<{ stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const chromium = spawn(
    process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    [
      '--headless=new',
      `--remote-debugging-port=${DEBUG_PORT}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profile}`,
      ...CHROMIUM_ARGS,
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${DEBUG_PORT}/json/version`)).ok) break;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise<void>((resolve) => chromium.once('exit', () => resolve()));
  return {
    stop: async () => {
      chromium.kill('SIGTERM');
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** The reasons the back/forward cache audit lists, e.g. "Pages with cache-control:no-store header cannot enter back/forward cache." */
function bfcacheReasons(details: unknown): string {
  const items = (details as { items?: { reason?: unknown }[] } | undefined)?.items ?? [];
  return items
    .map((item) => (typeof item.reason === 'string' ? item.reason : ''))
    .filter(Boolean)
    .join(' / ');
}

interface Target {
  name: string;
  path: string;
  /** The buyer's session, for an order's own pages. */
  cookie?: string;
}

/** The page a BENCH_PATHS entry names: a path as it is, or one of the purchase's pages, made ready in the sandbox. */
async function target(name: string, storefront: Storefront): Promise<Target> {
  if (name.startsWith('/')) return { name, path: name };
  if (name === 'checkout') {
    const item = { country: 'US', brand: 'Amazon.com', slug: 'amazon-com', deliveryType: 'by_email', denomination: '25 USD' } as const;
    return { name, path: buyNowHref(item) };
  }
  if (name !== 'payment' && name !== 'delivered')
    throw new Error(`BENCH_PATHS: ${name} is neither a path nor checkout, payment or delivered`);
  const buyer = new BenchVisitor(storefront.url);
  const orderId = await buyer.createOrder();
  if (name === 'delivered') {
    const paid = await fetch(`${storefront.sandboxUrl}/sandbox/orders/${orderId}/pay`, { method: 'POST', body: '{}' });
    if (!paid.ok) throw new Error(`sandbox pay answered ${paid.status}`);
    // The sandbox delivers a few transitions after the payment.
    for (let i = 0; ; i++) {
      const order = (await (await buyer.request(`/api/orders/${orderId}`)).json()) as { order?: { state?: string }; state?: string };
      if ((order.order?.state ?? order.state) === 'Done') break;
      if (i > 200) throw new Error(`order ${orderId} was not delivered`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return { name, path: `/orders/${orderId}`, cookie: buyer.cookie };
}

async function audit(url: string, cookie?: string): Promise<Run> {
  const { default: lighthouse } = await import('lighthouse');
  const flags = {
    port: DEBUG_PORT,
    output: 'json' as const,
    logLevel: 'error' as const,
    onlyCategories: ['performance'],
    throttlingMethod: THROTTLING,
  };
  const result = await lighthouse(url, cookie ? { ...flags, extraHeaders: { Cookie: cookie } } : flags, undefined);
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const bf = lhr.audits['bf-cache'];
  if (process.env.BENCH_DETAIL === '1') printDetail(url, lhr.audits);
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    bfcache: !bf ? 'not run' : bf.score === 1 ? 'passes' : `fails: ${bfcacheReasons(bf.details) || bf.displayValue || 'see report'}`,
  };
}

type Audits = Record<string, { details?: unknown } | undefined>;

/** Where the main thread's time went (BENCH_DETAIL=1): by kind of work, by script, and the longest tasks. */
function printDetail(url: string, audits: Audits) {
  const items = (id: string) => ((audits[id]?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 6);
  const ms = (value: unknown) => `${Math.round(Number(value))} ms`;
  console.log(`    ${url}`);
  console.log(
    `      work: ${items('mainthread-work-breakdown')
      .map((i) => `${String(i.groupLabel)} ${ms(i.duration)}`)
      .join(' · ')}`,
  );
  for (const i of items('bootup-time'))
    console.log(`      script ${String(i.url).replace(/^https?:\/\/[^/]+/, '')}: ${ms(i.total)} (${ms(i.scripting)} scripting)`);
  const lcp = (
    audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined
  )?.items?.[0]?.items?.[0]?.node?.snippet;
  if (lcp) console.log(`      LCP element: ${lcp.slice(0, 160)}`);
  console.log(
    `      long tasks: ${items('long-tasks')
      .map((i) => `${ms(i.duration)} at ${ms(i.startTime)}`)
      .join(', ')}`,
  );
}

async function main() {
  const storefront = await startStorefront({
    port: Number(process.env.BENCH_PORT ?? 3700),
    sandboxPort: Number(process.env.BENCH_SANDBOX_PORT ?? 4710),
  });
  const chromium = await startChromium();
  try {
    console.log(
      `Lighthouse ${RUNS === 1 ? 'run' : `median of ${RUNS} runs`}, mobile preset (4× CPU slowdown, slow 4G, ${THROTTLING}), Debian Chromium`,
    );
    for (const name of PATHS) {
      const { path, cookie } = await target(name, storefront);
      // Warm the server so the first run does not measure a cold start.
      await (await fetch(`${storefront.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} })).arrayBuffer();
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(`${storefront.url}${path}`, cookie));
      const median = (pick: (run: Run) => number) => percentile(runs.map(pick), 50);
      console.log(
        `  ${name.padEnd(11)} performance ${median((r) => r.score)} · LCP ${(median((r) => r.lcp) / 1000).toFixed(2)} s` +
          ` · TBT ${Math.round(median((r) => r.tbt))} ms · CLS ${median((r) => r.cls).toFixed(3)} · back/forward cache ${runs[0]?.bfcache}`,
      );
    }
  } finally {
    await Promise.all([chromium.stop(), storefront.stop()]);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
