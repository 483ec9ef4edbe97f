import { beforeEach, describe, expect, it, vi } from 'vitest';

const revalidateTag = vi.fn();
vi.mock('next/cache', () => ({ revalidateTag, unstable_cache: <F>(fn: F) => fn }));

const SECRET = 'catalog-refresh-secret-0123456789abcdef';
const CRON = 'vercel-cron-secret-0123';

type Route = typeof import('@/app/api/catalog/revalidate/route');

/** A fresh route with these secrets (the server config is read once per module load). */
async function load(env: { CATALOG_REVALIDATE_SECRET?: string; CRON_SECRET?: string }): Promise<Route> {
  process.env.CATALOG_REVALIDATE_SECRET = env.CATALOG_REVALIDATE_SECRET ?? '';
  process.env.CRON_SECRET = env.CRON_SECRET ?? '';
  // A fresh shared store (in memory here): no limit counted by an earlier test.
  (globalThis as { __sharedStore?: unknown }).__sharedStore = undefined;
  vi.resetModules();
  return import('@/app/api/catalog/revalidate/route');
}

function request(method: string, { secret, body }: { secret?: string; body?: string } = {}) {
  return new Request('http://store.test/api/catalog/revalidate', {
    method,
    headers: { ...(secret ? { authorization: `Bearer ${secret}` } : {}), 'content-type': 'application/json' },
    body,
  });
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

describe('/api/catalog/revalidate', () => {
  beforeEach(() => revalidateTag.mockReset());

  it('does not exist without a secret: 404 JSON for every method', async () => {
    const route = await load({});
    for (const handler of [route.GET, route.POST, route.PUT, route.DELETE, route.OPTIONS]) {
      const response = await handler(request('POST', { secret: SECRET, body: '{}' }));
      expect(response.status).toBe(404);
      expect((await errorOf(response)).code).toBe('NOT_FOUND');
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('refuses a missing or wrong secret with 401 and refreshes nothing', async () => {
    const route = await load({ CATALOG_REVALIDATE_SECRET: SECRET });
    for (const secret of [undefined, 'wrong', `${SECRET}x`, SECRET.slice(0, -1), CRON]) {
      const response = await route.POST(request('POST', { secret, body: '{}' }));
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(await errorOf(response)).toMatchObject({ code: 'UNAUTHORIZED' });
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('drops one country, or the whole catalog and the payment vias, at once', async () => {
    const route = await load({ CATALOG_REVALIDATE_SECRET: SECRET });
    const one = await route.POST(request('POST', { secret: SECRET, body: '{"country":"se"}' }));
    expect(one.status).toBe(200);
    expect(one.headers.get('cache-control')).toBe('no-store');
    expect(await one.json()).toEqual({ revalidated: ['cryptorefills:catalog:SE'] });
    expect(revalidateTag.mock.calls).toEqual([['cryptorefills:catalog:SE', { expire: 0 }]]);
    revalidateTag.mockReset();
    const all = await route.POST(request('POST', { secret: SECRET, body: '{}' }));
    expect(await all.json()).toEqual({ revalidated: ['cryptorefills:catalog', 'cryptorefills:payment-vias'] });
    expect(revalidateTag.mock.calls.map(([tag]) => tag)).toEqual(['cryptorefills:catalog', 'cryptorefills:payment-vias']);
  });

  it('refuses a body that is not {} or {"country"} with 400', async () => {
    const route = await load({ CATALOG_REVALIDATE_SECRET: SECRET });
    for (const body of ['{"country":"XX"}', '{"country":"US","all":true}', 'not json', '[]', '{"country":1}']) {
      const response = await route.POST(request('POST', { secret: SECRET, body }));
      expect(response.status, body).toBe(400);
      expect((await errorOf(response)).code).toBe('INVALID_REQUEST');
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it('takes a Vercel cron GET with CRON_SECRET (alone, too) and refreshes everything', async () => {
    const route = await load({ CRON_SECRET: CRON });
    const response = await route.GET(request('GET', { secret: CRON }));
    expect(response.status).toBe(200);
    expect(revalidateTag.mock.calls.map(([tag]) => tag)).toEqual(['cryptorefills:catalog', 'cryptorefills:payment-vias']);
    expect((await route.GET(request('GET', { secret: SECRET }))).status).toBe(401);
  });

  it('answers other methods with 405 JSON and Allow', async () => {
    const route = await load({ CATALOG_REVALIDATE_SECRET: SECRET });
    const response = await route.PUT(request('PUT', { secret: SECRET }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    expect((await errorOf(response)).code).toBe('METHOD_NOT_ALLOWED');
  });

  it('limits wrong tries and refreshes per client apart: the 11th of each in a minute gets 429 with Retry-After', async () => {
    const route = await load({ CATALOG_REVALIDATE_SECRET: SECRET });
    const post = async (secret: string) => route.POST(request('POST', { secret, body: '{}' }));
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await post(i % 2 ? SECRET : 'guess')).status);
    expect(statuses).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 200 : 401)));
    const guess = await post('guess');
    expect(guess.status).toBe(429);
    expect(Number(guess.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await errorOf(guess)).code).toBe('RATE_LIMITED');
    const refresh = await post(SECRET);
    expect(refresh.status).toBe(429);
    expect(revalidateTag).toHaveBeenCalledTimes(20);
  });

  it('a guesser over the limit does not lock the right secret out', async () => {
    const route = await load({ CATALOG_REVALIDATE_SECRET: SECRET });
    for (let i = 0; i < 15; i++) await route.POST(request('POST', { secret: 'guess', body: '{}' }));
    expect((await route.POST(request('POST', { secret: SECRET, body: '{}' }))).status).toBe(200);
  });
});
