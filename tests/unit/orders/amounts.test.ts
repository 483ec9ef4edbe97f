import { describe, expect, it } from 'vitest';
import { amountDue, compareDecimals, halfOf, isPartlyPaid, subtractDecimals, toAtomic } from '@/lib/order-display/amounts';
import { formatCoinAmount } from '@/lib/order-display/amount-text';

describe('decimal amounts', () => {
  it('subtracts exactly, never below zero', () => {
    expect(subtractDecimals('25.375', '12.687')).toBe('12.688');
    expect(subtractDecimals('0.3', '0.1')).toBe('0.2');
    expect(subtractDecimals('1', '2')).toBe('0');
    expect(subtractDecimals('1e3', '1')).toBeUndefined();
  });

  it('halves at the amount precision, at least cents', () => {
    expect(halfOf('25.375')).toBe('12.687');
    expect(halfOf('101')).toBe('50.5');
    expect(halfOf('0.00000001')).toBe('0');
  });

  it('converts to atomic units without floats', () => {
    expect(toAtomic('101.48', 6)).toBe('101480000');
    expect(toAtomic('0.1', 18)).toBe('100000000000000000');
    expect(toAtomic('1.1234567', 6)).toBeUndefined();
  });

  it('compares and tells a partial payment', () => {
    expect(compareDecimals('10.50', '10.5')).toBe(0);
    expect(compareDecimals('9.99', '10')).toBe(-1);
    expect(amountDue({ coinAmount: '25.375', sentCoinAmount: '12.687' })).toBe('12.688');
    expect(amountDue({ coinAmount: '25.375', sentCoinAmount: undefined })).toBe('25.375');
    expect(isPartlyPaid({ coinAmount: '25.375', sentCoinAmount: '12.687' })).toBe(true);
    expect(isPartlyPaid({ coinAmount: '25.375', sentCoinAmount: '0' })).toBe(false);
    expect(isPartlyPaid({ coinAmount: '25.375', sentCoinAmount: '25.375' })).toBe(false);
  });

  it('writes every coin amount of an order one way: a Lightning total and its remainder alike', () => {
    expect(formatCoinAmount('0.00050750', 'en')).toBe('0.0005075');
    expect(formatCoinAmount('0.0005075', 'en')).toBe('0.0005075');
    expect(formatCoinAmount('50', 'en')).toBe('50.00');
    expect(formatCoinAmount('12.688', 'id')).toBe('12,688');
  });
});
