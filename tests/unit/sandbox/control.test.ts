import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ORDER_STATES } from '../../../sandbox/order-model';
import { FakeTime } from './fixtures';
import { sseReader, startSandbox, validOrder, type Harness } from './harness';

/** The parts of a socket that hand bytes to the network (Node's stream implementation). */
interface Writev {
  _write(chunk: unknown, encoding: BufferEncoding, done: (error?: Error | null) => void): void;
  _writev(chunks: { chunk: unknown }[], done: (error?: Error | null) => void): void;
}

type Obj = Record<string, unknown>;
const STEP = 5;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setup() {
  const time = new FakeTime();
  h = await startSandbox({ now: time.now, timers: time, transitionMs: STEP });
  const order = await h.json(h.post('/v5/orders', validOrder()));
  return { h, time, id: String(order.order_id) };
}

const del = (harness: Harness, path: string) => fetch(`${harness.base}${path}`, { method: 'DELETE' });

describe('control: orders', () => {
  it('pay in full walks to Done, one step per transition', async () => {
    const { h, time, id } = await setup();
    const paid = await h.json(h.post(`/sandbox/orders/${id}/pay`));
    expect(paid).toMatchObject({ order_state: 'PaymentStarted', sent_coin_amount: '101.50' });
    time.advance(STEP * 3);
    const done = await h.json(h.get(`/v5/orders/${id}`));
    expect(done).toMatchObject({ order_state: 'Done', payment_state: 'PaymentCompleted' });
    expect(Number(done.updated_at)).toBeGreaterThan(Number(done.created_at));
  });

  it('pay part → PartialPaymentStarted; pay the rest → Done', async () => {
    const { h, time, id } = await setup();
    expect(await h.json(h.post(`/sandbox/orders/${id}/pay`, { amount: '50' }))).toMatchObject({
      order_state: 'PartialPaymentStarted',
      sent_coin_amount: '50.00',
    });
    expect(await h.json(h.post(`/sandbox/orders/${id}/pay`, { amount: '51.5' }))).toMatchObject({ order_state: 'PaymentStarted' });
    time.advance(STEP * 3);
    expect((await h.json(h.get(`/v5/orders/${id}`))).order_state).toBe('Done');
  });

  it('rejects bad amounts (400), unknown orders (404) and unpayable ones (409)', async () => {
    const { h, id } = await setup();
    for (const amount of ['abc', '-1', '0', '1.0000001']) {
      expect((await h.post(`/sandbox/orders/${id}/pay`, { amount })).status, amount).toBe(400);
    }
    expect((await h.post(`/sandbox/orders/${id}/pay`, { amount: '1', extra: true })).status).toBe(400);
    expect((await h.post('/sandbox/orders/00000000-0000-4000-8000-000000000000/pay')).status).toBe(404);
    expect((await h.post('/sandbox/orders/bad-id/pay')).status).toBe(400);
    await h.post(`/sandbox/orders/${id}/fail`);
    const refused = await h.post(`/sandbox/orders/${id}/pay`);
    expect(refused.status).toBe(409);
    expect(await h.json(refused)).toMatchObject({ status: 409, detail: 'ORDER_NOT_PAYABLE' });
  });

  it('every one of the twelve states can be forced, with an optional payment_state', async () => {
    const { h, id } = await setup();
    for (const state of ORDER_STATES) {
      const order = await h.json(h.post(`/sandbox/orders/${id}/state`, { order_state: state }));
      expect(order.order_state).toBe(state);
    }
    const custom = await h.json(
      h.post(`/sandbox/orders/${id}/state`, { order_state: 'WaitingForPayment', payment_state: 'PaymentRequested' }),
    );
    expect(custom).toMatchObject({ order_state: 'WaitingForPayment', payment_state: 'PaymentRequested' });
    expect((await h.post(`/sandbox/orders/${id}/state`, { order_state: 'Canceled' })).status).toBe(400);
    expect((await h.post(`/sandbox/orders/${id}/state`, {})).status).toBe(400);
  });

  it('expire, fail, setup-fail, hold and refund shortcuts', async () => {
    const { h, id } = await setup();
    expect(await h.json(h.post(`/sandbox/orders/${id}/expire`))).toMatchObject({ order_state: 'Expired', payment_state: 'Expired' });
    expect((await h.post(`/sandbox/orders/${id}/expire`)).status).toBe(409);
    expect((await h.json(h.post(`/sandbox/orders/${id}/refund`))).order_state).toBe('Refunded');
    const other = String((await h.json(h.post('/v5/orders', validOrder()))).order_id);
    expect((await h.json(h.post(`/sandbox/orders/${other}/hold`))).order_state).toBe('WaitingForManualAction');
    expect((await h.json(h.post(`/sandbox/orders/${other}/fail`))).order_state).toBe('PaymentFailed');
    const third = String((await h.json(h.post('/v5/orders', validOrder()))).order_id);
    expect((await h.json(h.post(`/sandbox/orders/${third}/setup-fail`))).order_state).toBe('PaymentSetupFailed');
  });

  it('says when a change went out to the streams, on the real clock (the latency bench splits its figures with it)', async () => {
    const { h, id } = await setup();
    const before = performance.timeOrigin + performance.now();
    const response = await h.post(`/sandbox/orders/${id}/hold`);
    const after = performance.timeOrigin + performance.now();
    const changedAt = Number(response.headers.get('x-sandbox-changed-at'));
    expect(changedAt).toBeGreaterThanOrEqual(before - 1);
    expect(changedAt).toBeLessThanOrEqual(after + 1);
  });

  it("sends a change to the order's streams before it answers the control request that made it", async () => {
    h = await startSandbox({ transitionMs: STEP });
    // What each connection hands to the network, in order, whichever connection it is on.
    const sent: string[] = [];
    h.sandbox.server.on('connection', (socket: Socket) => {
      const writable = socket as unknown as Writev;
      const write = writable._write.bind(socket);
      const writev = writable._writev.bind(socket);
      writable._write = (chunk, encoding, done) => (sent.push(String(chunk)), write(chunk, encoding, done));
      writable._writev = (chunks, done) => (sent.push(chunks.map(({ chunk }) => String(chunk)).join('')), writev(chunks, done));
    });
    const id = String((await h.json(h.post('/v5/orders', validOrder()))).order_id);
    const stream = sseReader(await h.get(`/v5/orders/${id}/subscribe`));
    expect(JSON.parse((await stream.next())?.data ?? '{}')).toMatchObject({ order_state: 'WaitingForPayment' });

    await h.json(h.post(`/sandbox/orders/${id}/hold`));
    expect(JSON.parse((await stream.next())?.data ?? '{}')).toMatchObject({ order_state: 'WaitingForManualAction' });
    const held = sent.flatMap((text, at) => (text.includes('WaitingForManualAction') ? [{ at, event: text.includes('data: {') }] : []));
    expect(held.map(({ event }) => (event ? 'stream' : 'answer'))).toEqual(['stream', 'answer']);
    await stream.cancel();
  });

  it('the 30-minute window runs on the injected clock', async () => {
    const { h, time, id } = await setup();
    time.advance(30 * 60 * 1000 - 1000);
    expect((await h.json(h.get(`/v5/orders/${id}`))).order_state).toBe('WaitingForPayment');
    time.advance(1000);
    expect(await h.json(h.get(`/v5/orders/${id}`))).toMatchObject({ order_state: 'Expired', payment_state: 'Expired' });
  });

  it('lists orders', async () => {
    const { h, id } = await setup();
    const list = await h.json<Obj[]>(h.get('/sandbox/orders'));
    expect(list.map((o) => o.order_id)).toEqual([id]);
  });
});

describe('control: faults', () => {
  it('latency delays upstream endpoints', async () => {
    const { h } = await setup();
    await h.post('/sandbox/faults', { latencyMs: 60 });
    const started = performance.now();
    expect((await h.get('/v3/payment_vias')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('errorRate 1 answers the error status everywhere but the control API; paths narrow it', async () => {
    const { h } = await setup();
    await h.post('/sandbox/faults', { errorRate: 1, errorStatus: 500 });
    const failed = await h.get('/v2/brands?country_code=US');
    expect(failed.status).toBe(500);
    expect(await h.json(failed)).toMatchObject({ status: 500, detail: 'SANDBOX_FAULT' });
    const state = await h.json(h.get('/sandbox/state'));
    expect(state.faults).toEqual({ errorRate: 1, errorStatus: 500 });
    await h.post('/sandbox/faults', { errorRate: 1, errorStatus: 429, paths: ['/v5/orders'] });
    expect((await h.get('/v2/brands?country_code=US')).status).toBe(200);
    const limited = await h.post('/v5/orders/validations', validOrder());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    await del(h, '/sandbox/faults');
    expect((await h.post('/v5/orders/validations', validOrder())).status).toBe(200);
    // A prefix may end in the query: one country's brands fail, the others answer.
    await h.post('/sandbox/faults', { errorRate: 1, paths: ['/v2/brands?country_code=GB'] });
    expect((await h.get('/v2/brands?country_code=GB')).status).toBe(503);
    expect((await h.get('/v2/brands?country_code=US')).status).toBe(200);
    await h.post('/sandbox/faults', { errorRate: 1 });
    await h.post('/sandbox/faults', {});
    expect((await h.get('/v3/payment_vias')).status).toBe(200);
  });

  it('garbage answers 200 with an unusable body on the matching paths only', async () => {
    const { h } = await setup();
    await h.post('/sandbox/faults', { garbage: 'truncated', paths: ['/v2/brands'] });
    const cut = await h.get('/v2/brands?country_code=US');
    expect(cut.status).toBe(200);
    await expect(cut.json()).rejects.toThrow(SyntaxError);
    expect((await h.get('/v3/payment_vias')).status).toBe(200);
    await h.post('/sandbox/faults', { garbage: 'html' });
    const html = await h.get('/v3/payment_vias');
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).toContain('Bad Gateway');
    await h.post('/sandbox/faults', { garbage: 'wrong-shape' });
    expect(await h.json(h.get('/v2/brands?country_code=US'))).toEqual({ data: { items: null }, message: 'maintenance' });
    // The control API is never affected.
    expect((await h.get('/sandbox/state')).status).toBe(200);
  });

  it('a fractional errorRate is reproducible for a given seed', async () => {
    const { h } = await setup();
    const run = async () => {
      await h.post('/sandbox/faults', { errorRate: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await h.get('/v3/payment_vias')).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 503]));
  });

  it('rejects invalid fault configs', async () => {
    const { h } = await setup();
    for (const body of [
      { errorRate: 2 },
      { errorStatus: 200 },
      { latencyMs: -1 },
      { bogus: 1 },
      { paths: ['no-slash'] },
      { garbage: 'zip' },
      '[1,2',
    ]) {
      expect((await h.post('/sandbox/faults', body)).status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('control: suspensions, config, state, reset', () => {
  it('rejects unknown coins and networks', async () => {
    const { h } = await setup();
    expect((await h.post('/sandbox/suspensions', { coins: ['DOGE'] })).status).toBe(400);
    expect((await h.post('/sandbox/suspensions', { networks: [{ network: 'Moon' }] })).status).toBe(400);
    expect(await h.json(h.post('/sandbox/suspensions', { networks: [{ network: 'tron' }] }))).toEqual({
      suspensions: { coins: [], networks: [{ network: 'Tron' }] },
    });
  });

  it('config changes transitionMs and keepAliveMs', async () => {
    const { h } = await setup();
    expect(await h.json(h.post('/sandbox/config', { transitionMs: 0, keepAliveMs: 500 }))).toMatchObject({
      transitionMs: 0,
      keepAliveMs: 500,
    });
    expect((await h.post('/sandbox/config', { transitionMs: -5 })).status).toBe(400);
  });

  it('counts validations and creates; reset returns to the seeded state', async () => {
    const { h } = await setup();
    await h.post('/v5/orders/validations', validOrder());
    await h.post('/v5/orders', validOrder({ promo_code: 'COUPON_EXPIRED' }));
    await h.post('/sandbox/faults', { latencyMs: 1 });
    await h.post('/sandbox/suspensions', { coins: ['BTC'] });
    await h.post('/sandbox/config', { transitionMs: 99 });
    expect(await h.json(h.get('/sandbox/state'))).toMatchObject({
      ordersCreated: 1,
      createRequests: 2,
      validations: 1,
      orders: 1,
      openStreams: 0,
      orderListeners: 0,
      faults: { latencyMs: 1 },
      suspensions: { coins: ['BTC'], networks: [] },
      transitionMs: 99,
    });
    const reset = await h.json(h.post('/sandbox/reset'));
    expect(reset).toMatchObject({
      ordersCreated: 0,
      createRequests: 0,
      validations: 0,
      orders: 0,
      faults: {},
      suspensions: { coins: [], networks: [] },
      transitionMs: STEP,
    });
    expect(await h.json<Obj[]>(h.get('/sandbox/orders'))).toEqual([]);
  });

  it('counts API reads by path and per country, faulted ones too; reset clears them', async () => {
    h = await startSandbox();
    await h.post('/sandbox/faults', { errorRate: 1, paths: ['/v2/homepage'] });
    await Promise.all([
      h.get('/v2/brands?country_code=SE'),
      h.get('/v2/brands?country_code=SE'),
      h.get('/v2/brands?country_code=NO'),
      h.get('/v2/homepage?country_code=SE'),
      h.get('/v5/products/country/SE?family_name=Netflix'),
      h.get('/v3/payment_vias'),
      h.get('/logos_v2/netflix.webp'),
      h.post('/v5/orders/validations', validOrder()),
    ]);
    expect(await h.json(h.get('/sandbox/state'))).toMatchObject({
      upstreamReads: { '/v2/brands': 3, '/v2/homepage': 1, '/v5/products/country/SE': 1, '/v3/payment_vias': 1 },
      upstreamReadsByCountry: {
        SE: { '/v2/brands': 2, '/v2/homepage': 1, '/v5/products/country/SE': 1 },
        NO: { '/v2/brands': 1 },
      },
    });
    const state = await h.json<{ upstreamReads: Obj }>(h.get('/sandbox/state'));
    expect(Object.keys(state.upstreamReads)).toHaveLength(4);
    expect(await h.json(h.post('/sandbox/reset'))).toMatchObject({ upstreamReads: {}, upstreamReadsByCountry: {} });
  });

  it('counts every successful create, so a double submit shows up as two orders', async () => {
    const { h } = await setup();
    await Promise.all([h.post('/v5/orders', validOrder()), h.post('/v5/orders', validOrder())]);
    expect(await h.json(h.get('/sandbox/state'))).toMatchObject({ ordersCreated: 3, createRequests: 3 });
  });
});

describe('price moves', () => {
  it('make validations and orders of one brand dearer, and reset clears them', async () => {
    const sandbox = await startSandbox();
    const body = {
      email: 'buyer@example.com',
      payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'Solana' },
      deliveries: [{ beneficiary_account: 'buyer@example.com', brand_name: 'Amazon.com', country_code: 'US', denomination: '100 USD' }],
    };
    try {
      const validate = async () => (await sandbox.json<{ coin_amount: string }>(sandbox.post('/v5/orders/validations', body))).coin_amount;
      const before = await validate();
      expect((await sandbox.post('/sandbox/prices', { brand: 'amazon.com', percent: 10 })).status).toBe(200);
      expect(Number(await validate())).toBeGreaterThan(Number(before) * 1.09);
      expect((await sandbox.post('/sandbox/prices', { brand: 'Amazon.com', percent: 99 })).status).toBe(400);
      await sandbox.post('/sandbox/reset');
      expect(await validate()).toBe(before);
    } finally {
      await sandbox.close();
    }
  });
});
