// With REDIS_URL set and nothing answering there, every write that needs the shared store fails closed with
// 503 STORE_UNAVAILABLE and Retry-After: order creation, checkout validation and unlocking. No upstream is reached.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PEER_HEADER, setPeerToken } from '@/lib/net/peer';
import { freePort } from '../../support/redis-server';

vi.mock('@/lib/session', () => ({ getSession: async () => ({ sid: 'store-down-session-1', orders: [] }), rememberOrder: vi.fn() }));

let ordersRoute: typeof import('@/app/api/orders/route');
let validateRoute: typeof import('@/app/api/checkout/validate/route');
let unlockRoute: typeof import('@/app/api/orders/[orderId]/unlock/route');

beforeAll(async () => {
  // Nothing listens on this port; API_URL points nowhere either, so a request that got past the store would fail otherwise.
  Object.assign(process.env, { REDIS_URL: `redis://127.0.0.1:${await freePort()}`, REDIS_TIMEOUT_MS: '200' });
  setPeerToken('store-down-token');
  Reflect.deleteProperty(globalThis, '__sharedStore');
  vi.resetModules();
  ordersRoute = await import('@/app/api/orders/route');
  validateRoute = await import('@/app/api/checkout/validate/route');
  unlockRoute = await import('@/app/api/orders/[orderId]/unlock/route');
});
afterAll(() => {
  for (const name of ['REDIS_URL', 'REDIS_TIMEOUT_MS']) Reflect.deleteProperty(process.env, name);
  Reflect.deleteProperty(globalThis, '__sharedStore');
});

const post = (path: string, body: unknown) =>
  new Request(`http://store.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://store.test', [PEER_HEADER]: 'store-down-token 192.0.2.20' },
    body: JSON.stringify(body),
  });

async function expectStoreUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe('STORE_UNAVAILABLE');
}

describe('checkout and unlock with the shared store down', () => {
  it('refuse to create an order, to validate and to unlock, with 503 STORE_UNAVAILABLE', async () => {
    await expectStoreUnavailable(await ordersRoute.POST(post('/api/orders', {})));
    await expectStoreUnavailable(await validateRoute.POST(post('/api/checkout/validate', {})));
    const orderId = '7d3f0c1e-2b4a-4c9e-9f10-3a5b6c7d8e9f';
    const unlocked = await unlockRoute.POST(post(`/api/orders/${orderId}/unlock`, { email: 'buyer@example.com' }), {
      params: Promise.resolve({ orderId }),
    });
    await expectStoreUnavailable(unlocked);
  });
});
