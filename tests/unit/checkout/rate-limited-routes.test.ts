// POST /api/orders and /api/checkout/validate over their limit: 429 RATE_LIMITED with Retry-After, whatever
// X-Forwarded-For the client writes. Small limits from the environment; the clock is Vitest's fake Date.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PEER_HEADER, setPeerToken } from '@/lib/net/peer';

vi.mock('@/lib/session', () => ({ getSession: async () => ({ sid: 'rate-limited-session-1', orders: [] }), rememberOrder: vi.fn() }));

let ordersRoute: typeof import('@/app/api/orders/route');
let validateRoute: typeof import('@/app/api/checkout/validate/route');

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
  Object.assign(process.env, { ORDER_RATE_LIMIT: '2', ORDER_RATE_WINDOW_SECONDS: '600', VALIDATE_RATE_LIMIT: '3' });
  setPeerToken('rate-limit-token');
  vi.resetModules();
  ordersRoute = await import('@/app/api/orders/route');
  validateRoute = await import('@/app/api/checkout/validate/route');
});
afterAll(() => {
  vi.useRealTimers();
  for (const name of ['ORDER_RATE_LIMIT', 'ORDER_RATE_WINDOW_SECONDS', 'VALIDATE_RATE_LIMIT']) Reflect.deleteProperty(process.env, name);
});
beforeEach(() => {
  Reflect.deleteProperty(globalThis, '__sharedStore');
});

// A body the schema refuses: each request is counted before it is read, so no upstream is needed.
const post = (path: string, xff: string) =>
  new Request(`http://store.test${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: 'http://store.test',
      [PEER_HEADER]: 'rate-limit-token 192.0.2.10',
      'x-forwarded-for': xff,
    },
    body: '{}',
  });

describe('rate-limited checkout routes', () => {
  it('refuse the third order request in ten minutes with 429 and Retry-After, whatever X-Forwarded-For says', async () => {
    expect((await ordersRoute.POST(post('/api/orders', '10.0.0.1'))).status).toBe(400);
    vi.advanceTimersByTime(60_000);
    expect((await ordersRoute.POST(post('/api/orders', '10.0.0.2'))).status).toBe(400);
    const limited = await ordersRoute.POST(post('/api/orders', '10.0.0.3'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('540');
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
  });

  it('refuse the fourth validation in a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await validateRoute.POST(post('/api/checkout/validate', `10.1.0.${i}`))).status);
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});
