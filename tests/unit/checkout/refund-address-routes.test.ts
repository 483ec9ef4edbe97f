// POST /api/checkout/validate and /api/orders with a refund address that is not on the request's network:
// 400 INVALID_REQUEST in the documented `{ error: { code, message } }` shape, naming the field, and nothing upstream.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PEER_HEADER, setPeerToken } from '@/lib/net/peer';

vi.mock('@/lib/session', () => ({ getSession: async () => ({ sid: 'refund-session-1', orders: [] }), rememberOrder: vi.fn() }));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }));
const upstream = vi.hoisted(() => ({ validateOrder: vi.fn(), createOrder: vi.fn() }));
vi.mock('@/lib/cryptorefills', async (importOriginal) => ({ ...(await importOriginal<object>()), ...upstream }));

let ordersRoute: typeof import('@/app/api/orders/route');
let validateRoute: typeof import('@/app/api/checkout/validate/route');

beforeAll(async () => {
  setPeerToken('refund-token');
  Reflect.deleteProperty(globalThis, '__sharedStore');
  vi.resetModules();
  ordersRoute = await import('@/app/api/orders/route');
  validateRoute = await import('@/app/api/checkout/validate/route');
});
beforeEach(() => {
  upstream.validateOrder.mockReset();
  upstream.createOrder.mockReset();
});

const checkout = {
  email: 'buyer@example.com',
  coin: 'USDC',
  network: 'Solana',
  items: [{ country: 'US', brand: 'Airbnb', denomination: '100 USD', deliveryType: 'by_email', recipient: 'friend@example.com' }],
};
const post = (path: string, body: unknown) =>
  new Request(`http://store.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://store.test', [PEER_HEADER]: 'refund-token 192.0.2.30' },
    body: JSON.stringify(body),
  });

async function expectRefused(response: Response) {
  expect(response.status).toBe(400);
  const body = (await response.json()) as { error: { code: string; message: string }; fields: Record<string, string> };
  expect(body.error).toEqual({ code: 'INVALID_REQUEST', message: expect.any(String) });
  expect(body.fields).toEqual({ refundAddress: 'must be an address on the chosen network' });
}

describe('a refund address not on the chosen network', () => {
  it('is refused by the validation route before the upstream is asked', async () => {
    await expectRefused(
      await validateRoute.POST(post('/api/checkout/validate', { ...checkout, refundAddress: 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' })),
    );
    expect(upstream.validateOrder).not.toHaveBeenCalled();
  });

  it('is refused by the order route, and no order is made', async () => {
    const order = {
      ...checkout,
      attemptId: crypto.randomUUID(),
      expectedCoinAmount: '101.50',
      refundAddress: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    };
    await expectRefused(await ordersRoute.POST(post('/api/orders', order)));
    expect(upstream.validateOrder).not.toHaveBeenCalled();
    expect(upstream.createOrder).not.toHaveBeenCalled();
  });

  it('while one on the network goes upstream with the order', async () => {
    upstream.validateOrder.mockResolvedValue({ valid: true, problems: [], coinAmount: '101.5', deliveries: [], httpStatus: 200 });
    const response = await validateRoute.POST(
      post('/api/checkout/validate', { ...checkout, refundAddress: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v' }),
    );
    expect(response.status).toBe(200);
    expect(upstream.validateOrder).toHaveBeenCalledWith(
      expect.objectContaining({ refundAddress: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v' }),
      expect.anything(),
      expect.anything(),
    );
  });
});
