import { describe, expect, it } from 'vitest';
import { refundAddress, refundScreen } from '@/lib/order-display/refund';

describe('refund screens', () => {
  it('speaks of a refund on the partial-payment, expired and refunded screens only', () => {
    expect(refundScreen('PartialPaymentStarted')).toBe('partial');
    expect(refundScreen('Expired')).toBe('expired');
    expect(refundScreen('Refunded')).toBe('refunded');
    for (const state of ['WaitingForPayment', 'Done', 'PaymentFailed', 'Whatever']) expect(refundScreen(state), state).toBeNull();
  });

  it('counts a blank refund address as none', () => {
    expect(refundAddress({ refundWalletAddress: ' 7xKX ' })).toBe('7xKX');
    expect(refundAddress({ refundWalletAddress: '  ' })).toBeUndefined();
    expect(refundAddress({})).toBeUndefined();
  });
});
