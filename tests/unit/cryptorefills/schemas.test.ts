import { describe, expect, it } from 'vitest';
import {
  BrandsResponseSchema,
  ErrorBodySchema,
  HomepageResponseSchema,
  OrderRequestBodySchema,
  OrderSchema,
  PaymentViasResponseSchema,
  PriceResponseSchema,
  ProblemsEnvelopeSchema,
  ProductsResponseSchema,
  ValidationResponseSchema,
  isTerminalOrderState,
  numberToDecimalString,
} from '@/lib/cryptorefills/schemas';
import { isValidOrderId, paymentDeadline } from '@/lib/cryptorefills/order-helpers';
import { parseSseOrderEvent, readSseOrderEvent } from '@/lib/cryptorefills/orders';
import { reshapeOrder } from '@/lib/cryptorefills/schemas/order-reshape';
import * as fx from './fixtures';

describe('payment vias', () => {
  it('reads the documented payload', () => {
    const [via] = PaymentViasResponseSchema.parse(fx.paymentVias);
    const usdc = via?.currencies[0];
    expect(via?.name).toBe('USER_WALLET');
    expect(usdc?.networks.map((n) => n.name)).toEqual(['Solana', 'Base']);
    expect(usdc?.networks[0]?.smart_contract?.decimals).toBe(6);
    expect(usdc?.networks[0]?.is_suspended).toBe(false);
  });

  it('takes a numeric threshold as a decimal string and drops an unusable network', () => {
    const payload = [
      { name: 'USER_WALLET', currencies: [{ name: 'USDC', networks: [{ name: 'Base', threshold: 1.5 }, { threshold: '1' }] }] },
    ];
    const [via] = PaymentViasResponseSchema.parse(payload);
    expect(via?.available).toBe(true);
    expect(via?.currencies[0]?.networks).toEqual([{ name: 'Base', threshold: '1.5', is_suspended: false }]);
  });
});

describe('brands', () => {
  it('reads the documented payload and keeps unknown fields', () => {
    const parsed = BrandsResponseSchema.parse({ ...fx.brandsResponse, new_field: { x: 1 } });
    expect(parsed.all_brands?.[0]?.brand).toBe('Airbnb');
    expect(parsed.categories[0]?.brands[0]?.min).toBe('$25');
    expect(parsed).toHaveProperty('new_field', { x: 1 });
  });

  it('accepts null min/max labels, null category names and a logo wrapped in junk', () => {
    const brand = { ...fx.airbnbBrand, min: null, max: undefined, category: null, logo_url: 'logo: https://cdn.x/a.webp (default)' };
    const parsed = BrandsResponseSchema.parse({ categories: [{ kind: 'giftcard', category: null, brands: [brand] }] });
    const only = parsed.categories[0]?.brands[0];
    expect(only).toMatchObject({ min: null, max: null, category: undefined, logo_url: 'https://cdn.x/a.webp' });
    expect(parsed.all_brands).toBeUndefined();
  });

  it('drops one unusable brand but rejects a list where none is usable', () => {
    const ok = BrandsResponseSchema.parse({ all_brands: [fx.airbnbBrand, { brand: 42 }] });
    expect(ok.all_brands).toHaveLength(1);
    expect(BrandsResponseSchema.safeParse({ all_brands: [{ brand: 42 }] }).success).toBe(false);
  });

  it('rejects a payload that is not an object', () => {
    expect(BrandsResponseSchema.safeParse([fx.airbnbBrand]).success).toBe(false);
  });

  it('rejects an object with no brand list in it, instead of reading it as an empty catalog', () => {
    for (const garbage of [{}, { data: { items: null }, message: 'maintenance' }, { country_code: 'US', categories: null }]) {
      expect(BrandsResponseSchema.safeParse(garbage).success, JSON.stringify(garbage)).toBe(false);
    }
    expect(BrandsResponseSchema.parse({ country_code: 'XX', categories: [] }).categories).toEqual([]);
  });
});

describe('homepage', () => {
  it('reads sections of brands and keeps whatever else arrives', () => {
    const parsed = HomepageResponseSchema.parse({
      country_code: 'US',
      sections: [{ title: 'Popular', brands: [fx.airbnbBrand] }],
      rows: [1],
    });
    expect(parsed.sections[0]?.brands[0]?.brand).toBe('Airbnb');
    expect(parsed).toHaveProperty('rows', [1]);
    expect(HomepageResponseSchema.parse({}).sections).toEqual([]);
  });
});

describe('products', () => {
  it('reads fixed and range products', () => {
    const [family] = ProductsResponseSchema.parse(fx.productsResponse);
    const [range, fixed] = family?.products ?? [];
    expect(range).toMatchObject({ is_dynamic: true, range: { min: 25, max: 500, step_size: 1, default: '100.0' } });
    expect(range?.face_value?.amount).toMatchObject({ type: 'range', min: '25.00', max: '500.00' });
    expect(fixed).toMatchObject({
      denomination: '100 USD',
      coin_amount: '101.30',
      face_value: { amount: { type: 'fixed', price: '100' } },
    });
  });

  it.each([
    ['strings', { min: '25.00', max: '500.00' }, ['25.00', '500.00']],
    ['numbers', { min: 25, max: 500 }, ['25', '500']],
    ['objects', { min: { amount: '25.00', currency: 'USD' }, max: { amount: 500, currency: 'USD' } }, ['25.00', '500']],
  ])('accepts face_value range bounds as %s', (_label, bounds, expected) => {
    const product = { ...fx.rangeProduct, face_value: { currency_code: 'USD', amount: { type: 'range', ...bounds } } };
    const amount = ProductsResponseSchema.parse([{ ...fx.productsResponse[0], products: [product] }])[0]?.products[0]?.face_value?.amount;
    expect([amount?.min, amount?.max]).toEqual(expected);
  });

  it('normalises numbers in decimal fields and strings in number fields', () => {
    const fixed = { ...fx.fixedProduct, coin_amount: 101.3, points: 9 };
    const range = { ...fx.rangeProduct, range: { min: '25', max: '500', step_size: '1', default: 100 } };
    const [family] = ProductsResponseSchema.parse([{ ...fx.productsResponse[0], products: [range, fixed] }]);
    expect(family?.products[0]?.range).toMatchObject({ min: 25, max: 500, step_size: 1, default: '100' });
    expect(family?.products[1]).toMatchObject({ coin_amount: '101.3', points: '9' });
  });

  it('accepts an empty list (unknown family)', () => {
    expect(ProductsResponseSchema.parse([])).toEqual([]);
  });
});

describe('price', () => {
  it('reads a quote, with coin_amount as a string or a number', () => {
    expect(PriceResponseSchema.parse(fx.priceResponse).coin_amount).toBe('101.48');
    expect(PriceResponseSchema.parse({ ...fx.priceResponse, coin_amount: 101.48 }).coin_amount).toBe('101.48');
    expect(numberToDecimalString(0.00000012)).toBe('0.00000012');
  });

  it('rejects a quote without an amount or with a non-numeric one', () => {
    const { coin_amount: _omit, ...withoutAmount } = fx.priceResponse;
    expect(PriceResponseSchema.safeParse(withoutAmount).success).toBe(false);
    expect(PriceResponseSchema.safeParse({ ...fx.priceResponse, coin_amount: 'soon' }).success).toBe(false);
  });
});

describe('order request body', () => {
  const base = {
    email: 'buyer@example.com',
    payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'Solana' },
    deliveries: [{ beneficiary_account: 'buyer@example.com', brand_name: 'Airbnb', country_code: 'us', denomination: '100 USD' }],
    lang: 'en',
  };

  it('accepts a fixed delivery and upper-cases the country', () => {
    expect(OrderRequestBodySchema.parse(base).deliveries[0]?.country_code).toBe('US');
  });

  it('needs product_value with "range" (and takes it as a number or numeric string)', () => {
    const range = { ...base.deliveries[0], denomination: 'range' };
    expect(OrderRequestBodySchema.safeParse({ ...base, deliveries: [range] }).success).toBe(false);
    const parsed = OrderRequestBodySchema.parse({ ...base, deliveries: [{ ...range, product_value: '12' }] });
    expect(parsed.deliveries[0]?.product_value).toBe(12);
    expect(OrderRequestBodySchema.safeParse({ ...base, deliveries: [{ ...base.deliveries[0], product_value: 12 }] }).success).toBe(false);
  });

  it('rejects more than ten deliveries and strips unknown keys', () => {
    const eleven = Array.from({ length: 11 }, () => base.deliveries[0]);
    expect(OrderRequestBodySchema.safeParse({ ...base, deliveries: eleven }).success).toBe(false);
    expect(OrderRequestBodySchema.parse({ ...base, cookie: 'x' })).not.toHaveProperty('cookie');
  });
});

describe('validation response', () => {
  it.each([
    ['null', null],
    ['an empty list', []],
    ['absent', undefined],
  ])('treats problems %s as no problems', (_label, problems) => {
    expect(ValidationResponseSchema.parse({ ...fx.validationResponse, problems }).problems).toEqual([]);
  });

  it('reads populated problems with their details', () => {
    const problems = [{ problem: 'OUT_OF_STOCK' }, { problem: 'NOT_ALLOWED_PAYMENT_VIA', moreDetails: { allowed: ['USER_WALLET'] } }];
    const parsed = ValidationResponseSchema.parse({ ...fx.validationResponse, problems });
    expect(parsed.problems.map((p) => p.problem)).toEqual(['OUT_OF_STOCK', 'NOT_ALLOWED_PAYMENT_VIA']);
    expect(parsed.deliveries[0]?.deliverable?.original_price).toBe('22.1678');
  });

  it('recognises a problems envelope and rejects a malformed problem', () => {
    expect(ProblemsEnvelopeSchema.safeParse({ problems: [{ problem: 'COUPON_EXPIRED' }] }).success).toBe(true);
    expect(ValidationResponseSchema.safeParse({ problems: [{ code: 'X' }] }).success).toBe(false);
  });
});

describe('order', () => {
  it('reads a created USDC order, with epochs as numbers', () => {
    const order = OrderSchema.parse(fx.waitingOrder);
    expect(order).toMatchObject({ order_id: fx.ORDER_ID, created_at: 1767225600, coin_amount: '101.48', payment_value: '92.3' });
    expect(order.deliveries[0]?.deliverable?.product_value).toBe(100);
    expect(paymentDeadline(reshapeOrder(order))).toBe(1767225600 + 1800);
  });

  it.each([
    ['a number', 1767225600],
    ['a string', '1767225600'],
    ['milliseconds', 1767225600000],
    ['an ISO date', '2026-01-01T00:00:00Z'],
  ])('reads created_at given as %s', (_label, createdAt) => {
    expect(OrderSchema.parse({ ...fx.waitingOrder, created_at: createdAt }).created_at).toBe(1767225600);
  });

  it('reads a Lightning order (BOLT11 invoice as the address)', () => {
    const order = OrderSchema.parse(fx.lightningOrder);
    expect(order.wallet_address?.startsWith('lnbc')).toBe(true);
    expect(order).toMatchObject({ payment_method_protocol: 'LIGHTNING_LIKE', coin_amount: '0.00032833', payment_value: '22.1678' });
  });

  it('reads a Done order with its codes', () => {
    const order = OrderSchema.parse(fx.doneOrder);
    expect(isTerminalOrderState(order.order_state)).toBe(true);
    expect(order.deliveries[0]?.deliverable).toMatchObject({ pin_code: 'ABCD-EFGH-JKLM', pin_serial: '000123' });
  });

  it('keeps unknown fields and unknown states', () => {
    const order = OrderSchema.parse({ ...fx.waitingOrder, order_state: 'OnHold', memo: '12345' });
    expect(order).toHaveProperty('memo', '12345');
    expect(isTerminalOrderState(order.order_state)).toBe(false);
  });

  it.each([
    ['without order_id', { ...fx.waitingOrder, order_id: undefined }],
    ['with a numeric order_state', { ...fx.waitingOrder, order_state: 3 }],
    ['without coin_amount', { ...fx.waitingOrder, coin_amount: undefined }],
    ['without wallet_address', { ...fx.waitingOrder, wallet_address: undefined }],
    ['with a bad created_at', { ...fx.waitingOrder, created_at: 'yesterday' }],
  ])('rejects an order %s', (_label, payload) => {
    expect(OrderSchema.safeParse(payload).success).toBe(false);
  });
});

describe('error bodies', () => {
  it('reads {status, detail, moreDetails} with status as number or string', () => {
    expect(ErrorBodySchema.parse({ status: 400, detail: 'SUSPENDED_COIN', moreDetails: { reason: 'x' } }).detail).toBe('SUSPENDED_COIN');
    expect(ErrorBodySchema.parse({ status: '422', detail: 'LOGIN_REQUIRED' }).status).toBe('422');
  });
});

describe('order helpers', () => {
  it('accepts only UUID order ids', () => {
    expect(isValidOrderId(fx.ORDER_ID)).toBe(true);
    expect(isValidOrderId(fx.ORDER_ID.toUpperCase())).toBe(true);
    for (const id of ['ord_abc123xyz', '../v2/brands', `${fx.ORDER_ID}/subscribe`, '', 42]) expect(isValidOrderId(id)).toBe(false);
  });

  it('parses SSE payloads into app orders, and anything else into null', () => {
    const order = parseSseOrderEvent(JSON.stringify(fx.doneOrder));
    expect(order).toMatchObject({ id: fx.ORDER_ID, state: 'Done', deliveries: [{ deliverable: { pinCode: 'ABCD-EFGH-JKLM' } }] });
    expect(order).not.toHaveProperty('order_state');
    expect(parseSseOrderEvent('{}')).toBeNull();
    expect(parseSseOrderEvent('{"error":"not found"}')).toBeNull();
    expect(parseSseOrderEvent('not json')).toBeNull();
  });

  it('reads each event of the order stream: orders, the stop with only its documented data, nothing else', () => {
    const data = JSON.stringify(fx.doneOrder);
    expect(readSseOrderEvent(undefined, data)).toEqual({ kind: 'order', value: parseSseOrderEvent(data) });
    expect(readSseOrderEvent('message', data)?.kind).toBe('order');
    expect(readSseOrderEvent(undefined, '{}')).toBeNull();
    expect(readSseOrderEvent('stop', '{}')).toEqual({ kind: 'stop', data: '{}' });
    expect(readSseOrderEvent('stop', '{"error":"not found","extra":1}')).toEqual({ kind: 'stop', data: '{"error":"not found"}' });
    expect(readSseOrderEvent('stop', JSON.stringify({ error: 'x'.repeat(500) }))).toEqual({
      kind: 'stop',
      data: JSON.stringify({ error: 'x'.repeat(100) }),
    });
    for (const odd of ['not json', '{"error":42}', '[1]', '"error"'])
      expect(readSseOrderEvent('stop', odd)).toEqual({ kind: 'stop', data: '{}' });
    expect(readSseOrderEvent('ping', data)).toBeNull();
  });
});
