// The page policies (lib/security/csp.ts): on pages rendered per request scripts run only with the request's nonce;
// on shared catalog pages only this site's scripts and the page's own inline payload run. Images only from the
// allowed hosts, connections only to this site. Every other e2e test fails on a reported violation (tests/e2e/fixtures.ts); these plant some.
import { SANDBOX_PORT } from '../../playwright.config';
import { expect, test } from './fixtures';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );

const IMAGE_SOURCES = [
  "'self'",
  'data:',
  'blob:',
  'https://cdn.cryptorefills.com',
  'https://cryptorefills.s3-eu-west-1.amazonaws.com',
  `http://127.0.0.1:${SANDBOX_PORT}`,
];

function expectCommonRules(found: Map<string, string[]>, path: string) {
  expect(found.get('connect-src'), path).toEqual(["'self'"]);
  expect(found.get('img-src'), path).toEqual(IMAGE_SOURCES);
  expect(found.get('object-src'), path).toEqual(["'none'"]);
  expect(found.get('base-uri'), path).toEqual(["'self'"]);
  expect(found.get('frame-ancestors'), path).toEqual(["'none'"]);
}

// Scripts that run (not JSON-LD data blocks).
const scriptTags = (html: string) =>
  [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/type="application\/ld\+json"/.test(tag));

test('pages rendered per request send a nonce policy, and every script on them carries that nonce', async ({ request }) => {
  const nonces = new Set<string>();
  const paths = ['/checkout', '/orders', '/unavailable', '/US/brands?q=steam', '/US/steam?coin=USDT'];
  for (const path of paths) {
    const response = await request.get(path);
    const policy = response.headers()['content-security-policy'] ?? '';
    const found = directives(policy);
    const script = found.get('script-src') ?? [];
    const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(script.find((value) => value.startsWith("'nonce-")) ?? '')?.[1];
    expect(nonce, `${path}: ${policy}`).toBeTruthy();
    nonces.add(nonce!);
    expect(script, path).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expectCommonRules(found, path);
    const tags = scriptTags(await response.text());
    expect(tags.length, path).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  // A new nonce for every answer.
  expect(nonces.size).toBe(paths.length);
});

test('shared catalog pages send one fixed policy: scripts from this site and their own inline payload, no nonce', async ({ request }) => {
  for (const path of ['/US', '/US/brands', '/US/steam', '/countries', '/ZZ']) {
    const [first, second] = [await request.get(path), await request.get(path)];
    const policy = first.headers()['content-security-policy'] ?? '';
    // The same for every visitor, as the cached page is: nothing in it may be per request.
    expect(second.headers()['content-security-policy'], path).toBe(policy);
    const found = directives(policy);
    expect(found.get('script-src'), path).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy, path).not.toMatch(/nonce|unsafe-eval/);
    expectCommonRules(found, path);
    // A nonce in a cached page would be every visitor's, known to anyone: it would protect nothing.
    for (const tag of scriptTags(await first.text())) expect(tag, path).not.toContain('nonce=');
  }
});

test('on a private page, an injected inline script and a foreign image are refused and reported', async ({ page, csp }) => {
  // What a stored XSS would look like: markup the page did not write, inside the real answer with its real policy.
  const planted = '<script>window.__injected = true</script><img alt="" src="https://images.attacker.example/pixel.png">';
  await page.route('**/orders', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</body>', `${planted}</body>`) });
  });
  await page.goto('/orders');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => csp.violations.length).toBe(2);
  const reported = csp.drain().join('\n');
  expect(reported).toMatch(/inline script/i);
  expect(reported).toMatch(/images\.attacker\.example/);
});

test('on a shared page, a script or image from another site is refused and reported', async ({ page, csp }) => {
  const planted =
    '<script src="https://scripts.attacker.example/x.js"></script><img alt="" src="https://images.attacker.example/pixel.png">';
  await page.route('**/US', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</body>', `${planted}</body>`) });
  });
  await page.goto('/US');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => csp.violations.length).toBe(2);
  const reported = csp.drain().join('\n');
  expect(reported).toMatch(/scripts\.attacker\.example/);
  expect(reported).toMatch(/images\.attacker\.example/);
});
