import { describe, expect, it } from 'vitest';
import { sameDecimal } from '@/lib/checkout/amounts';
import { CheckoutRequestSchema, CreateOrderRequestSchema } from '@/lib/checkout/request';
import { toUpstreamOrderBody } from '@/lib/checkout/upstream-body';
import { CreateOrderBodySchema } from '@/lib/cryptorefills/schemas/order';

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
    { country: 'US', brand: 'Everything Apple', productValue: 12, deliveryType: 'by_email', recipient: 'buyer@example.com' },
    { country: 'CO', brand: 'Claro Credits', productValue: 5000, deliveryType: 'by_phone', recipient: '+573001234567' },
  ],
};
const acquisition = { utmSource: 'partner-shop', visitor: { utm_source: 'newsletter', utm_campaign: 'black-friday' } };

describe('the order body sent upstream', () => {
  const request = CheckoutRequestSchema.parse({ ...base, newsletter: true, coupon: 'SAVE10', fullName: 'Ada Lovelace' });
  const body = toUpstreamOrderBody(request, 'en', acquisition);

  it('sends a fixed product with its exact denomination string', () => {
    expect(body.deliveries[0]).toEqual({
      beneficiary_account: 'friend@example.com',
      brand_name: 'Airbnb',
      country_code: 'US',
      denomination: '100 USD',
      localized_denomination: '$100',
    });
  });

  it('sends a range product as "range" plus its product_value', () => {
    expect(body.deliveries[1]).toEqual({
      beneficiary_account: 'buyer@example.com',
      brand_name: 'Everything Apple',
      country_code: 'US',
      denomination: 'range',
      product_value: 12,
    });
    expect(body.deliveries[2]).toMatchObject({ beneficiary_account: '+573001234567', denomination: 'range', product_value: 5000 });
  });

  it('pays from the buyer’s wallet with the chosen coin and network, in the buyer’s language, credited to the partner', () => {
    expect(body.payment).toEqual({ type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'Solana' });
    expect(body.user).toEqual({ email: 'buyer@example.com', has_accepted_newsletter: true, full_name: 'Ada Lovelace' });
    expect(body).toMatchObject({ email: 'buyer@example.com', lang: 'en', promo_code: 'SAVE10' });
    expect(body.acquisition).toEqual({ utm_source: 'partner-shop', utm_campaign: 'black-friday', utm_referrer: 'newsletter' });
  });

  it('is a valid upstream create body', () => {
    expect(CreateOrderBodySchema.safeParse(body).success).toBe(true);
  });
});

describe('what the checkout accepts', () => {
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
