import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as fx from './fixtures';
import { type FakeUpstream, PARTNER_ID, closedPortUrl, json, loadClient, startUpstream } from './upstream-server';

type Loaded = Awaited<ReturnType<typeof loadClient>>;

const ctx = { clientIp: '203.0.113.7', userAgent: 'Mozilla/5.0 Test' };
const orderInput = {
  email: 'buyer@example.com',
  newsletter: false,
  coin: 'USDC',
  network: 'Solana',
  items: [{ country: 'US', brand: 'Airbnb', denomination: '100 USD', recipient: 'buyer@example.com' }],
  lang: 'en',
  acquisition: { utmSource: 'partner-shop' },
};

let upstream: FakeUpstream;
let api: Loaded['client'];
let errors: Loaded['errors'];

beforeAll(async () => {
  upstream = await startUpstream();
  ({ client: api, errors } = await loadClient(upstream.url));
});
afterAll(() => upstream.close());
afterEach(() => vi.restoreAllMocks());

function initOfLastFetch(spy: { mock: { calls: unknown[][] } }) {
  return spy.mock.calls.at(-1)?.[1] as RequestInit & { next?: { revalidate?: number; tags?: string[] } };
}

describe('requests', () => {
  it('encodes the query string', async () => {
    upstream.handle((_req, res) => json(res, 200, []));
    await api.getProducts({ countryCode: 'us', familyName: 'Ben & Jerry’s + Co', coin: 'USDC', lang: 'en' });
    const [request] = upstream.requests;
    expect(request?.url).toMatch(/^\/v5\/products\/country\/US\?/);
    expect(request?.url).toContain('family_name=Ben+%26+Jerry%E2%80%99s+%2B+Co');
    expect(new URL(request?.url ?? '', upstream.url).searchParams.get('family_name')).toBe('Ben & Jerry’s + Co');
    expect(request?.url).not.toContain('brand_name');
  });

  it('reads the catalog outside the fetch cache (its reshaped result is cached), without per-user headers', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    upstream.handle((_req, res) => json(res, 200, fx.brandsResponse));
    const directory = await api.getBrands('US', ctx);
    expect(directory.brands.map((b) => b.name)).toEqual(['Airbnb']);
    const init = initOfLastFetch(spy);
    expect(init.next).toBeUndefined();
    expect(init.cache).toBe('no-store');
    const headers = upstream.requests[0]?.headers;
    expect(headers?.['x-cr-application']).toBe(PARTNER_ID);
    expect(headers?.['x-forwarded-for']).toBeUndefined();
    expect(headers?.['user-agent']).toBe('storefront-test/1.0');
  });

  it('never caches prices and forwards the end user', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    upstream.handle((_req, res) => json(res, 200, fx.priceResponse));
    const quote = await api.getPrice({ brandName: 'Airbnb', countryCode: 'US', faceValue: 100, coin: 'USDC' }, ctx);
    expect(quote.coinAmount).toBe('101.48');
    expect(initOfLastFetch(spy)).toMatchObject({ cache: 'no-store' });
    expect(initOfLastFetch(spy).next).toBeUndefined();
    expect(upstream.requests[0]?.url).toBe('/v4/products/price?brand_name=Airbnb&country_code=US&face_value=100&coin=USDC');
    expect(upstream.requests[0]?.headers).toMatchObject({ 'x-forwarded-for': '203.0.113.7', 'user-agent': 'Mozilla/5.0 Test' });
  });

  it('posts orders as JSON, uncached', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    upstream.handle((_req, res) => json(res, 201, fx.waitingOrder));
    const order = await api.createOrder(orderInput, ctx);
    expect(order).toMatchObject({ id: fx.ORDER_ID, state: 'WaitingForPayment', coinAmount: '101.48' });
    expect(initOfLastFetch(spy)).toMatchObject({ method: 'POST', cache: 'no-store' });
    expect(JSON.parse(upstream.requests[0]?.body ?? '')).toEqual({
      email: 'buyer@example.com',
      user: { email: 'buyer@example.com', has_accepted_newsletter: false },
      payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'Solana' },
      deliveries: [{ beneficiary_account: 'buyer@example.com', brand_name: 'Airbnb', country_code: 'US', denomination: '100 USD' }],
      lang: 'en',
      acquisition: { utm_source: 'partner-shop' },
    });
    expect(upstream.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('refuses an order id that is not a UUID without calling the upstream', async () => {
    upstream.handle((_req, res) => json(res, 200, fx.waitingOrder));
    await expect(api.getOrder('../v2/brands', ctx)).rejects.toMatchObject({ code: 'INVALID_ORDER_ID' });
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('failures', () => {
  it('times out → UpstreamUnavailableError("timeout")', async () => {
    upstream.handle(() => undefined);
    const error = await api.getOrder(fx.ORDER_ID, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.UpstreamUnavailableError);
    expect(error).toMatchObject({ reason: 'timeout', code: 'UPSTREAM_TIMEOUT', endpoint: `GET /v5/orders/${fx.ORDER_ID}` });
  });

  it('times out when the body stalls after the headers', async () => {
    upstream.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).write('{"order_id":'));
    await expect(api.getOrder(fx.ORDER_ID, ctx)).rejects.toMatchObject({ reason: 'timeout' });
  });

  it('connection refused → UpstreamUnavailableError("unreachable")', async () => {
    const { client, errors: freshErrors } = await loadClient(await closedPortUrl());
    const error = await client.getPaymentVias().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(freshErrors.UpstreamUnavailableError);
    expect(error).toMatchObject({ reason: 'unreachable', code: 'UPSTREAM_UNREACHABLE' });
    ({ client: api, errors } = await loadClient(upstream.url));
  });

  it('retries a GET once when the connection drops, never a POST', async () => {
    upstream.handle((req) => req.socket.destroy());
    await expect(api.getOrder(fx.ORDER_ID, ctx)).rejects.toMatchObject({ reason: 'unreachable' });
    expect(upstream.requests).toHaveLength(2);
    upstream.handle((req) => req.socket.destroy());
    await expect(api.createOrder(orderInput, ctx)).rejects.toMatchObject({ reason: 'unreachable' });
    expect(upstream.requests).toHaveLength(1);
  });

  it('lets the caller’s own abort through as an abort', async () => {
    upstream.handle(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await api.getOrder(fx.ORDER_ID, ctx, controller.signal).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(errors.CryptorefillsError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('4xx {status, detail, moreDetails} → UpstreamHttpError with the code', async () => {
    upstream.handle((_req, res) => json(res, 400, { status: 400, detail: 'SUSPENDED_COIN', moreDetails: { reason: 'maintenance' } }));
    const error = await api
      .getPrice({ brandName: 'Airbnb', countryCode: 'US', faceValue: 100, coin: 'USDC' }, ctx)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.UpstreamHttpError);
    expect(error).toMatchObject({ status: 400, code: 'SUSPENDED_COIN', detail: 'SUSPENDED_COIN', moreDetails: { reason: 'maintenance' } });
    expect((error as Error).message).toBe('The Cryptorefills API answered with HTTP 400 (SUSPENDED_COIN).');
  });

  it('keeps free-text details out of the code and e-mails out of the detail', async () => {
    upstream.handle((_req, res) => json(res, 404, { detail: 'No order for buyer@example.com' }));
    const error = await api.getOrder(fx.ORDER_ID, ctx).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'UPSTREAM_HTTP_ERROR', detail: 'No order for [email]' });
  });

  it('reads a gateway HTML page as an HTTP error, and Retry-After on 429', async () => {
    upstream.handle((_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>'));
    await expect(api.getOrder(fx.ORDER_ID, ctx)).rejects.toMatchObject({ status: 502, code: 'UPSTREAM_HTTP_ERROR', detail: undefined });
    upstream.handle((_req, res) => json(res, 429, { message: 'slow down' }, { 'retry-after': '7' }));
    await expect(api.getOrder(fx.ORDER_ID, ctx)).rejects.toMatchObject({ status: 429, retryAfterSeconds: 7 });
  });

  it('bad JSON → UpstreamShapeError("invalid_json")', async () => {
    upstream.handle((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"order_id": "x", oops'));
    await expect(api.getOrder(fx.ORDER_ID, ctx)).rejects.toMatchObject({ name: 'UpstreamShapeError', reason: 'invalid_json' });
  });

  it('wrong shape → UpstreamShapeError with the issues, never the body', async () => {
    upstream.handle((_req, res) => json(res, 200, { ...fx.waitingOrder, coin_amount: 'lots' }));
    const error = await api.getOrder(fx.ORDER_ID, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.UpstreamShapeError);
    expect(error).toMatchObject({ reason: 'schema_mismatch', code: 'UPSTREAM_BAD_RESPONSE' });
    expect((error as InstanceType<typeof errors.UpstreamShapeError>).issues[0]?.path).toEqual(['coin_amount']);
    expect(JSON.stringify(error)).not.toContain('buyer@example.com');
    expect(String((error as Error).message)).not.toContain(PARTNER_ID);
  });
});

describe('order validation', () => {
  it('a 200 with problems: null is valid', async () => {
    upstream.handle((_req, res) => json(res, 200, fx.validationResponse));
    const result = await api.validateOrder(orderInput, ctx);
    expect(result).toMatchObject({ valid: true, problems: [], coinAmount: '101.30', httpStatus: 200 });
  });

  it('a 200 with problems is invalid', async () => {
    upstream.handle((_req, res) => json(res, 200, { ...fx.validationResponse, problems: [{ problem: 'OUT_OF_STOCK' }] }));
    expect(await api.validateOrder(orderInput, ctx)).toMatchObject({ valid: false, problems: [{ code: 'OUT_OF_STOCK' }] });
  });

  it('problems on a 4xx body are a result, not an exception', async () => {
    const problems = [{ problem: 'INVALID_BENEFICIARY_ACCOUNT' }, { problem: 'COUPON_EXPIRED', moreDetails: { reason: 'x' } }];
    upstream.handle((_req, res) => json(res, 422, { problems }));
    const result = await api.validateOrder(orderInput, ctx);
    expect(result).toEqual({
      valid: false,
      problems: [{ code: 'INVALID_BENEFICIARY_ACCOUNT' }, { code: 'COUPON_EXPIRED', moreDetails: { reason: 'x' } }],
      deliveries: [],
      httpStatus: 422,
    });
  });

  it('a top-level error on validation is still thrown', async () => {
    upstream.handle((_req, res) => json(res, 422, { status: 422, detail: 'LOGIN_REQUIRED' }));
    await expect(api.validateOrder(orderInput, ctx)).rejects.toMatchObject({ code: 'LOGIN_REQUIRED', status: 422 });
  });

  it('problems on creation are an UpstreamHttpError carrying them', async () => {
    upstream.handle((_req, res) => json(res, 400, { problems: [{ problem: 'OUT_OF_STOCK' }] }));
    const error = await api.createOrder(orderInput, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.UpstreamHttpError);
    expect(error).toMatchObject({ status: 400, problems: [{ code: 'OUT_OF_STOCK' }] });
  });
});
