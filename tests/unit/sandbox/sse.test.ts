import { afterEach, describe, expect, it } from 'vitest';
import { FakeTime } from './fixtures';
import { eventually, sseReader, startSandbox, validOrder, type Harness } from './harness';

type Obj = Record<string, unknown>;
const STEP = 5;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup(options: { keepAliveMs?: number } = {}) {
  const time = new FakeTime();
  h = await startSandbox({ now: time.now, timers: time, transitionMs: STEP, ...options });
  const order = await h.json(h.post('/v5/orders', validOrder()));
  return { h, time, id: String(order.order_id) };
}

const state = (e: { data?: string } | undefined) => (JSON.parse(e?.data ?? '{}') as Obj).order_state;
const openStreams = async (harness: Harness) => (await harness.json(harness.get('/sandbox/state'))).openStreams;

describe('GET /v5/orders/{id}/subscribe', () => {
  it('sends the order at once, one event per change, then event: stop at Done and closes', async () => {
    const { h, time, id } = await setup();
    const res = await h.get(`/v5/orders/${id}/subscribe`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(res.headers.get('cache-control')).toContain('no-cache');
    const sse = sseReader(res);
    const first = await sse.next();
    expect(first?.event).toBeUndefined();
    expect(JSON.parse(first?.data ?? '{}')).toEqual(await h.json(h.get(`/v5/orders/${id}`)));
    expect(await openStreams(h)).toBe(1);

    await h.post(`/sandbox/orders/${id}/pay`);
    expect(state(await sse.next())).toBe('PaymentStarted');
    time.advance(STEP);
    expect(state(await sse.next())).toBe('PaymentReceived');
    time.advance(STEP);
    expect(state(await sse.next())).toBe('WaitingForDelivery');
    time.advance(STEP);
    const done = await sse.next();
    expect(state(done)).toBe('Done');
    const deliverable = ((JSON.parse(done?.data ?? '{}') as { deliveries: { deliverable: Obj }[] }).deliveries[0] ?? {}).deliverable;
    expect(deliverable?.pin_code).toEqual(expect.any(String));
    expect(await sse.next()).toEqual({ event: 'stop', data: '{}' });
    expect(await sse.next()).toBeUndefined();
    await eventually(async () => (await openStreams(h)) === 0);
  });

  it('emits forced states and partial payments too', async () => {
    const { h, id } = await setup();
    const sse = sseReader(await h.get(`/v5/orders/${id}/subscribe`));
    await sse.next();
    await h.post(`/sandbox/orders/${id}/pay`, { amount: '10' });
    const partial = JSON.parse((await sse.next())?.data ?? '{}') as Obj;
    expect(partial).toMatchObject({ order_state: 'PartialPaymentStarted', sent_coin_amount: '10.00' });
    await h.post(`/sandbox/orders/${id}/hold`);
    expect(state(await sse.next())).toBe('WaitingForManualAction');
    await h.post(`/sandbox/orders/${id}/refund`);
    expect(state(await sse.next())).toBe('Refunded');
    expect((await sse.next())?.event).toBe('stop');
  });

  it('a terminal order gets its snapshot and an immediate stop', async () => {
    const { h, id } = await setup();
    await h.post(`/sandbox/orders/${id}/expire`);
    const sse = sseReader(await h.get(`/v5/orders/${id}/subscribe`));
    expect(state(await sse.next())).toBe('Expired');
    expect((await sse.next())?.event).toBe('stop');
    expect(await sse.next()).toBeUndefined();
  });

  it('an expiry reached on the injected clock is pushed to subscribers', async () => {
    const { h, time, id } = await setup();
    const sse = sseReader(await h.get(`/v5/orders/${id}/subscribe`));
    await sse.next();
    time.advance(30 * 60 * 1000);
    const expired = JSON.parse((await sse.next())?.data ?? '{}') as Obj;
    expect(expired).toMatchObject({ order_state: 'Expired', payment_state: 'Expired' });
    expect((await sse.next())?.event).toBe('stop');
  });

  it('unknown order: event stop with an error; malformed id: 400', async () => {
    const { h } = await setup();
    const sse = sseReader(await h.get('/v5/orders/00000000-0000-4000-8000-000000000000/subscribe'));
    expect(await sse.next()).toEqual({ event: 'stop', data: '{"error":"not found"}' });
    expect(await sse.next()).toBeUndefined();
    expect((await h.get('/v5/orders/nope/subscribe')).status).toBe(400);
  });

  it('sends keep-alive comments', async () => {
    const { h, id } = await setup({ keepAliveMs: 20 });
    const controller = new AbortController();
    const sse = sseReader(await fetch(`${h.base}/v5/orders/${id}/subscribe`, { signal: controller.signal }));
    await sse.next();
    expect(await sse.next()).toEqual({ comment: 'keep-alive' });
    controller.abort();
  });

  it('a client abort closes the stream and leaves no listener behind', async () => {
    const { h, id } = await setup();
    const controllers = [new AbortController(), new AbortController()];
    for (const controller of controllers) {
      const sse = sseReader(await fetch(`${h.base}/v5/orders/${id}/subscribe`, { signal: controller.signal }));
      await sse.next();
    }
    expect(await h.json(h.get('/sandbox/state'))).toMatchObject({ openStreams: 2, orderListeners: 2 });
    for (const controller of controllers) controller.abort();
    await eventually(async () => {
      const s = await h.json(h.get('/sandbox/state'));
      return s.openStreams === 0 && s.orderListeners === 0;
    });
  });

  it('fault: drops the stream after N events, without a stop event', async () => {
    const { h, id } = await setup();
    await h.post('/sandbox/faults', { dropStreamsAfterEvents: 2 });
    const sse = sseReader(await h.get(`/v5/orders/${id}/subscribe`));
    expect(state(await sse.next())).toBe('WaitingForPayment');
    await h.post(`/sandbox/orders/${id}/pay`, { amount: '1' });
    expect(state(await sse.next())).toBe('PartialPaymentStarted');
    const outcome = await sse.next().then(
      (event) => (event ? `event ${event.event ?? 'message'}` : 'ended'),
      () => 'dropped',
    );
    expect(outcome).toBe('dropped');
    await eventually(async () => (await openStreams(h)) === 0);
  });

  it('a reset ends open streams', async () => {
    const { h, id } = await setup();
    const sse = sseReader(await h.get(`/v5/orders/${id}/subscribe`));
    await sse.next();
    await h.post('/sandbox/reset');
    expect(await sse.next()).toBeUndefined();
    expect(await openStreams(h)).toBe(0);
  });
});
