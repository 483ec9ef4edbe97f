import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Harness } from './harness';

const DECIMAL = /^\d+(\.\d+)?$/;
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

describe('catalog endpoints (real seeded catalog)', () => {
  it('GET /v2/brands: object with categories, all_brands and full brand objects', async () => {
    const res = await h.get('/v2/brands?country_code=US');
    expect(res.status).toBe(200);
    const body = await h.json(res);
    expect(Object.keys(body).sort()).toEqual(
      ['all_brands', 'categories', 'country_code', 'last_user_purchases', 'popular_brands', 'suggestions'].sort(),
    );
    expect(body.country_code).toBe('US');
    const brands = body.all_brands as Obj[];
    expect(brands.length).toBeGreaterThan(10);
    const amazon = brands.find((b) => b.brand === 'Amazon.com');
    expect(amazon).toMatchObject({
      brand_id: expect.stringMatching(UUID),
      family: expect.any(String),
      logo_base_url: `${h.base}/logos_v2/${String(amazon?.logo_base_url).split('/').pop()}`,
      bg_color: expect.stringMatching(/^#[0-9A-Fa-f]{6}$/),
      category: expect.any(String),
      additional_categories: expect.any(Array),
      kind: 'giftcard',
      is_out_of_stock: false,
      country_code: 'US',
      product_type: 'physical',
      brand_tags: [],
    });
    expect(amazon?.logo_url).toBe(`${amazon?.logo_base_url}.webp`);
    const category = (body.categories as Obj[])[0];
    expect(category).toMatchObject({ kind: expect.any(String), category: expect.any(String), popular_brands: [] });
    expect((category?.brands as Obj[]).length).toBeGreaterThan(0);
  });

  it('GET /v2/brands: 400 for a missing, unknown or lowercase country', async () => {
    for (const query of ['', '?country_code=', '?country_code=ZZ', '?country_code=us']) {
      const res = await h.get(`/v2/brands${query}`);
      expect(res.status).toBe(400);
      const body = await h.json(res);
      expectUpstreamError(body, 400);
      expect((body.moreDetails as Obj).reason).toEqual(expect.any(String));
    }
  });

  it('serves logos at logo_url with a long cache, 404 otherwise', async () => {
    const brands = (await h.json(h.get('/v2/brands?country_code=US'))).all_brands as Obj[];
    const base = String(brands[0]?.logo_base_url);
    for (const [suffix, type] of [
      ['.webp', 'image/webp'],
      ['_300x190.jpg', 'image/jpeg'],
    ]) {
      const res = await fetch(`${base}${suffix}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('cache-control')).toContain('max-age=31536000');
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
    expect((await h.get('/logos_v2/no-such-brand-xyz.webp')).status).toBe(404);
    expect((await fetch(`${base}.png`)).status).toBe(404);
  });

  it('builds logo URLs from the Host header', async () => {
    const body = await h.json(fetch(`${h.base.replace('127.0.0.1', 'localhost')}/v2/brands?country_code=US`));
    expect(String((body.all_brands as Obj[])[0]?.logo_base_url)).toMatch(/^http:\/\/localhost:\d+\/logos_v2\//);
  });

  it('GET /v2/homepage: sections of brands', async () => {
    const body = await h.json(h.get('/v2/homepage?country_code=US'));
    expect(body.country_code).toBe('US');
    const sections = body.sections as Obj[];
    expect(sections[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), brands: expect.any(Array) });
    expect((await h.get('/v2/homepage')).status).toBe(400);
  });

  it('GET /v5/products/country/{CC}: families with fixed and range products', async () => {
    const res = await h.get('/v5/products/country/US?family_name=amazon.com&coin=USDC&lang=en');
    expect(res.status).toBe(200);
    const families = (await res.json()) as Obj[];
    expect(families).toHaveLength(1);
    const family = families[0] as Obj;
    expect(family).toMatchObject({
      brand: 'Amazon.com',
      default_denomination: '',
      product_tc: expect.any(String),
      rich_description: { markup: 'html' },
      kind: 'giftcard',
      logo_base_url: expect.stringContaining('/logos_v2/'),
    });
    const products = family.products as Obj[];
    const fixed = products.find((p) => p.is_dynamic === false) as Obj;
    const range = products.find((p) => p.is_dynamic === true) as Obj;
    expect(fixed).toMatchObject({
      product_id: expect.stringMatching(UUID),
      denomination: expect.stringMatching(/^\d+ USD$/),
      localized_denomination: expect.stringMatching(/^\$\d+$/),
      coin: 'USDC',
      coin_amount: expect.stringMatching(DECIMAL),
      original_coin_amount: expect.stringMatching(DECIMAL),
      payment_method: 'USDC-MATIC',
      delivery_type: 'by_email',
      points: expect.stringMatching(/^\d+$/),
      product_type: 'physical',
      face_value: { currency_code: 'USD', amount: { type: 'fixed', price: expect.stringMatching(DECIMAL) } },
    });
    expect(range).toMatchObject({
      range: {
        min: expect.any(Number),
        max: expect.any(Number),
        currency: 'USD',
        step_size: expect.any(Number),
        default: expect.stringMatching(/^\d+\.\d$/),
      },
      face_value: {
        currency_code: 'USD',
        amount: { type: 'range', min: expect.stringMatching(/^\d+\.\d\d$/), max: expect.stringMatching(/^\d+\.\d\d$/) },
      },
    });
    expect(range).not.toHaveProperty('coin_amount');
  });

  it('GET /v5/products: coin and payment_method select the pricing; filters are required', async () => {
    const btc = (await h.json<Obj[]>(h.get('/v5/products/country/US?brand_name=Steam&coin=BTC')))[0] as Obj;
    const product = (btc.products as Obj[])[0] as Obj;
    expect(product).toMatchObject({ coin: 'BTC', payment_method: 'BTC', coin_amount: expect.stringMatching(/^\d+\.\d{8}$/) });
    const sol = (await h.json<Obj[]>(h.get('/v5/products/country/US?brand_name=Steam&coin=USDC&payment_method=USDC-SOL')))[0] as Obj;
    expect((sol.products as Obj[])[0]?.payment_method).toBe('USDC-SOL');
    expect(await h.json(h.get('/v5/products/country/US?family_name=No%20Such%20Family'))).toEqual([]);
    const none = await h.get('/v5/products/country/US?coin=USDC');
    expect(none.status).toBe(400);
    expectUpstreamError(await h.json(none), 400);
    expect((await h.get('/v5/products/country/US?brand_name=Steam&coin=DOGE')).status).toBe(400);
    expect((await h.get('/v5/products/country/ZZ?brand_name=Steam')).status).toBe(400);
  });

  it('GET /v4/products/price: quote for a range value; 400 outside the range or off step', async () => {
    const res = await h.get('/v4/products/price?brand_name=Amazon.com&country_code=US&face_value=100&coin=USDC');
    expect(res.status).toBe(200);
    const price = await h.json(res);
    expect(price).toMatchObject({
      product_id: expect.stringMatching(UUID),
      is_dynamic: true,
      range: { min: 5, max: 500, currency: 'USD', step_size: 1, default: expect.any(String) },
      coin: 'USDC',
      coin_amount: '101.50',
      original_coin_amount: '101.50',
      payment_method: 'USDC-MATIC',
      delivery_type: 'by_email',
      points: '9',
      product_type: 'physical',
    });
    const promo = await h.json(
      h.get('/v4/products/price?brand_name=Amazon.com&country_code=US&face_value=100&coin=USDC&promo_code=SAVE10'),
    );
    expect(promo).toMatchObject({ coin_amount: '91.35', original_coin_amount: '101.50' });
    const fixedOnly = await h.json(h.get('/v4/products/price?brand_name=Steam&country_code=US&face_value=20&coin=USDT'));
    expect(fixedOnly).toMatchObject({ is_dynamic: false, denomination: '20 USD', coin: 'USDT' });
    for (const query of [
      'brand_name=Amazon.com&country_code=US&face_value=5000&coin=USDC',
      'brand_name=Amazon.com&country_code=US&face_value=10.5&coin=USDC',
      'brand_name=Steam&country_code=US&face_value=7&coin=USDC',
      'brand_name=Amazon.com&country_code=US&face_value=abc&coin=USDC',
      'brand_name=Amazon.com&country_code=US&coin=USDC',
      'brand_name=Nope&country_code=US&face_value=10&coin=USDC',
    ]) {
      const bad = await h.get(`/v4/products/price?${query}`);
      expect(bad.status, query).toBe(400);
      expectUpstreamError(await h.json(bad), 400);
    }
  });

  it('GET /v3/payment_vias: array with USER_WALLET first', async () => {
    const vias = await h.json<Obj[]>(h.get('/v3/payment_vias'));
    expect(vias[0]).toMatchObject({ name: 'USER_WALLET', available: true, currencies: expect.any(Array) });
  });
});
