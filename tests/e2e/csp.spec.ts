// The page policy: scripts run only with the request's nonce, images only from the allowed hosts, connections only
// to this site. Every other e2e test fails on a reported violation (tests/e2e/fixtures.ts); these plant some.
import { SANDBOX_PORT } from '../../playwright.config';
import { expect, test } from './fixtures';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );

test('every page sends a nonce policy, and every script on it carries that nonce', async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ['/US', '/US/brands', '/US/steam', '/checkout', '/orders', '/countries', '/unavailable']) {
    const response = await request.get(path);
    const policy = response.headers()['content-security-policy'] ?? '';
    const found = directives(policy);
    const script = found.get('script-src') ?? [];
    const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(script.find((value) => value.startsWith("'nonce-")) ?? '')?.[1];
    expect(nonce, `${path}: ${policy}`).toBeTruthy();
    nonces.add(nonce!);
    expect(script, path).toContain("'strict-dynamic'");
    expect(policy, path).not.toMatch(/unsafe-eval/);
    expect(script.join(' '), path).not.toMatch(/unsafe-inline/);
    expect(found.get('connect-src'), path).toEqual(["'self'"]);
    expect(found.get('img-src'), path).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://cdn.cryptorefills.com',
      'https://cryptorefills.s3-eu-west-1.amazonaws.com',
      `http://127.0.0.1:${SANDBOX_PORT}`,
    ]);
    expect(found.get('object-src'), path).toEqual(["'none'"]);
    expect(found.get('frame-ancestors'), path).toEqual(["'none'"]);
    // Scripts that run (not JSON-LD data blocks) must carry this response's nonce.
    const html = await response.text();
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/type="application\/ld\+json"/.test(tag));
    expect(tags.length, path).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  // A new nonce for every answer.
  expect(nonces.size).toBe(7);
});

test('an injected inline script and a foreign image are refused and reported', async ({ page, csp }) => {
  // What a stored XSS would look like: markup the page did not write, inside the real answer with its real policy.
  const planted = '<script>window.__injected = true</script><img alt="" src="https://images.attacker.example/pixel.png">';
  await page.route('**/US', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace('</body>', `${planted}</body>`) });
  });
  await page.goto('/US');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => csp.violations.length).toBe(2);
  const reported = csp.drain().join('\n');
  expect(reported).toMatch(/inline script/i);
  expect(reported).toMatch(/images\.attacker\.example/);
});
