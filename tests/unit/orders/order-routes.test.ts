// GET /api/orders/{id}, POST …/unlock and the sandbox panel's route, against a real sandbox over HTTP
// with only the session mocked.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PEER_HEADER, setPeerToken } from '@/lib/net/peer';
import { eventually, startSandbox, validOrder, type Harness } from '../sandbox/harness';

const session = { sid: 'order-routes-session-1', orders: [] as string[] };
const rememberOrder = vi.fn(async () => undefined);
vi.mock('@/lib/session', () => ({ getSession: async () => session, rememberOrder }));

let h: Harness;
let orderRoute: typeof import('@/app/api/orders/[orderId]/route');
let unlockRoute: typeof import('@/app/api/orders/[orderId]/unlock/route');
let sandboxRoute: typeof import('@/app/api/sandbox/orders/[orderId]/[action]/route');

async function load(env: Record<string, string>) {
  Object.assign(process.env, env);
  vi.resetModules();
  orderRoute = await import('@/app/api/orders/[orderId]/route');
  unlockRoute = await import('@/app/api/orders/[orderId]/unlock/route');
  sandboxRoute = await import('@/app/api/sandbox/orders/[orderId]/[action]/route');
}

beforeAll(async () => {
  // The client's address, as the server's instrumentation hook stamps it from the socket (lib/net/peer.ts).
  setPeerToken('order-routes-token');
  h = await startSandbox();
  // No API_URL: sandbox mode, with the sandbox on its port.
  await load({ API_URL: '', SANDBOX_PORT: new URL(h.base).port });
});
afterAll(() => h.close());
beforeEach(() => {
  session.orders = [];
  rememberOrder.mockClear();
});

async function paidOrder(): Promise<string> {
  const { order_id: id } = await h.json<{ order_id: string }>(h.post('/v5/orders', validOrder()));
  await h.post(`/sandbox/orders/${id}/pay`);
  await eventually(async () => (await h.json(h.get(`/v5/orders/${id}`))).order_state === 'Done');
  return id;
}

const params = (orderId: string) => ({ params: Promise.resolve({ orderId }) });
const getOrder = (id: string) => orderRoute.GET(new Request(`http://store.test/api/orders/${id}`), params(id));
// `ip` is the client's socket address; `xff` what the client wrote itself; `sid` its session (a guesser drops
// the cookie and gets a new one on every request).
const unlock = (id: string, email: unknown, ip = '203.0.113.9', extra: { xff?: string; sid?: string } = {}) => {
  session.sid = extra.sid ?? 'order-routes-session-1';
  return unlockRoute.POST(
    new Request(`http://store.test/api/orders/${id}/unlock`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://store.test',
        [PEER_HEADER]: `order-routes-token ${ip}`,
        ...(extra.xff ? { 'x-forwarded-for': extra.xff } : {}),
      },
      body: JSON.stringify({ email }),
    }),
    params(id),
  );
};

describe('GET /api/orders/{id}', () => {
  it('gives the buyer the codes and a visitor the status only, never cached, no referrer', async () => {
    const id = await paidOrder();
    const visitor = await getOrder(id);
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get('cache-control')).toBe('no-store');
    expect(visitor.headers.get('referrer-policy')).toBe('no-referrer');
    const visitorText = await visitor.text();
    expect(JSON.parse(visitorText)).toMatchObject({ id, state: 'Done' });
    expect(visitorText).not.toMatch(/pinCode|securityCode|buyer@example\.com/);

    session.orders = [id];
    expect(await (await getOrder(id)).text()).toMatch(/"pinCode":"[^"]+"/);
  });

  it('gives up quietly when the browser leaves mid-request', async () => {
    const id = await paidOrder();
    const browser = new AbortController();
    browser.abort(new Error('ResponseAborted'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await orderRoute.GET(new Request(`http://store.test/api/orders/${id}`, { signal: browser.signal }), params(id));
    expect(response.status).toBe(499);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('answers 400 for a malformed id and 404 for an unknown order', async () => {
    expect((await getOrder('nope')).status).toBe(400);
    expect((await getOrder('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('POST /api/orders/{id}/unlock', () => {
  it('adds the order to the session for the right e-mail, in any case', async () => {
    const id = await paidOrder();
    const response = await unlock(id, ' BUYER@example.com ');
    expect(response.status).toBe(200);
    expect(rememberOrder).toHaveBeenCalledWith(session, id, false);
  });

  it('answers a wrong e-mail with a 403 that reveals nothing, then 429 after five tries', async () => {
    const id = await paidOrder();
    const bodies = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const response = await unlock(id, `guess${i}@example.com`, '198.51.100.1');
      expect(response.status).toBe(403);
      bodies.add(await response.text());
    }
    expect([...bodies]).toEqual(['{"error":{"code":"EMAIL_MISMATCH","message":"This e-mail address does not match the order."}}']);
    const limited = await unlock(id, 'buyer@example.com', '198.51.100.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(rememberOrder).not.toHaveBeenCalled();
  });

  it('limits 200 guesses from one client that changes its X-Forwarded-For and its session every time', async () => {
    const id = await paidOrder();
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) {
      statuses.push(
        (await unlock(id, `guess${i}@example.com`, '192.0.2.77', { xff: `10.1.${i >> 8}.${i & 255}`, sid: `guesser-${i}-0123456789` }))
          .status,
      );
    }
    expect(statuses.filter((s) => s === 403)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(190);
  });

  it('lets the buyer in after a spoofer used up every limit it could reach with their address', async () => {
    const id = await paidOrder();
    for (let i = 0; i < 200; i++) {
      await unlock(id, `guess${i}@example.com`, '198.51.100.66', { xff: '203.0.113.50', sid: `spoofer-${i}-0123456789` });
    }
    const buyer = await unlock(id, 'buyer@example.com', '203.0.113.50', { xff: '203.0.113.50', sid: 'buyer-session-0123456789' });
    expect(buyer.status).toBe(200);
    expect(rememberOrder).toHaveBeenCalledTimes(1);
  });

  it('limits one client per order, not across orders', async () => {
    const [first, second] = await Promise.all([paidOrder(), paidOrder()]);
    for (let i = 0; i < 10; i++) await unlock(first!, 'nobody@example.com', '192.0.2.78', { sid: `s-${i}-0123456789abcdef` });
    expect((await unlock(first!, 'nobody@example.com', '192.0.2.78', { sid: 'fresh-0123456789abcdef' })).status).toBe(429);
    expect((await unlock(second!, 'nobody@example.com', '192.0.2.78', { sid: 'fresh-0123456789abcdef' })).status).toBe(403);
  });

  it('refuses another site before reading anything, even with the right e-mail', async () => {
    const id = await paidOrder();
    const response = await unlockRoute.POST(
      new Request(`http://store.test/api/orders/${id}/unlock`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
        body: JSON.stringify({ email: 'buyer@example.com' }),
      }),
      params(id),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(rememberOrder).not.toHaveBeenCalled();
  });

  it('rejects a body without an e-mail', async () => {
    const id = await paidOrder();
    expect((await unlock(id, undefined)).status).toBe(400);
  });
});

describe('POST /api/sandbox/orders/{id}/{action}', () => {
  const act = (id: string, action: string, body: unknown = {}) =>
    sandboxRoute.POST(
      new Request(`http://store.test/api/sandbox/orders/${id}/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://store.test' },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ orderId: id, action }) },
    );

  it('pays part of an order, then the rest, through the sandbox control API', async () => {
    const { order_id: id } = await h.json<{ order_id: string }>(h.post('/v5/orders', validOrder()));
    const partial = await act(id, 'pay-partial', { amount: '10' });
    expect(partial.status).toBe(200);
    expect(await partial.json()).toEqual({ ok: true });
    expect((await h.json(h.get(`/v5/orders/${id}`))).order_state).toBe('PartialPaymentStarted');
    expect((await act(id, 'pay')).status).toBe(200);
    await eventually(async () => (await h.json(h.get(`/v5/orders/${id}`))).order_state === 'Done');
    expect((await act(id, 'expire')).status).toBe(409);
  });

  it('knows only its four actions and needs an amount for a partial payment', async () => {
    const { order_id: id } = await h.json<{ order_id: string }>(h.post('/v5/orders', validOrder()));
    expect((await act(id, 'refund')).status).toBe(404);
    expect((await act(id, 'pay-partial', {})).status).toBe(400);
    expect((await act('x', 'pay')).status).toBe(400);
  });

  it('takes only same-origin JSON', async () => {
    const { order_id: id } = await h.json<{ order_id: string }>(h.post('/v5/orders', validOrder()));
    const post = (headers: Record<string, string>) =>
      sandboxRoute.POST(new Request(`http://store.test/api/sandbox/orders/${id}/pay`, { method: 'POST', headers, body: '{}' }), {
        params: Promise.resolve({ orderId: id, action: 'pay' }),
      });
    expect((await post({ 'content-type': 'text/plain', origin: 'https://evil.example' })).status).toBe(403);
    expect((await post({ 'content-type': 'text/plain', origin: 'http://store.test' })).status).toBe(415);
    expect((await h.json(h.get(`/v5/orders/${id}`))).order_state).toBe('WaitingForPayment');
  });

  it('does not exist once API_URL is set', async () => {
    await load({ API_URL: h.base });
    const { order_id: id } = await h.json<{ order_id: string }>(h.post('/v5/orders', validOrder()));
    expect((await act(id, 'pay')).status).toBe(404);
    expect((await h.json(h.get(`/v5/orders/${id}`))).order_state).toBe('WaitingForPayment');
    await load({ API_URL: '' });
  });
});
