import { describe, expect, it, vi } from 'vitest';
import { UpstreamHttpError, UpstreamShapeError } from '@/lib/cryptorefills/errors';

const getOrder = vi.hoisted(() => vi.fn());
vi.mock('@/lib/cryptorefills', async (original) => ({ ...(await original<typeof import('@/lib/cryptorefills')>()), getOrder }));

const { loadOrder } = await import('@/lib/orders/load');
const ID = '1b2c3d4e-0000-4000-8000-00000000a001';
const ctx = { sessionId: 's', clientIp: '203.0.113.9' } as never;

describe('reading the order for its page', () => {
  it('is no order (a 404 page) when the upstream refuses this order with any 4xx that is not trouble', async () => {
    for (const status of [400, 404, 410, 422]) {
      getOrder.mockRejectedValueOnce(new UpstreamHttpError({ status, endpoint: 'GET /v5/orders/{id}' }));
      expect(await loadOrder(ID, ctx), String(status)).toBeNull();
    }
  });

  it('passes trouble on to the unavailable screen: 5xx, 401, 403, 408, 429 and garbage', async () => {
    for (const status of [500, 503, 401, 403, 408, 429]) {
      const trouble = new UpstreamHttpError({ status, endpoint: 'GET /v5/orders/{id}' });
      getOrder.mockRejectedValueOnce(trouble);
      await expect(loadOrder(ID, ctx), String(status)).rejects.toBe(trouble);
    }
    getOrder.mockRejectedValueOnce(new UpstreamShapeError('invalid_json', 'GET /v5/orders/{id}'));
    await expect(loadOrder(ID, ctx)).rejects.toBeInstanceOf(UpstreamShapeError);
  });
});
