// The axe watcher of the e2e suite: every page a test loads is scanned, and a scan cut off by a navigation is
// retried on the page as it then is, never counted as clean (tests/e2e/axe-watch.spec.ts pins it).
import AxeBuilder from '@axe-core/playwright';
import { errors, expect, type Page, type TestInfo } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeScan {
  url: string;
  violations: { id: string; impact?: string | null; help: string; targets: string[] }[];
}

/** One axe run on the page as it is now. Whatever goes wrong is thrown: the caller decides what it means. */
export async function scanPage(page: Page): Promise<AxeScan> {
  const url = page.url();
  // Legacy mode runs axe.run in the page itself. The default mode opens a second, blank page in the test's
  // browser context for every scan to merge the results of frames: about twice the time, for iframes the
  // storefront does not have. Only violations get their every node described (axe's `resultTypes`): the passes,
  // which nobody reads, made each result 10 times larger (420 KB for /US) and the scan up to twice as slow.
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .analyze();
  return {
    url,
    violations: result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    })),
  };
}

/** What the watcher leaves in each document it scans, in the page's window. */
interface DocumentMark {
  token: number;
  /** The page's address when marked: a client-side move to another page ends the document for a scan. */
  href: string;
  /** A scan that began after this mark ran to completion on this document. */
  scanned: boolean;
  /** Since that scan began, the DOM changed or the visitor typed or moved the focus. */
  changed: boolean;
  observer: MutationObserver;
}
type MarkedWindow = Window & { __axeMark?: DocumentMark };

function markDocument(token: number): void {
  const w = window as MarkedWindow;
  w.__axeMark?.observer.disconnect();
  const touched = () => {
    if (w.__axeMark?.token === token) w.__axeMark.changed = true;
  };
  const observer = new MutationObserver(touched);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  for (const type of ['input', 'change', 'focusin']) document.addEventListener(type, touched, { capture: true });
  w.__axeMark = { token, scanned: false, changed: false, observer, href: location.href };
}

/** Whether the page still shows the document marked with `token`; if so, records that its scan completed. */
function completeMark(token: number): boolean {
  const mark = (window as MarkedWindow).__axeMark;
  if (mark?.token !== token) return false;
  // A client-side move to another page during the scan cut it off as a new document would.
  if (mark.href !== location.href) return false;
  mark.scanned = true;
  return true;
}

function readMark(): { token: number; scanned: boolean; changed: boolean } | null {
  const mark = (window as MarkedWindow).__axeMark;
  return mark ? { token: mark.token, scanned: mark.scanned, changed: mark.changed } : null;
}

/** How Playwright says that the document an evaluation ran in went away (a navigation) or the page closed. */
const DOCUMENT_GONE = /Execution context was destroyed|because of a navigation|Target page, context or browser has been closed/i;

const isSitePage = (url: string) => /^https?:/.test(url);

/** Scans cut off by navigations in a row, after which the page counts as one that cannot be scanned. */
export const MAX_CONSECUTIVE_INTERRUPTIONS = 20;

/**
 * Scans a page with axe each time it loads, and at the end (`finish`) unless it is unchanged since a complete scan.
 *
 * - Scans run one at a time. A load during a scan asks for one more scan, of the page as it is when that one starts.
 * - A scan counts only if the document it began on is still the one shown when it ends. A scan cut off by a
 *   navigation is never counted as clean: it is listed in `interruptedUrls` and retried on the page as it now is
 *   (the new document, once loaded), until one completes; MAX_CONSECUTIVE_INTERRUPTIONS in a row is an error.
 * - Any other error of a scan is kept and thrown by `settled()` and `finish()`: it fails the test.
 * - A scan that cannot run because the page was closed is listed in `skippedUrls`, never in `scannedUrls`.
 */
export class AxeWatcher {
  /** The URL of every scan that ran to completion, in order (a page scanned twice is listed twice). */
  readonly scannedUrls: string[] = [];
  /** The completed scans that found violations. */
  readonly findings: AxeScan[] = [];
  /** The URL of every scan cut off by a navigation (each was retried on the page as it then was). */
  readonly interruptedUrls: string[] = [];
  /** Pages closed before their scan could run or finish. */
  readonly skippedUrls: string[] = [];

  private requested = false;
  /** The next scan runs even if the document shown had a complete scan (it changed since). */
  private rescan = false;
  private active: Promise<void> | null = null;
  private error: Error | null = null;
  private tokens = 0;
  private consecutiveInterruptions = 0;
  private readonly onLoad = () => this.request();

  constructor(
    readonly page: Page,
    private readonly analyze: (page: Page) => Promise<AxeScan> = scanPage,
  ) {
    page.on('load', this.onLoad);
  }

  /** The distinct URLs fully scanned so far. */
  scanned(): string[] {
    return [...new Set(this.scannedUrls)];
  }

  /** Asks for a scan of the page as it is when the scan starts; scans never overlap. */
  request(): void {
    this.requested = true;
    this.active ??= this.drain();
  }

  /**
   * Waits until every scan asked for so far has completed and the document the page shows now has had a complete
   * scan (asking for it if its load was not seen yet). Throws the error of a scan that failed.
   */
  async settled(): Promise<void> {
    for (;;) {
      while (this.active) await this.active;
      if (this.error) throw this.error;
      if (this.page.isClosed() || !isSitePage(this.page.url())) return;
      if ((await this.currentMark())?.scanned) return;
      this.request();
    }
  }

  /** Scans the page as it is now (after any scan under way) and waits for it, as `settled()` does. */
  async scanNow(): Promise<void> {
    this.rescan = true;
    this.request();
    await this.settled();
  }

  /** The end of the test: scans the page as it is unless nothing changed since a complete scan, and waits for every scan. */
  async finish(): Promise<void> {
    this.page.off('load', this.onLoad);
    if (!this.page.isClosed() && isSitePage(this.page.url())) {
      const mark = await this.currentMark();
      if (mark?.changed) this.rescan = true;
      if (!mark?.scanned || mark.changed) this.request();
    }
    await this.settled();
  }

  /** The mark of the document shown now; null when it has none, or is being replaced by a navigation. */
  private async currentMark() {
    try {
      return await this.page.evaluate(readMark);
    } catch (error) {
      if (this.page.isClosed() || DOCUMENT_GONE.test(String(error))) return null;
      throw error;
    }
  }

  private async drain(): Promise<void> {
    // Yields first, so that `active` is assigned before `finally` clears it.
    await Promise.resolve();
    try {
      while (this.requested && !this.error) {
        this.requested = false;
        await this.scanOnce();
      }
    } catch (error) {
      this.error = error instanceof Error ? error : new Error(String(error));
    } finally {
      this.active = null;
    }
  }

  private async scanOnce(): Promise<void> {
    const { page } = this;
    const token = ++this.tokens;
    let url = page.url();
    let marked = false;
    let scan: AxeScan | null = null;
    try {
      if (page.isClosed()) return this.skip(url);
      await page.waitForLoadState('load');
      url = page.url();
      if (!isSitePage(url)) return;
      // A load seen after the scan of its document had begun asks for nothing more.
      if (!this.rescan && (await page.evaluate(readMark))?.scanned) return;
      this.rescan = false;
      // Just after a client-side move the document is between pages: Next adds the new page's <title> once its
      // metadata arrives (20-50 ms here). A title still missing after 2 s is scanned, and reported, as it is.
      await page
        .waitForFunction(() => document.querySelector('title') !== null, null, { timeout: 2_000 })
        .catch((error: unknown) => {
          if (!(error instanceof errors.TimeoutError)) throw error;
        });
      await page.evaluate(markDocument, token);
      marked = true;
      const result = await this.analyze(page);
      // The document marked before the scan is still the one shown: the whole scan ran on it.
      if (await page.evaluate(completeMark, token)) scan = result;
    } catch (error) {
      if (page.isClosed()) return this.skip(url);
      // Cut off only if the document went away: the marked one is no longer shown, or (before it was marked)
      // Playwright says so. Otherwise the scan failed, and so does the test.
      const cutOff = marked ? (await this.currentMark())?.token !== token : DOCUMENT_GONE.test(String(error));
      if (!cutOff) throw error;
    }
    if (!scan) return this.interrupted(url);
    this.consecutiveInterruptions = 0;
    this.scannedUrls.push(scan.url);
    if (scan.violations.length > 0) this.findings.push(scan);
  }

  private interrupted(url: string): void {
    this.interruptedUrls.push(url);
    this.consecutiveInterruptions += 1;
    if (this.consecutiveInterruptions >= MAX_CONSECUTIVE_INTERRUPTIONS) {
      throw new Error(
        `axe could not complete a scan: ${this.consecutiveInterruptions} in a row were cut off by navigations (last on ${url})`,
      );
    }
    this.requested = true;
  }

  private skip(url: string): void {
    this.skippedUrls.push(url);
  }
}

/** Ends the watch at the end of a test: says what was scanned, attaches and fails on violations, throws a failed scan. */
export async function finishAxe(watcher: AxeWatcher, testInfo: TestInfo): Promise<void> {
  await watcher.finish();
  const { scannedUrls, interruptedUrls, skippedUrls, findings } = watcher;
  testInfo.annotations.push({
    type: 'axe',
    description: `${scannedUrls.length} complete scans of ${watcher.scanned().length} pages; ${interruptedUrls.length} cut off by a navigation and retried`,
  });
  if (skippedUrls.length > 0) {
    const description = `${skippedUrls.length} not scanned, the page was closed: ${skippedUrls.join(', ')}`;
    testInfo.annotations.push({ type: 'axe-skipped', description });
    console.warn(`axe: ${description}`);
  }
  if (findings.length > 0) {
    await testInfo.attach('axe-violations.json', { body: JSON.stringify(findings, null, 2), contentType: 'application/json' });
  }
  expect(findings, 'axe found accessibility violations').toEqual([]);
}
