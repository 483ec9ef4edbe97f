import { describe, expect, it } from 'vitest';
import { sameDecimal } from '@/lib/checkout/amounts';
import { CheckoutRequestSchema, CreateOrderRequestSchema } from '@/lib/checkout/request';

const base = {
  email: 'buyer@example.com',
  coin: 'usdc',
  network: 'Solana',
  items: [
    {
      country: 'US',
      brand: 'Airbnb',
      denomination: '100 USD',
      localizedDenomination: '$100',
      deliveryType: 'by_email',
      recipient: 'friend@example.com',
    },
  ],
};

describe('what the checkout accepts', () => {
  it('upper-cases the coin', () => {
    expect(CheckoutRequestSchema.parse(base).coin).toBe('USDC');
  });

  it('refuses a recipient of the wrong kind, and a line with both or neither amount', () => {
    const bad = (patch: object) => CheckoutRequestSchema.safeParse({ ...base, items: [{ ...base.items[0], ...patch }] }).success;
    expect(bad({ recipient: 'not-an-email' })).toBe(false);
    expect(bad({ deliveryType: 'by_phone', recipient: '3001234567' })).toBe(false);
    expect(bad({ deliveryType: 'by_phone', recipient: '+14155551234' })).toBe(true);
    expect(bad({ productValue: 5 })).toBe(false);
    expect(bad({ denomination: undefined })).toBe(false);
    expect(bad({ country: 'XX' })).toBe(false);
  });

  it('takes at most 10 deliveries and needs an attempt id and the accepted total to create', () => {
    const eleven = Array.from({ length: 11 }, () => base.items[0]);
    expect(CheckoutRequestSchema.safeParse({ ...base, items: eleven }).success).toBe(false);
    expect(CreateOrderRequestSchema.safeParse({ ...base, expectedCoinAmount: '101.50' }).success).toBe(false);
    expect(CreateOrderRequestSchema.safeParse({ ...base, attemptId: crypto.randomUUID(), expectedCoinAmount: '101.50' }).success).toBe(
      true,
    );
  });
});

describe('amounts', () => {
  it('compares decimal strings exactly', () => {
    expect(sameDecimal('101.50', '101.5')).toBe(true);
    expect(sameDecimal('0101.500000', '101.5')).toBe(true);
    expect(sameDecimal('101.51', '101.5')).toBe(false);
    expect(sameDecimal('100', '100.000')).toBe(true);
  });
});
