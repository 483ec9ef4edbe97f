// Collects what Chromium reports about the Content-Security-Policy on every page of a browser context: a refused
// script, image, style or connection, or a refused inline script. tests/e2e/fixtures.ts fails any test that leaves
// one behind; tests/e2e/csp.spec.ts plants violations to show they are caught.
import type { BrowserContext, ConsoleMessage } from '@playwright/test';

const CSP_MESSAGE = /Content Security Policy|Content-Security-Policy/i;

export class CspWatcher {
  private found: string[] = [];

  constructor(context: BrowserContext) {
    this.watch(context);
  }

  /** Watches another context too (a test that opens its own with browser.newContext). Returns it. */
  watch(context: BrowserContext): BrowserContext {
    context.on('console', (message: ConsoleMessage) => {
      if (CSP_MESSAGE.test(message.text())) this.found.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
    });
    return context;
  }

  /** What has been reported so far, without forgetting it. */
  get violations(): readonly string[] {
    return this.found;
  }

  /** Hands over what has been reported so far and forgets it (for tests that plant violations on purpose). */
  drain(): string[] {
    const found = this.found;
    this.found = [];
    return found;
  }
}
