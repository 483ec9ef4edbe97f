// How many orders one client can create in a burst, with the limits off (as before this change: a fresh
// X-Forwarded-For each time used to choose a fresh bucket) and with the defaults. Loopback only; each phase stops
// after BENCH_SPAM_SECONDS (default 20) or BENCH_SPAM_MAX orders (default 60), whichever comes first.
import { benchOrderBody, startStorefront, type Storefront } from './support';

const SECONDS = Math.min(60, Number(process.env.BENCH_SPAM_SECONDS ?? 20));
const MAX = Math.min(200, Number(process.env.BENCH_SPAM_MAX ?? 60));

async function spam(storefront: Storefront): Promise<{ created: number; limited: number; elapsedMs: number; retryAfter?: string }> {
  const headers = { 'Content-Type': 'application/json', Origin: storefront.url };
  // One visit gives the session cookie; the spammer keeps it and writes a new X-Forwarded-For every time.
  const visit = await fetch(`${storefront.url}/checkout`);
  const cookie = (visit.headers.getSetCookie().find((c) => c.startsWith('sf_session=')) ?? '').split(';')[0] ?? '';
  const body = benchOrderBody();
  const validation = (await (
    await fetch(`${storefront.url}/api/checkout/validate`, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify(body) })
  ).json()) as { coinAmount?: string };
  let created = 0;
  let limited = 0;
  let retryAfter: string | undefined;
  const started = performance.now();
  for (let i = 0; i < MAX && performance.now() - started < SECONDS * 1000; i++) {
    const response = await fetch(`${storefront.url}/api/orders`, {
      method: 'POST',
      headers: { ...headers, cookie, 'X-Forwarded-For': `10.9.${i >> 8}.${i & 255}` },
      body: JSON.stringify({ ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: validation.coinAmount }),
    });
    if (response.status === 201) created++;
    if (response.status === 429) {
      limited++;
      retryAfter ??= response.headers.get('retry-after') ?? undefined;
    }
    await response.body?.cancel();
  }
  return { created, limited, elapsedMs: performance.now() - started, retryAfter };
}

async function phase(label: string, port: number, env: Record<string, string>) {
  const storefront = await startStorefront({ port, sandboxPort: port + 1010, env });
  try {
    const result = await spam(storefront);
    // Once refused, the client waits Retry-After before its next order: that wait belongs to the minute figure.
    const waitMs = result.limited > 0 ? Number(result.retryAfter ?? 0) * 1000 : 0;
    const perMinute = (result.created / (result.elapsedMs + waitMs)) * 60_000;
    console.info(
      `${label}: ${result.created} orders created, ${result.limited} refused (429, Retry-After ${result.retryAfter ?? '-'} s) ` +
        `in ${(result.elapsedMs / 1000).toFixed(1)} s: sustained, ${perMinute.toFixed(1)} orders per minute from one client`,
    );
  } finally {
    await storefront.stop();
  }
}

async function main() {
  await phase('before (no limit)', 3402, { ORDER_RATE_LIMIT: '1000000', VALIDATE_RATE_LIMIT: '1000000' });
  await phase('after (defaults: 10 per 10 minutes)', 3402, {});
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
