import { describe, expect, it } from 'vitest';
import { checkRangeAmount, nearestValidAmount } from '@/lib/catalog/range';

const airbnb = { min: 25, max: 500, stepSize: 1 };
const cents = { min: 2, max: 2000, stepSize: 0.01 };
const claro = { min: 1000, max: 200000, stepSize: 1000 };

describe('checkRangeAmount', () => {
  it('accepts amounts inside the range and on the step grid, as strings or numbers', () => {
    expect(checkRangeAmount('100', airbnb)).toEqual({ ok: true, value: 100 });
    expect(checkRangeAmount(' 25 ', airbnb)).toEqual({ ok: true, value: 25 });
    expect(checkRangeAmount(500, airbnb)).toEqual({ ok: true, value: 500 });
    expect(checkRangeAmount('15000', claro)).toEqual({ ok: true, value: 15000 });
  });

  it('says which bound an amount misses', () => {
    expect(checkRangeAmount('24', airbnb)).toEqual({ ok: false, reason: 'below_min' });
    expect(checkRangeAmount('-5', airbnb)).toEqual({ ok: false, reason: 'below_min' });
    expect(checkRangeAmount('501', airbnb)).toEqual({ ok: false, reason: 'above_max' });
  });

  it('checks the step without floating-point surprises', () => {
    expect(checkRangeAmount('2.07', cents)).toEqual({ ok: true, value: 2.07 });
    expect(checkRangeAmount('19.99', cents)).toEqual({ ok: true, value: 19.99 });
    expect(checkRangeAmount('1999.99', cents)).toEqual({ ok: true, value: 1999.99 });
    expect(checkRangeAmount(2.0000001, cents)).toEqual({ ok: false, reason: 'off_step' });
    expect(checkRangeAmount('2.005', cents)).toEqual({ ok: false, reason: 'off_step' });
    expect(checkRangeAmount('100.5', airbnb)).toEqual({ ok: false, reason: 'off_step' });
    expect(checkRangeAmount('15500', claro)).toEqual({ ok: false, reason: 'off_step' });
  });

  it('counts the grid from the minimum', () => {
    expect(checkRangeAmount('7', { min: 2, max: 100, stepSize: 5 })).toEqual({ ok: true, value: 7 });
    expect(checkRangeAmount('10', { min: 2, max: 100, stepSize: 5 })).toEqual({ ok: false, reason: 'off_step' });
  });

  it('has no step check without a usable step', () => {
    expect(checkRangeAmount('33.333', { min: 1, max: 50 })).toEqual({ ok: true, value: 33.333 });
    expect(checkRangeAmount('33.3', { min: 1, max: 50, stepSize: 0 })).toEqual({ ok: true, value: 33.3 });
  });

  it('rejects what is not a plain number', () => {
    for (const input of ['', '  ', 'abc', '1e3', '12,5', '1.2.3', 'Infinity', '0x10', '--5']) {
      expect(checkRangeAmount(input, airbnb)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect(checkRangeAmount(Number.NaN, airbnb)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('nearestValidAmount', () => {
  it('clamps into the range', () => {
    expect(nearestValidAmount('5', airbnb)).toBe(25);
    expect(nearestValidAmount('9000', airbnb)).toBe(500);
  });

  it('rounds to the nearest step from the minimum', () => {
    expect(nearestValidAmount('15400', claro)).toBe(15000);
    expect(nearestValidAmount('15500', claro)).toBe(16000);
    expect(nearestValidAmount('2.004', cents)).toBe(2);
    expect(nearestValidAmount('2.006', cents)).toBe(2.01);
  });

  it('stays under the maximum when the grid does not reach it', () => {
    expect(nearestValidAmount('100', { min: 2, max: 100, stepSize: 5 })).toBe(97);
  });

  it('gives nothing for an unreadable amount', () => {
    expect(nearestValidAmount('abc', airbnb)).toBeUndefined();
  });
});
