// Brand directory at scale: time per search keystroke over 3,000+ brands in Chromium, and the bytes the
// page transfers. Prints figures; never passes or fails on time.
//   npx tsx bench/brand-search.ts            (builds first if the sources changed)
//   BENCH_PORT / BENCH_SANDBOX_PORT move the storefront and its sandbox off 3300 / 4310.
import { chromium } from '@playwright/test';
import { startStorefront, percentile, CHROMIUM_ARGS } from './support';

const QUERY = 'amazon gift';
const ROUNDS = 3;

async function main() {
  // The sandbox renders logos with sharp on the same 2 cores as the browser; a CDN would not compete.
  const blockLogos = process.env.BENCH_BLOCK_LOGOS === '1';
  const storefront = await startStorefront({
    port: Number(process.env.BENCH_PORT ?? 3300),
    sandboxPort: Number(process.env.BENCH_SANDBOX_PORT ?? 4310),
    env: { SANDBOX_SCALE_BRANDS: '3000', SANDBOX_SCALE_COUNTRY: 'US' },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // tsx (esbuild keepNames) wraps functions in __name(); the page has no such helper.
    await page.addInitScript('globalThis.__name = (fn) => fn');
    if (blockLogos) await page.route('**/logos_v2/**', (route) => route.abort());
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const types = new Map<string, string>();
    const bytes = new Map<string, number>();
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
    cdp.on('Network.loadingFinished', (e) => {
      const type = types.get(e.requestId) ?? 'Other';
      bytes.set(type, (bytes.get(type) ?? 0) + e.encodedDataLength);
    });

    await page.goto(`${storefront.url}/US/brands`, { waitUntil: 'networkidle' });
    const firstScreen = new Map(bytes);
    // "Showing 1–48 of 3,069 brands": the catalog's size, however many cards the first screen renders.
    const status = await page
      .getByRole('search')
      .getByText(/ of [\d,]+ /)
      .innerText();
    const brands = status.match(/ of ([\d,]+) /)?.[1] ?? '?';
    // Hydrated once typing filters the list.
    await page.getByLabel('Search brands').fill('zzzz');
    await page.waitForFunction(cardsShown, false);
    await page.getByLabel('Search brands').fill('');
    await page.waitForFunction(cardsShown, true);

    const handler: number[] = [];
    const frameStart: number[] = [];
    const frame: number[] = [];
    const pauses: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const result = await page.evaluate(typeAndMeasure, { steps: keystrokes(QUERY), settle: false });
      handler.push(...result.handler);
      frameStart.push(...result.frameStart);
      frame.push(...result.frame);
      pauses.push(await page.evaluate(longestTaskWhilePaused));
    }
    // Typing slowly: each keystroke waits until its results have settled on screen.
    const shown: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      shown.push(...(await page.evaluate(typeAndMeasure, { steps: keystrokes(QUERY), settle: true })).shown);
    }
    const kb = (type: string) => ((firstScreen.get(type) ?? 0) / 1024).toFixed(1);
    const fmt = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(1)} ms · p95 ${percentile(values, 95).toFixed(1)} ms · max ${Math.max(...values).toFixed(1)} ms`;
    console.log(`brand directory /US/brands with ${brands} brands${blockLogos ? ' (logo requests blocked)' : ''}`);
    console.log(
      `  transferred: HTML ${kb('Document')} KB · JS ${kb('Script')} KB · CSS ${kb('Stylesheet')} KB · images ${kb('Image')} KB (first screen, compressed as sent)`,
    );
    console.log(
      `  then, once searching: fetched ${(((bytes.get('Fetch') ?? 0) - (firstScreen.get('Fetch') ?? 0)) / 1024).toFixed(1)} KB (the brand index, compressed as sent)`,
    );
    console.log(`  keystroke → list filtered (handler), ${handler.length} keystrokes typing and deleting "${QUERY}": ${fmt(handler)}`);
    console.log(`  keystroke → next frame begins (main thread free):    ${fmt(frameStart)}`);
    console.log(`  keystroke → next frame painted:                      ${fmt(frame)}`);
    console.log(`  keystroke → its results painted (typing slowly):     ${fmt(shown)} (${shown.length} keystrokes changed them)`);
    console.log(`  when typing pauses (URL updated once): longest main-thread task ${fmt(pauses)}`);
  } finally {
    await browser.close();
    await storefront.stop();
  }
}

// Runs in the page: whether any brand card is displayed (the server's page is hidden while the browser's results show).
function cardsShown(any: boolean) {
  const shown = Array.from(document.querySelectorAll<HTMLElement>('ul[aria-label="Brands"] > li')).some((li) => li.offsetParent !== null);
  return shown === any;
}

// Types the query one character at a time, then deletes it.
function keystrokes(query: string): string[] {
  return [...Array.from(query, (_, i) => query.slice(0, i + 1)), ...Array.from(query, (_, i) => query.slice(0, query.length - i - 1))];
}

// Runs in the page: sets the search input to each value in turn, timing each keystroke. Typing fast (`settle`
// false), the next keystroke follows the next frame. Typing slowly, it waits until three frames pass without a
// change to the results (the list and its status line, not the input), and notes when the last change was painted.
async function typeAndMeasure({ steps, settle }: { steps: string[]; settle: boolean }) {
  const input = document.querySelector<HTMLInputElement>('input[name="q"]');
  const root = input?.form?.parentElement;
  if (!input || !root) throw new Error('no search input');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  let changed = false;
  const observer = new MutationObserver((records) => {
    if (records.some((record) => record.target !== input)) changed = true;
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  const handler: number[] = [];
  const frameStart: number[] = [];
  const frame: number[] = [];
  const shown: number[] = [];
  for (const value of steps) {
    await nextFrame();
    changed = false;
    const start = performance.now();
    setValue?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    handler.push(performance.now() - start);
    // The same next frame as nextFrame(), noting when its animation-frame callbacks run (before style, layout, paint).
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        frameStart.push(performance.now() - start);
        setTimeout(resolve, 0);
      }),
    );
    frame.push(performance.now() - start);
    if (!settle) continue;
    let painted = changed ? frame.at(-1)! : 0;
    changed = false;
    for (let quiet = 0; quiet < 3;) {
      await nextFrame();
      if (changed) {
        painted = performance.now() - start;
        changed = false;
        quiet = 0;
      } else quiet++;
    }
    // A keystroke that leaves the results as they were (same cards, same status) has nothing to wait for.
    if (painted > 0) shown.push(painted);
  }
  observer.disconnect();
  return { handler, frameStart, frame, shown };
}

// Runs in the page: the longest task in the second after typing stops (the deferred URL update).
async function longestTaskWhilePaused() {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  observer.disconnect();
  return longest;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
