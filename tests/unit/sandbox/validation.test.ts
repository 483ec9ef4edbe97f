import { describe, expect, it } from 'vitest';
import { noSuspensions, type Suspensions } from '../../../sandbox/coins';
import { OrderBody } from '../../../sandbox/order-schema';
import { validationWire } from '../../../sandbox/order-wire';
import { PROBLEM_CODES, SUSPENSION_CODES, type ProblemCode } from '../../../sandbox/problems';
import { createErrorStatus, evaluateOrder } from '../../../sandbox/validation';
import { fixtureCatalog, fixtureUsdPerUnit } from './fixtures';

type Body = {
  email?: string;
  full_name?: string;
  user?: { email: string; full_name?: string };
  payment: { type: 'via'; payment_via: string; coin: string; network?: string };
  deliveries: {
    beneficiary_account: string;
    brand_name: string;
    country_code: string;
    denomination: string;
    product_value?: number | null;
  }[];
  promo_code?: string;
  coupon_code?: string;
};

const card = (brand_name = 'Amazon.com', denomination = '25 USD', extra: Partial<Body['deliveries'][number]> = {}) => ({
  beneficiary_account: 'buyer@example.com',
  brand_name,
  country_code: 'US',
  denomination,
  ...extra,
});

const base = (): Body => ({
  email: 'buyer@example.com',
  user: { email: 'buyer@example.com' },
  payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'Solana' },
  deliveries: [card()],
});

const catalog = fixtureCatalog();
function evaluate(body: Body, suspensions: Suspensions = noSuspensions()) {
  return evaluateOrder(OrderBody.parse(body), { catalog, usdPerUnit: fixtureUsdPerUnit, suspensions });
}
const codes = (body: Body) => evaluate(body).problems.map((p) => p.problem);

/** The natural (non e-mail) trigger of each problem code, where there is one. */
const NATURAL: Partial<Record<ProblemCode, (b: Body) => void>> = {
  AMOUNT_LESS_THEN_MINIMUM_ALLOWED: (b) => void (b.deliveries = [card('Airbnb', 'range', { product_value: 20 })]),
  MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED: (b) => void (b.deliveries = Array.from({ length: 6 }, () => card('Amazon.com', '2000 USD'))),
  PRODUCT_COUNT_EXCEEDED: (b) => void (b.deliveries = Array.from({ length: 11 }, () => card('Amazon.com', '10 USD'))),
  MULTIPLE_LIMITED_PRODUCT_SAME_ORDER: (b) => void (b.deliveries = [card('Limited A', '10 USD'), card('Limited B', '10 USD')]),
  NOT_AVAILABLE_PRODUCT: (b) => void (b.deliveries = [card('No Such Brand', '10 USD')]),
  OUT_OF_STOCK: (b) => void (b.deliveries = [card('Sold Out', '10 USD')]),
  NOT_ACTIVE: (b) => void (b.deliveries = [card('Paused', '10 USD')]),
  INVALID_BENEFICIARY_ACCOUNT: (b) => void (b.deliveries = [card('Claro Credits', '10 USD')]),
  INVALID_EMAIL_DOMAIN: (b) => void (b.user = { email: 'someone@mailinator.com' }),
  NOT_ALLOWED_PAYMENT_VIA: (b) => void (b.payment.payment_via = 'GATE_PAY'),
  UNSUPPORTED_PROTOCOL_COIN_COMBINATION: (b) => void (b.payment.network = 'Lightning'),
  LOGIN_REQUIRED: (b) => void (b.deliveries = [card('E-Money', '10 USD')]),
  FULLNAME_MISSING: (b) => void (b.payment = { type: 'via', payment_via: 'USER_WALLET', coin: 'USDT', network: 'Tron' }),
  COUPON_NOT_FOUND: (b) => void (b.promo_code = 'NOPE2026'),
};

describe('validation: a valid order', () => {
  it('has no problems and prices the lines', () => {
    const result = evaluate(base());
    expect(result.problems).toEqual([]);
    expect(validationWire(result)).toMatchObject({ coin: 'USDC', coin_amount: '25.375', problems: null, coupon_code: null });
  });

  it('SAVE10 takes 10 % off and is echoed as coupon_code', () => {
    const wire = validationWire(evaluate({ ...base(), promo_code: 'save10' }));
    expect(wire).toMatchObject({ coupon_code: 'SAVE10', original_coin_amount: '25.375', problems: null });
    expect(Number(wire.coin_amount)).toBeCloseTo(25.375 * 0.9, 1);
  });

  it('a Tron stablecoin order is fine with user.full_name or full_name', () => {
    const tron = { type: 'via' as const, payment_via: 'USER_WALLET', coin: 'USDC', network: 'tron' };
    expect(codes({ ...base(), payment: tron, user: { email: 'a@example.com', full_name: 'Ada Lovelace' } })).toEqual([]);
    expect(codes({ ...base(), payment: tron, full_name: 'Ada Lovelace' })).toEqual([]);
  });
});

describe('validation: every problem code has a documented trigger', () => {
  it.each(PROBLEM_CODES)('%s via the e-mail local part (email, user.email, beneficiary)', (code) => {
    const lower = `${code.toLowerCase()}@example.com`;
    const mixed = `${code.slice(0, 3)}${code.slice(3).toLowerCase()}+tag@Example.com`;
    expect(codes({ ...base(), email: lower, user: undefined })).toContain(code);
    expect(codes({ ...base(), user: { email: mixed } })).toContain(code);
    const b = base();
    b.deliveries = [card('Amazon.com', '25 USD', { beneficiary_account: lower })];
    const problems = evaluate(b).problems.filter((p) => p.problem === code);
    expect(problems.some((p) => p.moreDetails?.delivery_index === 0)).toBe(true);
  });

  it.each(PROBLEM_CODES.filter((c) => c.startsWith('COUPON_')))('%s via promo_code / coupon_code', (code) => {
    expect(codes({ ...base(), promo_code: code })).toContain(code);
    expect(codes({ ...base(), coupon_code: code.toLowerCase() })).toContain(code);
  });

  it.each(Object.entries(NATURAL))('%s via its natural rule', (code, mutate) => {
    const b = base();
    mutate(b);
    expect(codes(b)).toContain(code);
  });

  it.each(SUSPENSION_CODES)('%s is an HTTP-level 400 set by suspensions or the e-mail trigger', (code) => {
    const suspensions: Suspensions =
      code === 'SUSPENDED_COIN' ? { coins: ['USDC'], networks: [] } : { coins: [], networks: [{ coin: 'USDC', network: 'Solana' }] };
    expect(() => evaluate(base(), suspensions)).toThrow(expect.objectContaining({ status: 400, detail: code }));
    expect(() => evaluate({ ...base(), email: `${code.toLowerCase()}@example.com` })).toThrow(
      expect.objectContaining({ status: 400, detail: code }),
    );
  });
});

describe('validation: natural rules in detail', () => {
  it('range: below min, above max, off step, missing product_value', () => {
    const range = (v: number | null) => ({ ...base(), deliveries: [card('Airbnb', 'range', { product_value: v })] });
    expect(codes(range(20))).toEqual(['AMOUNT_LESS_THEN_MINIMUM_ALLOWED']);
    expect(codes(range(505))).toEqual(['MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED']);
    expect(codes(range(27))).toEqual(['NOT_AVAILABLE_PRODUCT']);
    expect(codes(range(null))).toEqual(['OUT_OF_STOCK']);
    expect(codes(range(30))).toEqual([]);
  });

  it('a total under the network threshold (ETH Mainnet: 10 USDC)', () => {
    const b = { ...base(), deliveries: [card('Big Range', 'range', { product_value: 2 })] };
    expect(codes(b)).toEqual([]);
    b.payment.network = 'ETH Mainnet';
    expect(evaluate(b).problems).toEqual([{ problem: 'AMOUNT_LESS_THEN_MINIMUM_ALLOWED', moreDetails: { minimum: '10', coin: 'USDC' } }]);
  });

  it('a fixed denomination that does not exist, and a range request on a fixed-only brand', () => {
    expect(codes({ ...base(), deliveries: [card('Amazon.com', '12 USD')] })).toEqual(['NOT_AVAILABLE_PRODUCT']);
    expect(codes({ ...base(), deliveries: [card('Amazon.com', 'range', { product_value: 12 })] })).toEqual(['NOT_AVAILABLE_PRODUCT']);
  });

  it('beneficiaries: e-mail for cards, E.164 for top-ups, refused domains', () => {
    const phone = card('Claro Credits', '10 USD', { beneficiary_account: '+14155551234' });
    expect(codes({ ...base(), deliveries: [phone] })).toEqual([]);
    expect(codes({ ...base(), deliveries: [{ ...phone, beneficiary_account: '4155551234' }] })).toEqual(['INVALID_BENEFICIARY_ACCOUNT']);
    expect(codes({ ...base(), deliveries: [card('Amazon.com', '25 USD', { beneficiary_account: '+14155551234' })] })).toEqual([
      'INVALID_BENEFICIARY_ACCOUNT',
    ]);
    expect(codes({ ...base(), deliveries: [card('Amazon.com', '25 USD', { beneficiary_account: 'x@example.invalid' })] })).toEqual([
      'INVALID_EMAIL_DOMAIN',
    ]);
  });

  it('unknown coins list the supported combinations; other vias list the allowed ones', () => {
    const doge = evaluate({ ...base(), payment: { type: 'via', payment_via: 'KUCOIN_PAY', coin: 'DOGE' } });
    const byCode = new Map(doge.problems.map((p) => [p.problem, p.moreDetails]));
    expect(byCode.get('NOT_ALLOWED_PAYMENT_VIA')).toEqual({ allowed: ['USER_WALLET'] });
    expect(byCode.get('UNSUPPORTED_PROTOCOL_COIN_COMBINATION')?.supported).toContainEqual({ coin: 'USDC', network: 'Solana' });
  });

  it('reports several problems at once, each with the line it concerns', () => {
    const b = base();
    b.deliveries = [card('Sold Out', '10 USD'), card('Paused', '10 USD'), card('Limited A', '10 USD'), card('Limited B', '10 USD')];
    b.promo_code = 'COUPON_EXPIRED';
    const problems = evaluate(b).problems;
    expect(problems).toContainEqual({ problem: 'OUT_OF_STOCK', moreDetails: { delivery_index: 0 } });
    expect(problems).toContainEqual({ problem: 'NOT_ACTIVE', moreDetails: { delivery_index: 1 } });
    expect(problems).toContainEqual({ problem: 'MULTIPLE_LIMITED_PRODUCT_SAME_ORDER', moreDetails: { delivery_indexes: [2, 3] } });
    expect(problems.map((p) => p.problem)).toContain('COUPON_EXPIRED');
  });

  it('create answers 422 when LOGIN_REQUIRED is among the problems, 400 otherwise', () => {
    expect(createErrorStatus([{ problem: 'LOGIN_REQUIRED' }, { problem: 'OUT_OF_STOCK' }])).toBe(422);
    expect(createErrorStatus([{ problem: 'OUT_OF_STOCK' }])).toBe(400);
  });

  it('prices local currencies through USD (25 EUR at 1.1 USD → 27.9125 USDC with the 1.5 % fee)', () => {
    const b = { ...base(), deliveries: [{ ...card('Zalando', '25 EUR'), country_code: 'DE' }] };
    expect(validationWire(evaluate(b)).coin_amount).toBe('27.9125');
  });
});
