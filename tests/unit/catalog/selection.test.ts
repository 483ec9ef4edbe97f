import { describe, expect, it } from 'vitest';
import { type LiveQuote, type ResolvedChoice, resolveChoice, summarize } from '@/lib/catalog/picked';
import type { BrandOffer } from '@/lib/catalog/products';
import { readSelection, writeSelection } from '@/lib/catalog/selection';

const airbnb: BrandOffer = {
  brand: 'Airbnb',
  kind: 'giftcard',
  deliveryType: 'by_email',
  outOfStock: false,
  fixed: [
    { productId: 'f25', denomination: '25 USD', label: '$25', coinAmount: '25.375' },
    { productId: 'f100', denomination: '100 USD', label: '$100', coinAmount: '101.50' },
  ],
  range: { productId: 'r1', min: 25, max: 500, stepSize: 1, currency: 'USD' },
};
const bundle: BrandOffer = {
  brand: 'Lycamobile Bundle',
  kind: 'topup',
  deliveryType: 'by_phone',
  outOfStock: false,
  fixed: [{ productId: 'b5', denomination: '5 GB 30 days', label: '5 GB · 30 days', coinAmount: '19.285' }],
};
const idle: LiveQuote = { pending: false };

describe('readSelection', () => {
  it('finds the named denomination or amount', () => {
    expect(readSelection([airbnb], { denomination: '100 USD' })).toEqual({ brand: 'Airbnb', denomination: '100 USD' });
    expect(readSelection([airbnb], { amount: ' 120 ' })).toEqual({ brand: 'Airbnb', amount: '120' });
    expect(readSelection([airbnb, bundle], { denomination: '5 GB 30 days' })).toEqual({
      brand: 'Lycamobile Bundle',
      denomination: '5 GB 30 days',
    });
  });

  it('ignores choices that no longer exist', () => {
    expect(readSelection([airbnb], { denomination: '12 USD' })).toBeNull();
    expect(readSelection([bundle], { amount: '10' })).toBeNull();
    expect(readSelection([airbnb, bundle], { brand: 'Airbnb', denomination: '5 GB 30 days' })).toBeNull();
    expect(readSelection([airbnb], {})).toBeNull();
  });
});

describe('writeSelection', () => {
  it('replaces the previous choice and keeps the coin', () => {
    const params = writeSelection('?coin=USDT&amount=30', { brand: 'Airbnb', denomination: '100 USD' }, false);
    expect(params.toString()).toBe('coin=USDT&denomination=100+USD');
  });

  it('names the brand only when the family has several', () => {
    expect(writeSelection('', { brand: 'Lycamobile Bundle', denomination: '5 GB 30 days' }, true).get('brand')).toBe('Lycamobile Bundle');
    expect(writeSelection('', { brand: 'Airbnb', amount: '' }, false).toString()).toBe('');
  });
});

describe('resolveChoice and summarize', () => {
  const summaryOf = (resolved: ResolvedChoice, live: LiveQuote = idle) => summarize(resolved, [airbnb], 'USDC', live).summary;

  it('prices a fixed amount from the catalog', () => {
    const resolved = resolveChoice([airbnb], { brand: 'Airbnb', denomination: '100 USD' });
    expect(summarize(resolved, [airbnb], 'USDC', idle)).toEqual({
      summary: { kind: 'price', coinAmount: '101.50', coin: 'USDC' },
      picked: { brand: 'Airbnb', productId: 'f100', coin: 'USDC', coinAmount: '101.50', kind: 'fixed', denomination: '100 USD' },
    });
  });

  it('asks for a live price only for a valid open amount', () => {
    expect(resolveChoice([airbnb], { brand: 'Airbnb', amount: '120' })).toMatchObject({ kind: 'range', value: 120 });
    expect(resolveChoice([airbnb], { brand: 'Airbnb', amount: '501' })).toEqual({ kind: 'range-unfinished' });
    expect(resolveChoice([airbnb], { brand: 'Airbnb', amount: '' })).toEqual({ kind: 'range-unfinished' });
  });

  it('says what the live price is doing', () => {
    const resolved = resolveChoice([airbnb], { brand: 'Airbnb', amount: '120' });
    expect(summaryOf(resolved, { pending: true })).toEqual({ kind: 'pending' });
    expect(summaryOf(resolved, { pending: false, price: { coin: 'USDC', coinAmount: '121.80' } })).toEqual({
      kind: 'price',
      coin: 'USDC',
      coinAmount: '121.80',
    });
    expect(summaryOf(resolved, { pending: false, error: { code: 'FACE_VALUE_OFF_STEP', status: 422 } })).toEqual({
      kind: 'error',
      code: 'FACE_VALUE_OFF_STEP',
      status: 422,
    });
  });

  it('prompts before a choice and says when a brand is sold out', () => {
    expect(summaryOf(resolveChoice([airbnb], null))).toEqual({ kind: 'prompt', prompt: 'choose' });
    const soldOut = { ...airbnb, outOfStock: true };
    expect(summarize(resolveChoice([soldOut], null), [soldOut], 'USDC', idle).summary).toEqual({ kind: 'out-of-stock', brand: 'Airbnb' });
  });
});

describe('an offer’s range, as the picker checks it', () => {
  it('keeps the step grid of the wire range', () => {
    const claro: BrandOffer = {
      brand: 'Claro Credits',
      kind: 'topup',
      deliveryType: 'by_phone',
      outOfStock: false,
      fixed: [],
      range: { productId: 'c', min: 1000, max: 200000, stepSize: 1000, currency: 'COP' },
    };
    expect(resolveChoice([claro], { brand: 'Claro Credits', amount: '15500' })).toEqual({ kind: 'range-unfinished' });
    expect(resolveChoice([claro], { brand: 'Claro Credits', amount: '15000' })).toMatchObject({ kind: 'range', value: 15000 });
  });
});

describe('the prompt before a choice', () => {
  it('asks for a plan on eSIM pages and for an amount where there is only an open range', () => {
    const esim: BrandOffer = { ...bundle, brand: 'eSIM', kind: 'esim' };
    const openOnly: BrandOffer = { ...airbnb, fixed: [] };
    expect(summarize(resolveChoice([esim], null), [esim], 'USDC', idle).summary).toEqual({ kind: 'prompt', prompt: 'choose-plan' });
    expect(summarize(resolveChoice([openOnly], null), [openOnly], 'USDC', idle).summary).toEqual({ kind: 'prompt', prompt: 'enter' });
  });
});
