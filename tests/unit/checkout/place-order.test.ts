import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpstreamHttpError, UpstreamUnavailableError } from '@/lib/cryptorefills/errors';

const upstream = vi.hoisted(() => ({ validateOrder: vi.fn(), createOrder: vi.fn() }));
vi.mock('@/lib/cryptorefills', async (importOriginal) => ({ ...(await importOriginal<object>()), ...upstream }));

const { placeOrder } = await import('@/lib/checkout/server/place-order');

const request = {
  email: 'buyer@example.com',
  newsletter: false,
  coin: 'USDC',
  network: 'Solana',
  items: [
    { country: 'US' as const, brand: 'Airbnb', denomination: '100 USD', deliveryType: 'by_email' as const, recipient: 'buyer@example.com' },
  ],
  attemptId: '7d3f0c1e-2b4a-4c9e-9f10-3a5b6c7d8e9f',
  expectedCoinAmount: '101.50',
};
const context = { lang: 'en', acquisition: { utmSource: 'storefront' }, ctx: {} };
const valid = { valid: true, problems: [], coinAmount: '101.5', deliveries: [], httpStatus: 200 };

beforeEach(() => {
  upstream.validateOrder.mockReset();
  upstream.createOrder.mockReset();
});

describe('placing an order', () => {
  it('re-validates, then creates once at the price the buyer accepted', async () => {
    upstream.validateOrder.mockResolvedValue(valid);
    upstream.createOrder.mockResolvedValue({ id: 'o-1' });
    expect(await placeOrder(request, context)).toEqual({ kind: 'created', order: { id: 'o-1' } });
    expect(upstream.createOrder).toHaveBeenCalledTimes(1);
    const input = {
      email: request.email,
      coin: 'USDC',
      network: 'Solana',
      items: request.items,
      lang: 'en',
      acquisition: context.acquisition,
    };
    expect(upstream.validateOrder).toHaveBeenCalledWith(expect.objectContaining(input), context.ctx, undefined);
    expect(upstream.createOrder).toHaveBeenCalledWith(expect.objectContaining(input), context.ctx);
  });

  it('never charges a price the buyer did not see: a changed total stops before creation', async () => {
    upstream.validateOrder.mockResolvedValue({ ...valid, coinAmount: '103.20' });
    expect(await placeOrder(request, context)).toEqual({ kind: 'price_changed', coinAmount: '103.20' });
    expect(upstream.createOrder).not.toHaveBeenCalled();
  });

  it('returns problems, top-level suspensions included, without creating', async () => {
    upstream.validateOrder.mockRejectedValue(
      new UpstreamHttpError({ status: 400, endpoint: 'POST /v5/orders/validations', detail: 'SUSPENDED_COIN' }),
    );
    expect(await placeOrder(request, context)).toEqual({ kind: 'problems', problems: [{ code: 'SUSPENDED_COIN' }] });
    expect(upstream.createOrder).not.toHaveBeenCalled();
  });

  it('does not re-send a create that timed out or failed upstream: the outcome is unconfirmed', async () => {
    upstream.validateOrder.mockResolvedValue(valid);
    upstream.createOrder.mockRejectedValueOnce(new UpstreamUnavailableError('timeout', 'POST /v5/orders'));
    expect(await placeOrder(request, context)).toEqual({ kind: 'unconfirmed', code: 'UPSTREAM_TIMEOUT' });
    upstream.createOrder.mockRejectedValueOnce(new UpstreamHttpError({ status: 503, endpoint: 'POST /v5/orders' }));
    expect((await placeOrder(request, context)).kind).toBe('unconfirmed');
    upstream.createOrder.mockRejectedValueOnce(new UpstreamHttpError({ status: 429, endpoint: 'POST /v5/orders' }));
    expect((await placeOrder(request, context)).kind).toBe('unconfirmed');
    expect(upstream.createOrder).toHaveBeenCalledTimes(3);
  });
});
