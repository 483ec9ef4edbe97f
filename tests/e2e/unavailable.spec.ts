// With the upstream failing, pages show what happened and offer a retry, with HTTP 503 (never a 500 or a
// stack trace). Faults are scoped to one country or one order, so the tests running alongside are unaffected.
// Only reads no test ever completes are faulted (GB's products, a fresh order): a catalog read that once
// succeeded is served stale by Next's data cache (kept in .next/cache across runs), so the country and
// directory pages, whose brand lists other runs cache, are covered by unit tests instead.
import type { Page } from '@playwright/test';
import { expect, test, type SandboxControl } from './fixtures';
import { createOrder } from './orders-helper';

async function withFault<T>(sandbox: SandboxControl, paths: string[], run: () => Promise<T>): Promise<T> {
  const faults = { errorRate: 1, errorStatus: 503, paths };
  await sandbox.post('/sandbox/faults', faults);
  try {
    return await run();
  } finally {
    const state = await sandbox.state();
    if (JSON.stringify(state.faults) === JSON.stringify(faults)) await sandbox.post('/sandbox/faults', {});
  }
}

/** Opens `path` with the upstream failing: the unavailable screen, as a 503, with a retry link back to `path`. */
async function expectUnavailable(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(503);
  expect(response?.headers()['retry-after']).toBe('5');
  await expect(page.getByRole('heading', { level: 1, name: 'The store is not available right now' })).toBeVisible();
  const body = await page.content();
  expect(body).not.toMatch(/\bat \S+ \(?\/.+:\d+:\d+/);
  await expect(page.getByRole('link', { name: 'Try again' })).toHaveAttribute('href', path);
}

test.describe('upstream trouble', () => {
  test.describe.configure({ mode: 'serial' });

  test('the brand page shows a retry screen when its products cannot be read', async ({ page, sandbox }) => {
    await withFault(sandbox, ['/v5/products/country/GB'], () => expectUnavailable(page, '/GB/tesco'));
  });

  test('the order page shows a retry screen, then the order', async ({ page, sandbox }) => {
    const orderId = await createOrder(page);
    await withFault(sandbox, [`/v5/orders/${orderId}`], () => expectUnavailable(page, `/orders/${orderId}`));
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
