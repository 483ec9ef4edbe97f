import { describe, expect, it } from 'vitest';
import { formatFaceValue, parseDataPlan, toBrandOffer } from '@/lib/catalog/products';
import type { Product, ProductFamily } from '@/lib/cryptorefills/types';
import { airbnbFamily, fixedProduct, rangeProduct } from './fixtures';

const family = (overrides: Partial<ProductFamily>): ProductFamily => ({ ...airbnbFamily, ...overrides });

function esimProduct(id: string, denomination: string, coinAmount: string): Product {
  return {
    ...fixedProduct,
    id,
    denomination,
    localizedDenomination: denomination.replace(/ (\d+ days)$/, ' · $1'),
    coinAmount,
  };
}

describe('toBrandOffer', () => {
  it('splits a gift card family into its fixed amounts and its open range', () => {
    const offer = toBrandOffer(family({ products: [rangeProduct, fixedProduct] }));
    expect(offer).toEqual({
      brand: 'Airbnb',
      kind: 'giftcard',
      deliveryType: 'by_email',
      outOfStock: false,
      fixed: [{ productId: fixedProduct.id, denomination: '100 USD', label: '$100', coinAmount: '101.30' }],
      range: { productId: rangeProduct.id, min: 25, max: 500, stepSize: 1, currency: 'USD' },
    });
  });

  it('reads eSIM denominations as data plans', () => {
    const offer = toBrandOffer(
      family({
        name: 'eSIM',
        kind: 'mobile_recharge',
        category: 'e-sim',
        products: [esimProduct('e1', '5 GB 30 days', '22.33'), esimProduct('e2', 'Unlimited 3 days', '23.8525')],
      }),
    );
    expect(offer.kind).toBe('esim');
    expect(offer.fixed.map((choice) => choice.plan)).toEqual([
      { data: '5 GB', validity: { amount: 30, unit: 'day' } },
      { data: 'unlimited', validity: { amount: 3, unit: 'day' } },
    ]);
  });

  it('marks top-ups and out-of-stock brands', () => {
    const offer = toBrandOffer(family({ kind: 'mobile_recharge', category: 'mobile_credits', outOfStock: true }));
    expect(offer).toMatchObject({ kind: 'topup', outOfStock: true });
  });

  it('skips products it cannot offer: a fixed one without a denomination, a range without sane bounds', () => {
    const offer = toBrandOffer(
      family({
        products: [
          { ...fixedProduct, denomination: undefined },
          { ...rangeProduct, range: { min: 50, max: 10, currency: 'USD', stepSize: 1 } },
        ],
      }),
    );
    expect(offer.fixed).toEqual([]);
    expect(offer.range).toBeUndefined();
  });
});

describe('parseDataPlan', () => {
  it.each([
    ['1 GB 7 days', { data: '1 GB', validity: { amount: 7, unit: 'day' } }],
    ['500 MB 1 day', { data: '500 MB', validity: { amount: 1, unit: 'day' } }],
    ['Unlimited 30 days', { data: 'unlimited', validity: { amount: 30, unit: 'day' } }],
    ['10GB 1 month', { data: '10GB', validity: { amount: 1, unit: 'month' } }],
  ])('reads "%s"', (label, plan) => {
    expect(parseDataPlan(label)).toEqual(plan);
  });

  it('leaves other labels alone', () => {
    expect(parseDataPlan('100 USD')).toBeUndefined();
    expect(parseDataPlan('Java & Bedrock Ed')).toBeUndefined();
    expect(parseDataPlan(undefined)).toBeUndefined();
  });
});

describe('formatFaceValue', () => {
  it('shows whole amounts without cents and keeps cents when there are some', () => {
    expect(formatFaceValue(25, 'USD', 'en')).toBe('$25');
    expect(formatFaceValue(2.5, 'USD', 'en')).toBe('$2.50');
    expect(formatFaceValue(200000, 'COP', 'en')).toBe('COP\u00a0200,000');
  });

  it('falls back to a plain number for a currency that is not an ISO code', () => {
    expect(formatFaceValue(1000, undefined, 'en')).toBe('1,000');
    expect(formatFaceValue(5, 'points', 'en')).toBe('5');
  });
});
