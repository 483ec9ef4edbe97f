import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { SANDBOX_PORT } from '../../playwright.config';
import { AxeWatcher, finishAxe } from './axe-watcher';
import { CspWatcher } from './csp-watcher';

export { AxeWatcher, finishAxe, scanPage, type AxeScan } from './axe-watcher';

const watchers = new WeakMap<Page, AxeWatcher>();

export const test = base.extend<{ axe: AxeWatcher; csp: CspWatcher; sandbox: SandboxControl }>({
  // Every page of the test's browser context is watched for Content-Security-Policy reports; one left fails the test.
  csp: async ({ context }, use) => {
    const watcher = new CspWatcher(context);
    await use(watcher);
    expect(watcher.violations, 'Content-Security-Policy violations reported in the browser console').toEqual([]);
  },
  // Every page a test visits is scanned with axe (see AxeWatcher); a violation or a scan that failed fails the test.
  page: async ({ page, csp }, use, testInfo) => {
    void csp;
    const watcher = new AxeWatcher(page);
    watchers.set(page, watcher);
    await use(page);
    await finishAxe(watcher, testInfo);
  },
  /** The axe watch of `page`: what it has fully scanned so far, and `settled()` to wait for the scans. */
  axe: async ({ page }, use) => {
    await use(watchers.get(page)!);
  },
  sandbox: async ({ request }, use) => {
    await use(new SandboxControl(request));
  },
});
/** Scans the page as it is now, after any scan the watcher already runs (two axe runs at once make axe throw), and
 * expects no finding: for content that appeared after the page loaded. Never call scanPage beside the watcher. */
export async function scanned(axe: AxeWatcher): Promise<void> {
  await axe.scanNow();
  expect(axe.findings).toEqual([]);
}

/** Drives the sandbox's control API (pay, expire, faults, counters). */
export class SandboxControl {
  readonly baseUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
  constructor(private readonly request: APIRequestContext) {}

  async state(): Promise<Record<string, unknown>> {
    const res = await this.request.get(`${this.baseUrl}/sandbox/state`);
    expect(res.ok()).toBe(true);
    return (await res.json()) as Record<string, unknown>;
  }

  async get(path: string): Promise<unknown> {
    const res = await this.request.get(`${this.baseUrl}${path}`);
    expect(res.ok(), `${path} answered ${res.status()}`).toBe(true);
    return res.json();
  }

  async delete(path: string): Promise<unknown> {
    const res = await this.request.delete(`${this.baseUrl}${path}`);
    expect(res.ok(), `${path} answered ${res.status()}`).toBe(true);
    return res.json();
  }

  async post(path: string, body: unknown = {}): Promise<unknown> {
    const res = await this.request.post(`${this.baseUrl}${path}`, { data: body });
    expect(res.ok(), `${path} answered ${res.status()}`).toBe(true);
    return res.json();
  }
}

export { expect };
