import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../../sandbox/server';
import { startSandbox, validOrder, type Harness } from './harness';

const EPOCH = /^\d{10}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Obj = Record<string, unknown>;
let h: Harness;

beforeAll(async () => {
  h = await startSandbox();
});
afterAll(() => h.close());

function expectUpstreamError(body: Obj, status: number) {
  expect(body.status).toBe(status);
  expect(body.detail).toEqual(expect.any(String));
}

describe('order endpoints', () => {
  it('validation: 200 with problems null when valid', async () => {
    const res = await h.post('/v5/orders/validations', validOrder());
    expect(res.status).toBe(200);
    const body = await h.json(res);
    expect(body).toMatchObject({
      coin: 'USDC',
      coin_amount: '101.50',
      original_coin_amount: '101.50',
      coupon_code: null,
      loyalty_summary: null,
      summary: expect.any(Object),
      problems: null,
    });
    const delivery = (body.deliveries as Obj[])[0] as Obj;
    expect(delivery).toMatchObject({ delivery_state: 'Created', kind: 'giftcard' });
    expect(delivery.deliverable).toMatchObject({
      denomination: '100 USD',
      brand_name: 'Amazon.com',
      coin_amount: '101.50',
      currency_code: 'USD',
    });
  });

  it('validation: 200 with the problems array when not', async () => {
    const body = await h.json(h.post('/v5/orders/validations', validOrder({ email: 'kyc_pending@example.com', user: undefined })));
    expect(body.problems).toEqual([{ problem: 'KYC_PENDING', moreDetails: expect.objectContaining({ field: 'email' }) }]);
  });

  it('400 {status, detail, moreDetails} for malformed JSON and missing fields', async () => {
    for (const body of [
      '{not json',
      { payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC' } },
      { ...validOrder(), deliveries: [] },
    ]) {
      for (const path of ['/v5/orders/validations', '/v5/orders']) {
        const res = await h.post(path, body);
        expect(res.status).toBe(400);
        const json = await h.json(res);
        expectUpstreamError(json, 400);
        expect((json.moreDetails as Obj).reason).toEqual(expect.any(String));
      }
    }
  });

  it('create: the Order object, wire types and all', async () => {
    const before = await h.json(h.get('/sandbox/state'));
    const res = await h.post('/v5/orders', validOrder());
    expect(res.status).toBe(200);
    const order = await h.json(res);
    expect(order).toMatchObject({
      order_id: expect.stringMatching(UUID),
      order_state: 'WaitingForPayment',
      payment_state: 'WalletCreated',
      created_at: expect.stringMatching(EPOCH),
      payment_requested_at: expect.stringMatching(EPOCH),
      updated_at: expect.stringMatching(EPOCH),
      coin: 'USDC',
      network: 'Solana',
      coin_amount: '101.50',
      sent_coin_amount: '0',
      wallet_address: expect.stringMatching(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/),
      payment_method: 'USDC-SOL',
      payment_method_protocol: expect.any(String),
      payment_via: 'USER_WALLET',
      payment_id: expect.stringMatching(UUID),
      payment_value: 100,
      qr_url: `${h.base}/v3/qrs/${String(order.order_id)}`,
      user: { email: 'buyer@example.com' },
      is_payment_processor_external: false,
    });
    expect(order.qr_text).toBe(
      `solana:${String(order.wallet_address)}?amount=101.50&spl-token=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v`,
    );
    const delivery = (order.deliveries as Obj[])[0] as Obj;
    expect(delivery).toMatchObject({ id: expect.stringMatching(UUID), delivery_state: 'WaitingForPayment', kind: 'giftcard' });
    expect(delivery.deliverable).toMatchObject({
      denomination: '100 USD',
      beneficiary_account: 'buyer@example.com',
      coin_amount: '101.50',
    });
    const after = await h.json(h.get('/sandbox/state'));
    expect(after.ordersCreated).toBe(Number(before.ordersCreated) + 1);
    const fetched = await h.json(h.get(`/v5/orders/${String(order.order_id)}`));
    expect(fetched).toEqual(order);
  });

  it('create: a range order carries product_value, an EVM order an EIP-681 qr_text', async () => {
    const order = await h.json(
      h.post(
        '/v5/orders',
        validOrder({
          payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'POLYGON (MATIC)' },
          deliveries: [
            {
              beneficiary_account: 'buyer@example.com',
              brand_name: 'Everything Apple',
              country_code: 'US',
              denomination: 'range',
              product_value: 12,
            },
          ],
        }),
      ),
    );
    expect(order.network).toBe('Polygon (Matic)');
    expect(order.wallet_address).toMatch(/^0x[0-9a-f]{40}$/);
    expect(order.qr_text).toBe(
      `ethereum:0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359@137/transfer?address=${String(order.wallet_address)}&uint256=12180000`,
    );
    expect(((order.deliveries as Obj[])[0] as Obj).deliverable).toMatchObject({
      denomination: 'range',
      product_value: 12,
      localized_denomination: '$12',
    });
  });

  it('create with problems: 400 (422 for LOGIN_REQUIRED) with the problems envelope, and no order', async () => {
    const before = await h.json(h.get('/sandbox/state'));
    const bad = await h.post('/v5/orders', validOrder({ promo_code: 'COUPON_EXPIRED' }));
    expect(bad.status).toBe(400);
    expect(await h.json(bad)).toMatchObject({ status: 400, detail: 'COUPON_EXPIRED', problems: [{ problem: 'COUPON_EXPIRED' }] });
    const login = await h.post(
      '/v5/orders',
      validOrder({
        deliveries: [{ beneficiary_account: 'buyer@example.com', brand_name: 'Paysafecard', country_code: 'US', denomination: '10 USD' }],
      }),
    );
    expect(login.status).toBe(422);
    expect((await h.json(login)).problems).toContainEqual(expect.objectContaining({ problem: 'LOGIN_REQUIRED' }));
    const noEmail = await h.post('/v5/orders', validOrder({ email: undefined, user: undefined }));
    expect(noEmail.status).toBe(400);
    const after = await h.json(h.get('/sandbox/state'));
    expect(after.ordersCreated).toBe(before.ordersCreated);
    expect(after.createRequests).toBe(Number(before.createRequests) + 3);
  });

  it('GET /v5/orders/{id}: 404 ORDER_NOT_FOUND, 400 for a malformed id', async () => {
    const missing = await h.get('/v5/orders/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(await h.json(missing)).toEqual({ status: 404, detail: 'ORDER_NOT_FOUND' });
    const malformed = await h.get('/v5/orders/not-a-uuid');
    expect(malformed.status).toBe(400);
    expectUpstreamError(await h.json(malformed), 400);
  });

  it('unknown routes are upstream-style 404s; wrong methods 405', async () => {
    const res = await h.get('/v9/nothing');
    expect(res.status).toBe(404);
    expectUpstreamError(await h.json(res), 404);
    expect((await h.post('/v2/brands?country_code=US')).status).toBe(405);
  });

  it('suspensions: payment_vias shows them; validation and create answer 400 SUSPENDED_*', async () => {
    expect((await h.post('/sandbox/suspensions', { coins: ['USDT'], networks: [{ coin: 'USDC', network: 'solana' }] })).status).toBe(200);
    const vias = await h.json<Obj[]>(h.get('/v3/payment_vias'));
    const currencies = (vias[0]?.currencies ?? []) as Obj[];
    expect(currencies.find((c) => c.name === 'USDT')?.is_suspended).toBe(true);
    const usdcSol = ((currencies.find((c) => c.name === 'USDC')?.networks ?? []) as Obj[]).find((n) => n.name === 'Solana');
    expect(usdcSol?.is_suspended).toBe(true);
    for (const path of ['/v5/orders/validations', '/v5/orders']) {
      const net = await h.post(path, validOrder());
      expect(net.status).toBe(400);
      expect(await h.json(net)).toMatchObject({ status: 400, detail: 'SUSPENDED_NETWORK', moreDetails: { reason: expect.any(String) } });
      const coin = await h.post(path, validOrder({ payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDT', network: 'Base' } }));
      expect(await h.json(coin)).toMatchObject({ status: 400, detail: 'SUSPENDED_COIN' });
    }
    const ok = await h.post(
      '/v5/orders/validations',
      validOrder({ payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'Base' } }),
    );
    expect(ok.status).toBe(200);
    await fetch(`${h.base}/sandbox/suspensions`, { method: 'DELETE' });
    expect((await h.post('/v5/orders/validations', validOrder())).status).toBe(200);
  });
});

describe('logging', () => {
  it('logs one line per request and never an e-mail address', async () => {
    const lines: string[] = [];
    const sandbox = createSandbox({ log: (line) => lines.push(line) });
    const base = await sandbox.listen(0);
    await fetch(`${base}/v9/buyer@example.com`);
    await fetch(`${base}/v5/orders`, { method: 'POST', body: JSON.stringify(validOrder()) });
    await sandbox.close();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/v9\/\[redacted\] 404 \d+ms$/);
    expect(lines.join('\n')).not.toContain('@');
  });
});
