import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { SANDBOX_PORT } from '../../playwright.config';

interface AxeFinding {
  url: string;
  violations: { id: string; impact?: string | null; help: string; targets: string[] }[];
}

// Every page a test visits is scanned with axe after it loads; any violation fails the test at its end.
async function scan(page: Page): Promise<AxeFinding | null> {
  const url = page.url();
  if (!url.startsWith('http')) return null;
  try {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    if (result.violations.length === 0) return null;
    return {
      url,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
    };
  } catch (error) {
    // The page navigated away mid-scan (axe then fails in many ways): the next page gets its own scan on load.
    if (page.isClosed() || page.url() !== url) return null;
    if (error instanceof Error && /context was destroyed|navigat|Target .*closed|has been closed/i.test(error.message)) {
      return null;
    }
    throw error;
  }
}

export const test = base.extend<{ sandbox: SandboxControl }>({
  page: async ({ page }, use, testInfo) => {
    const findings: AxeFinding[] = [];
    let queue: Promise<void> = Promise.resolve();
    const enqueue = () => {
      queue = queue.then(async () => {
        const finding = await scan(page);
        if (finding) findings.push(finding);
      });
    };
    page.on('load', enqueue);
    await use(page);
    page.off('load', enqueue);
    if (!page.isClosed()) enqueue();
    await queue;
    if (findings.length > 0) {
      await testInfo.attach('axe-violations.json', { body: JSON.stringify(findings, null, 2), contentType: 'application/json' });
    }
    expect(findings, 'axe found accessibility violations').toEqual([]);
  },
  sandbox: async ({ request }, use) => {
    await use(new SandboxControl(request));
  },
});

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
