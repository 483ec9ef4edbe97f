import { describe, expect, it } from 'vitest';
import { buyNowHref, parseBuyNow } from '@/lib/cart/buy-now';
import { initialPayment, paymentWishes, type CoinOption } from '@/lib/checkout/payment-options';

const network = (name: string, suspended = false) => ({ name, suspended }) as CoinOption['networks'][number];
const OPTIONS = [
  { coin: 'USDC', suspended: false, networks: [network('Solana'), network('Base')] },
  { coin: 'USDT', suspended: false, networks: [network('Tron'), network('Solana'), network('Base')] },
] as CoinOption[];
const DEFAULTS = { coin: 'USDC', network: 'Solana' };
const pick = (items: { coin?: string; network?: string }[], saved: { coin: string; network: string } | null = null) =>
  initialPayment(OPTIONS, paymentWishes(items, saved, DEFAULTS));

describe('the payment checkout starts with', () => {
  it('the coin the item was chosen in, on the remembered or the default network', () => {
    expect(pick([{ coin: 'USDT' }])).toEqual({ coin: 'USDT', network: 'Solana' });
    expect(pick([{ coin: 'USDT' }], { coin: 'USDC', network: 'Base' })).toEqual({ coin: 'USDT', network: 'Base' });
    expect(pick([{ coin: 'USDT', network: 'Tron' }], { coin: 'USDC', network: 'Base' })).toEqual({ coin: 'USDT', network: 'Tron' });
  });

  it('the remembered choice, then the default, when no item names a coin (or an unknown one)', () => {
    expect(pick([{}], { coin: 'USDT', network: 'Base' })).toEqual({ coin: 'USDT', network: 'Base' });
    expect(pick([])).toEqual(DEFAULTS);
    expect(pick([{ coin: 'DOGE' }])).toEqual(DEFAULTS);
  });

  it('a Buy now link carries the coin', () => {
    const item = {
      country: 'US',
      brand: 'Target',
      slug: 'target',
      deliveryType: 'by_email',
      denomination: '25 USD',
      coin: 'USDT',
    } as const;
    expect(parseBuyNow(buyNowHref(item).split('item=')[1])).toMatchObject({ coin: 'USDT' });
  });
});
