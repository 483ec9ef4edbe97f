// The price comes before the buyer's details: what the form asks the price with, what the server stands in for a
// recipient not typed yet (and forgets again), and the one rule every coin amount at checkout is written with.
import { describe, expect, it } from 'vitest';
import type { CartItem } from '@/lib/cart/cart';
import { formatCoinAmount } from '@/lib/order-display/amount-text';
import { buildCheckoutRequest } from '@/lib/checkout/form';
import { toE164 } from '@/lib/checkout/phone';
import { QuoteRequestSchema } from '@/lib/checkout/request';
import { toFormProblems } from '@/lib/checkout/responses';
import { pricedRequest, STAND_IN_EMAIL, withoutStandInProblems } from '@/lib/checkout/server/quote';
import { toOrderProblem } from '@/lib/cryptorefills/errors';

const card: CartItem = {
  id: 'a',
  country: 'US',
  brand: 'Target',
  slug: 'target',
  deliveryType: 'by_email',
  denomination: '10 USD',
  recipient: '',
};
const topUp: CartItem = {
  id: 'b',
  country: 'US',
  brand: 'T-Mobile',
  slug: 't-mobile',
  deliveryType: 'by_phone',
  denomination: '15 USD',
  recipient: '',
};
const form = { recipients: {}, email: '', newsletter: false, coupon: '', fullName: '', refundAddress: '', coin: 'USDT', network: 'Tron' };

describe('the price before the details', () => {
  it('asks the price with the products, coin and network alone, and places nothing without the rest', () => {
    const built = buildCheckoutRequest({ ...form, items: [card, topUp] });
    expect(built.request).toBeNull();
    expect(built.quote).toMatchObject({ coin: 'USDT', network: 'Tron' });
    expect(built.quote).not.toHaveProperty('email');
    expect(built.quote).not.toHaveProperty('fullName');
    expect(built.quote?.items.map((item) => item.recipient)).toEqual([undefined, undefined]);
    expect(built.issues).toEqual({ email: 'email', a: 'recipientEmail', b: 'recipientPhone', fullName: 'fullName' });
    expect(QuoteRequestSchema.safeParse(built.quote).success).toBe(true);
  });

  it('places exactly what was priced once everything is there', () => {
    const built = buildCheckoutRequest({ ...form, items: [card], email: 'buyer@example.com', fullName: 'Ada Lovelace' });
    expect(built.request).not.toBeNull();
    expect(built.request).toBe(built.quote);
  });

  it('asks for the name when the upstream did, on any network', () => {
    const solana = { ...form, coin: 'USDC', network: 'Solana', email: 'buyer@example.com', items: [card] };
    expect(buildCheckoutRequest(solana).issues).toEqual({});
    expect(buildCheckoutRequest({ ...solana, nameAsked: true }).issues).toEqual({ fullName: 'fullName' });
    expect(buildCheckoutRequest({ ...solana, nameAsked: true, fullName: 'Ada' }).request).toMatchObject({ fullName: 'Ada' });
  });

  it('holds a typed phone number as pending until the phone check is loaded, then checks it for the product’s country', () => {
    const onSolana = { ...form, coin: 'USDC', network: 'Solana', email: 'buyer@example.com' };
    const built = (typed: string, loaded: boolean) =>
      buildCheckoutRequest({ ...onSolana, items: [{ ...topUp, recipient: typed }] }, undefined, loaded ? toE164 : undefined);
    expect(built('(201) 555-0123', false).issues).toEqual({ b: 'recipientPending' });
    expect(built('(201) 555-0123', false).request).toBeNull();
    expect(built('(201) 555-0123', true).issues).toEqual({});
    expect(built('(201) 555-0123', true).request?.items[0]?.recipient).toBe('+12015550123');
    expect(built('12', true).issues).toEqual({ b: 'recipientPhone' });
    // Not typed yet: asked for, loaded or not.
    expect(built('', false).issues).toEqual({ b: 'recipientPhone' });
    expect(built(' ', true).issues).toEqual({ b: 'recipientPhone' });
  });

  it('stands in for a missing recipient with one of the right kind, and drops what the upstream says about it', () => {
    const quote = QuoteRequestSchema.parse(
      buildCheckoutRequest({ ...form, items: [card, topUp], recipients: { a: 'friend@example.com' } }).quote,
    );
    const { request, standIns } = pricedRequest(quote);
    expect(request.items[0]?.recipient).toBe('friend@example.com');
    expect(request.items[1]?.recipient).toMatch(/^\+1\d{10}$/);
    expect([...standIns]).toEqual([1]);
    expect(
      pricedRequest({ ...quote, items: quote.items.slice(0, 1).map((item) => ({ ...item, recipient: undefined })) }).request.items[0]
        ?.recipient,
    ).toBe(STAND_IN_EMAIL);
    const problems = [
      { code: 'INVALID_BENEFICIARY_ACCOUNT', deliveryIndex: 1 },
      { code: 'INVALID_BENEFICIARY_ACCOUNT', deliveryIndex: 0 },
      { code: 'OUT_OF_STOCK', deliveryIndex: 1 },
    ];
    expect(withoutStandInProblems(problems, standIns)).toEqual(problems.slice(1));
  });

  it('puts a problem about several lines at each of them', () => {
    const problem = toOrderProblem({ problem: 'MULTIPLE_LIMITED_PRODUCT_SAME_ORDER', moreDetails: { delivery_indexes: [0, 1] } });
    expect(toFormProblems([problem])).toEqual([
      { code: 'MULTIPLE_LIMITED_PRODUCT_SAME_ORDER', field: 'line', line: 0 },
      { code: 'MULTIPLE_LIMITED_PRODUCT_SAME_ORDER', field: 'line', line: 1 },
    ]);
    expect(toFormProblems([{ code: 'LOGIN_REQUIRED', deliveryIndex: 0 }])).toEqual([{ code: 'LOGIN_REQUIRED', field: 'line', line: 0 }]);
  });
});

describe('coin amounts at checkout', () => {
  it('keeps the exact digits, drops trailing zeros, and shows at least two decimals', () => {
    expect(formatCoinAmount('50.750000', 'en')).toBe('50.75');
    expect(formatCoinAmount('45.675', 'en')).toBe('45.675');
    expect(formatCoinAmount('45.6750', 'en')).toBe('45.675');
    expect(formatCoinAmount('12', 'en')).toBe('12.00');
    expect(formatCoinAmount('0.5', 'en')).toBe('0.50');
    expect(formatCoinAmount('0.00012300', 'en')).toBe('0.000123');
    expect(formatCoinAmount('1234.5', 'en')).toBe('1,234.50');
    expect(formatCoinAmount('1234.5', 'id')).toBe('1.234,50');
    expect(formatCoinAmount('not a number', 'en')).toBe('not a number');
  });
});
