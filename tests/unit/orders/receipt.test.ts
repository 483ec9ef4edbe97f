import { describe, expect, it } from 'vitest';
import { amountPaid, hasReceipt, receiptDate, receiptPath, receiptUrl } from '@/lib/order-display/receipt';

describe('receipt', () => {
  it('exists for a delivered order only, at its own path on the public origin', () => {
    expect(hasReceipt('Done')).toBe(true);
    expect(hasReceipt('PaymentReceived')).toBe(false);
    expect(receiptPath('abc')).toBe('/orders/abc/receipt');
    expect(receiptUrl('https://shop.example.com', 'abc')).toBe('https://shop.example.com/orders/abc/receipt');
  });

  it('shows what was sent when the upstream reports it, else the amount due', () => {
    expect(amountPaid({ coinAmount: '25.5', sentCoinAmount: '25.6' })).toBe('25.6');
    expect(amountPaid({ coinAmount: '25.5', sentCoinAmount: '0' })).toBe('25.5');
    expect(amountPaid({ coinAmount: '25.5' })).toBe('25.5');
  });

  it('dates the receipt in UTC, in the reader’s language', () => {
    expect(receiptDate(0, 'en')).toBe('January 1, 1970 at 12:00 AM');
    expect(receiptDate(undefined, 'en')).toBeUndefined();
  });
});
