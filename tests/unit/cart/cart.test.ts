import { describe, expect, it } from 'vitest';
import { buyNowHref, parseBuyNow } from '@/lib/cart/buy-now';
import { addItem, itemLabel, parseCart, removeItem, updateItem, type NewCartItem } from '@/lib/cart/cart';

const fixed: NewCartItem = {
  country: 'US',
  brand: 'Target',
  slug: 'target',
  deliveryType: 'by_email',
  denomination: '25 USD',
  localizedDenomination: '$25',
};
const range: NewCartItem = {
  country: 'CO',
  brand: 'Claro Credits',
  slug: 'claro',
  deliveryType: 'by_phone',
  productValue: 5000,
  currency: 'COP',
};

describe('the cart', () => {
  it('holds at most 10 deliveries', () => {
    let items = parseCart(null);
    for (let i = 0; i < 10; i++) {
      const result = addItem(items, fixed, `id-${i}`);
      expect(result.ok).toBe(true);
      if (result.ok) items = result.items;
    }
    expect(addItem(items, fixed, 'one-too-many')).toEqual({ ok: false, reason: 'full' });
  });

  it('survives a round trip through storage, and drops what it cannot read', () => {
    const added = addItem([], range, 'a');
    if (!added.ok) throw new Error('not added');
    const withRecipient = updateItem(added.items, 'a', { recipient: '+573001234567' });
    const stored = JSON.stringify([...withRecipient, { brand: 'no shape' }, { ...fixed, id: 'b', productValue: 5 }]);
    expect(parseCart(stored)).toEqual(withRecipient);
    expect(parseCart('not json')).toEqual([]);
    expect(parseCart('{"an":"object"}')).toEqual([]);
    expect(removeItem(withRecipient, 'a')).toEqual([]);
  });

  it('labels a line by its localized amount, or its value and currency', () => {
    expect(itemLabel({ ...fixed, id: 'x', recipient: '' })).toBe('$25');
    expect(itemLabel({ ...range, id: 'y', recipient: '' })).toBe('5000 COP');
  });

  it('carries a "Buy now" item in the checkout URL, and refuses a tampered one', () => {
    const href = buyNowHref(fixed);
    expect(href).toMatch(/^\/checkout\?item=[\w-]+$/);
    const param = new URL(href, 'http://x').searchParams.get('item') ?? '';
    expect(parseBuyNow(param)).toMatchObject({ ...fixed, id: 'buy-now', recipient: '' });
    expect(parseBuyNow('garbage')).toBeUndefined();
    expect(parseBuyNow(undefined)).toBeUndefined();
  });
});
