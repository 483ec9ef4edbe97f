// With the upstream down, failing or answering garbage, pages show what happened and offer a retry, with HTTP 503
// (never a 500 or a stack trace). Faults are scoped to one country or one order, so the tests running alongside are
// unaffected. A catalog read that once succeeded is served from Next's data cache, so only reads no other test makes
// are faulted (NZ, IE, AU and GB's catalogs, a fresh order), and the e2e storefront starts with a cold data cache
// (playwright.config.ts). The checkout's payment options are read by every checkout test, so its screen is unit-tested.
import type { Page } from '@playwright/test';
import { expect, test, type SandboxControl } from './fixtures';
import { createOrder } from './orders-helper';

type Fault = { errorRate: 1; errorStatus?: number } | { garbage: 'html' | 'truncated' | 'wrong-shape' } | { latencyMs: number };

async function withFault<T>(sandbox: SandboxControl, paths: string[], run: () => Promise<T>, fault: Fault = { errorRate: 1 }): Promise<T> {
  const faults = { ...fault, paths };
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

  test('the country home shows a retry screen while its catalog is down, then the catalog', async ({ page, sandbox }) => {
    await withFault(sandbox, ['/v2/brands?country_code=NZ', '/v2/homepage?country_code=NZ'], () => expectUnavailable(page, '/NZ'));
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect(page).toHaveURL(/\/NZ$/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('The store is not available right now');
  });

  test('the brand directory shows a retry screen when the brand list is not what the API sends', async ({ page, sandbox }) => {
    await withFault(sandbox, ['/v2/brands?country_code=IE'], () => expectUnavailable(page, '/IE/brands'), { garbage: 'wrong-shape' });
  });

  test('a brand page shows a retry screen when its products arrive cut off', async ({ page, sandbox }) => {
    await withFault(sandbox, ['/v5/products/country/AU'], () => expectUnavailable(page, '/AU/amazon-com-au'), { garbage: 'truncated' });
  });

  test('a brand page shows a retry screen when the upstream hangs past its timeout', async ({ page, sandbox }) => {
    // The e2e storefront gives up on the upstream after 5 s (UPSTREAM_TIMEOUT_MS in playwright.config.ts).
    test.setTimeout(40_000);
    await withFault(sandbox, ['/v5/products/country/PT'], () => expectUnavailable(page, '/PT/worten'), { latencyMs: 8_000 });
  });

  test('the order page shows a retry screen, then the order', async ({ page, sandbox }) => {
    const orderId = await createOrder(page);
    await withFault(sandbox, [`/v5/orders/${orderId}`], () => expectUnavailable(page, `/orders/${orderId}`));
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
