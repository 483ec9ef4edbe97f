// The axe helper of fixtures.ts, checked against planted faults: it reports violations, never counts a scan that a
// navigation cut off as clean, and fails on a scan that broke. These tests watch pages themselves (the plain
// Playwright test), because some of them leave a violation on the page on purpose.
import { test, expect, type Page } from '@playwright/test';
import { AxeWatcher, finishAxe, scanPage, type AxeScan } from './fixtures';

const ids = (scans: readonly AxeScan[]) => scans.flatMap((scan) => scan.violations.map((violation) => violation.id));

/** A deferred the test resolves or awaits. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** An axe run that, the first time, starts and then never finishes by itself (as a long scan would). */
function stuckOnce() {
  const started = signal();
  let calls = 0;
  const analyze = async (page: Page): Promise<AxeScan> => {
    calls += 1;
    if (calls > 1) return scanPage(page);
    started.resolve();
    await page.evaluate(() => new Promise(() => {}));
    throw new Error('unreachable: the evaluation above never settles by itself');
  };
  return { analyze, started: started.promise };
}

test('the scan reports an image without alt text and a button without a name, and only WCAG A and AA rules', async ({ page }) => {
  await page.setContent('<html lang="en"><title>Planted</title><main><img src="x"><button></button></main></html>');
  const found = ids([await scanPage(page)]);
  expect(found).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
  // A page without a level-one heading breaks a best practice, not WCAG.
  expect(found).not.toContain('page-has-heading-one');
});

test('a violation planted on a real page after its clean scan fails the end-of-test check', async ({ page }, testInfo) => {
  const watcher = new AxeWatcher(page);
  await page.goto('/US');
  await watcher.settled();
  expect(watcher.scanned()).toEqual([page.url()]);
  expect(watcher.findings).toEqual([]);

  await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('button'), { id: 'planted' })));
  await expect(finishAxe(watcher, testInfo)).rejects.toThrow('axe found accessibility violations');
  expect(ids(watcher.findings)).toEqual(['button-name']);
  expect(watcher.findings[0]?.violations[0]?.targets).toEqual(['#planted']);
});

test('a scan cut off by a navigation is retried on the new page and counted once complete, never passed', async ({ page }) => {
  const { analyze, started } = stuckOnce();
  const watcher = new AxeWatcher(page, analyze);
  await page.goto('/US');
  await started;
  const first = page.url();
  await page.goto('/US/brands');
  await watcher.settled();
  expect(watcher.interruptedUrls).toEqual([first]);
  expect(watcher.scannedUrls).toEqual([page.url()]);
  expect(watcher.findings).toEqual([]);
});

test('a scan during which the page moves client-side to another address is retried there, never counted', async ({ page }) => {
  let calls = 0;
  // As a Next client-side navigation does: the same document, a new address, the old page's content going away.
  const analyze = async (target: Page): Promise<AxeScan> => {
    calls += 1;
    if (calls === 1) await target.evaluate(() => history.pushState(null, '', '/US/brands'));
    return scanPage(target);
  };
  const watcher = new AxeWatcher(page, analyze);
  await page.goto('/US');
  const first = page.url();
  await watcher.settled();
  expect(watcher.interruptedUrls).toEqual([first]);
  expect(watcher.scannedUrls).toEqual([page.url()]);
  expect(page.url()).not.toBe(first);
});

test('a scan that fails on a page that did not navigate fails the check', async ({ page }) => {
  const watcher = new AxeWatcher(page, () => Promise.reject(new Error('axe broke')));
  await page.goto('/US');
  await expect(watcher.settled()).rejects.toThrow('axe broke');
  expect(watcher.scannedUrls).toEqual([]);
});

test('a page closed before its scan completes is listed as skipped, not as scanned', async ({ page }) => {
  const { analyze, started } = stuckOnce();
  const watcher = new AxeWatcher(page, analyze);
  await page.goto('/US');
  await started;
  const url = page.url();
  await page.close();
  await watcher.finish();
  expect(watcher.skippedUrls).toEqual([url]);
  expect(watcher.scannedUrls).toEqual([]);
});
