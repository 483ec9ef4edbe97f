// GET /api/orders/{id}/subscribe against a real sandbox over HTTP: the route handler itself, with only the
// session mocked. Proves events flow through, codes are redacted for visitors, and the upstream connection
// is closed when the browser goes away (the sandbox's own open-stream count drops back to 0).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventually, sseReader, startSandbox, validOrder, type Harness } from '../sandbox/harness';

const session = { sid: 'route-test-session-01', orders: [] as string[] };
vi.mock('@/lib/session', () => ({ getSession: async () => session, rememberOrder: async () => undefined }));

type RouteModule = typeof import('@/app/api/orders/[orderId]/subscribe/route');
let h: Harness;
let GET: RouteModule['GET'];

beforeAll(async () => {
  h = await startSandbox({ keepAliveMs: 60_000 });
  process.env.API_URL = h.base;
  process.env.UPSTREAM_TIMEOUT_MS = '2000';
  vi.resetModules();
  ({ GET } = await import('@/app/api/orders/[orderId]/subscribe/route'));
});
afterAll(() => h.close());
beforeEach(() => {
  session.orders = [];
  h.sandbox.context.faults.clear();
});

async function newOrderId(): Promise<string> {
  const order = await h.json<{ order_id: string }>(h.post('/v5/orders', validOrder()));
  return order.order_id;
}

function subscribe(orderId: string, signal?: AbortSignal) {
  const request = new Request(`http://store.test/api/orders/${orderId}/subscribe`, { signal, headers: { 'user-agent': 'RouteTest/1.0' } });
  return GET(request, { params: Promise.resolve({ orderId }) });
}

const openStreams = async () => (await h.json<{ openStreams: number }>(h.get('/sandbox/state'))).openStreams;

describe('GET /api/orders/{id}/subscribe', () => {
  it('streams the order as it changes, with the SSE headers, then stop at Done', async () => {
    const id = await newOrderId();
    session.orders = [id];
    const response = await subscribe(id);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const sse = sseReader(response);
    expect((await sse.next())?.comment).toBe('connected');
    expect(JSON.parse((await sse.next())?.data ?? '{}')).toMatchObject({ id, state: 'WaitingForPayment' });
    await h.post(`/sandbox/orders/${id}/pay`);
    const states: string[] = [];
    let last: Record<string, unknown> = {};
    for (let event = await sse.next(); event && event.event !== 'stop'; event = await sse.next()) {
      last = JSON.parse(event.data ?? '{}') as Record<string, unknown>;
      states.push(String(last.state));
    }
    expect(states).toEqual(['PaymentStarted', 'PaymentReceived', 'WaitingForDelivery', 'Done']);
    expect(JSON.stringify(last)).toMatch(/"pinCode":"[A-Z0-9-]+"/);
    expect(await sse.next()).toBeUndefined();
  });

  it('redacts the codes and the e-mail from the events a visitor gets', async () => {
    const id = await newOrderId();
    await h.post(`/sandbox/orders/${id}/pay`);
    await eventually(async () => (await h.json(h.get(`/v5/orders/${id}`))).order_state === 'Done');
    const sse = sseReader(await subscribe(id));
    await sse.next();
    const data = (await sse.next())?.data ?? '';
    expect(JSON.parse(data)).toMatchObject({ id, state: 'Done' });
    expect(data).not.toMatch(/pinCode|pinSerial|securityCode|barcodeImageUrl|redeemInstructions|buyer@example\.com/);
    expect((await sse.next())?.event).toBe('stop');
  });

  it('shares one upstream stream between the buyer and a visitor of the same order, codes for the buyer only', async () => {
    const id = await newOrderId();
    session.orders = [id];
    const buyer = sseReader(await subscribe(id));
    session.orders = [];
    const visitor = sseReader(await subscribe(id));
    for (const sse of [buyer, visitor]) {
      expect((await sse.next())?.comment).toBe('connected');
      expect(JSON.parse((await sse.next())?.data ?? '{}')).toMatchObject({ id, state: 'WaitingForPayment' });
    }
    expect(await openStreams()).toBe(1);
    await h.post(`/sandbox/orders/${id}/pay`);
    const lastData = async (sse: ReturnType<typeof sseReader>) => {
      let data = '';
      for (let event = await sse.next(); event && event.event !== 'stop'; event = await sse.next()) data = event.data ?? data;
      return data;
    };
    const [mine, theirs] = await Promise.all([lastData(buyer), lastData(visitor)]);
    expect(mine).toMatch(/"pinCode":"[A-Z0-9-]+"/);
    expect(JSON.parse(theirs)).toMatchObject({ id, state: 'Done' });
    expect(theirs).not.toMatch(/pinCode|pinSerial|securityCode|buyer@example\.com/);
    await eventually(async () => (await openStreams()) === 0);
  });

  it('closes the upstream connection when the browser disconnects', async () => {
    const id = await newOrderId();
    const browser = new AbortController();
    const sse = sseReader(await subscribe(id, browser.signal));
    await sse.next();
    await sse.next();
    expect(await openStreams()).toBe(1);
    browser.abort();
    await eventually(async () => (await openStreams()) === 0);
  });

  it('closes the upstream connection when the response body is cancelled', async () => {
    const id = await newOrderId();
    const sse = sseReader(await subscribe(id));
    await sse.next();
    expect(await openStreams()).toBe(1);
    await sse.cancel();
    await eventually(async () => (await openStreams()) === 0);
  });

  it('refuses a malformed id with a 400 before any upstream call', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const response = await subscribe('../../sandbox/reset');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INVALID_ORDER_ID');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it("answers the upstream's own status when it refuses the stream", async () => {
    const id = await newOrderId();
    h.sandbox.context.faults.set({ errorRate: 1, errorStatus: 503, paths: [`/v5/orders/${id}/subscribe`] });
    const response = await subscribe(id);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
  });
});

describe('GET /api/orders/{id}/subscribe with the upstream down', () => {
  it('answers 502 JSON', async () => {
    const { closedPortUrl } = await import('../cryptorefills/upstream-server');
    process.env.API_URL = await closedPortUrl();
    vi.resetModules();
    const route = await import('@/app/api/orders/[orderId]/subscribe/route');
    const id = '5f0e8a52-6c1d-4e8b-9a77-2d1c3b4a5e60';
    const response = await route.GET(new Request(`http://store.test/api/orders/${id}/subscribe`), {
      params: Promise.resolve({ orderId: id }),
    });
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('application/json');
    process.env.API_URL = h.base;
  });
});

describe('on Vercel', () => {
  it('runs on Node.js with a maxDuration the configured stream length always ends before', async () => {
    const route = await import('@/app/api/orders/[orderId]/subscribe/route');
    const { STREAM_SECONDS_LIMIT, parseOrderStreamConfig } = await import('@/lib/order-stream/config');
    expect(route.runtime).toBe('nodejs');
    expect(route.maxDuration).toBeGreaterThan(STREAM_SECONDS_LIMIT);
    expect(() => parseOrderStreamConfig({ ORDER_STREAM_MAX_SECONDS: String(route.maxDuration) })).toThrow(/ORDER_STREAM_MAX_SECONDS/);
    expect(parseOrderStreamConfig({}).maxDurationMs).toBeLessThan(route.maxDuration * 1000);
  });

  it('stamps events for the latency bench only with ORDER_STREAM_TIMING=1', async () => {
    const { parseOrderStreamConfig } = await import('@/lib/order-stream/config');
    expect(parseOrderStreamConfig({}).stampWrites).toBe(false);
    expect(parseOrderStreamConfig({ ORDER_STREAM_TIMING: '' }).stampWrites).toBe(false);
    expect(parseOrderStreamConfig({ ORDER_STREAM_TIMING: '0' }).stampWrites).toBe(false);
    expect(parseOrderStreamConfig({ ORDER_STREAM_TIMING: '1' }).stampWrites).toBe(true);
    expect(() => parseOrderStreamConfig({ ORDER_STREAM_TIMING: 'yes' })).toThrow(/ORDER_STREAM_TIMING/);
  });
});
