// The sandbox keeps the order's refund_wallet_address and returns it wherever it returns the order.
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTime } from './fixtures';
import { startSandbox, validOrder, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('sandbox: refund address', () => {
  it('returns refund_wallet_address on the created order, on reading it and in the control list', async () => {
    const time = new FakeTime();
    h = await startSandbox({ now: time.now, timers: time, transitionMs: 5 });
    const address = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
    const created = await h.json(h.post('/v5/orders', validOrder({ refund_wallet_address: address })));
    expect(created.refund_wallet_address).toBe(address);
    expect((await h.json(h.get(`/v5/orders/${String(created.order_id)}`))).refund_wallet_address).toBe(address);
    const listed = (await (await h.get('/sandbox/orders')).json()) as { order_id: string; refund_wallet_address?: string }[];
    expect(listed.find((order) => order.order_id === created.order_id)?.refund_wallet_address).toBe(address);
    const without = await h.json(h.post('/v5/orders', validOrder()));
    expect(without).not.toHaveProperty('refund_wallet_address');
  });
});
