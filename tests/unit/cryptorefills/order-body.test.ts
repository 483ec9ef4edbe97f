import { describe, expect, it } from 'vitest';
import { toOrderBody } from '@/lib/cryptorefills/schemas/order-body';
import type { OrderInput } from '@/lib/cryptorefills/types';
import { CreateOrderBodySchema } from '@/lib/cryptorefills/schemas/order';

const input: OrderInput = {
  email: 'buyer@example.com',
  fullName: 'Ada Lovelace',
  newsletter: true,
  coupon: 'SAVE10',
  coin: 'USDC',
  network: 'Solana',
  items: [
    { country: 'US', brand: 'Airbnb', denomination: '100 USD', localizedDenomination: '$100', recipient: 'friend@example.com' },
    { country: 'US', brand: 'Everything Apple', productValue: 12, recipient: 'buyer@example.com' },
    { country: 'CO', brand: 'Claro Credits', productValue: 5000, recipient: '+573001234567' },
  ],
  lang: 'en',
  acquisition: { utmSource: 'partner-shop', visitor: { utm_source: 'newsletter', utm_campaign: 'black-friday' } },
};

describe('the order body sent upstream', () => {
  const body = toOrderBody(input);

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

  it('leaves out what the buyer did not give', () => {
    const plain = toOrderBody({ ...input, fullName: undefined, coupon: undefined, newsletter: false, acquisition: { utmSource: 'shop' } });
    expect(plain.user).toEqual({ email: 'buyer@example.com', has_accepted_newsletter: false });
    expect(plain).not.toHaveProperty('promo_code');
    expect(plain.acquisition).toEqual({ utm_source: 'shop' });
  });

  it('is a valid upstream create body', () => {
    expect(CreateOrderBodySchema.safeParse(body).success).toBe(true);
  });
});
