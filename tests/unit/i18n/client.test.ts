import compile from 'icu-minify/compile';
import { describe, expect, it } from 'vitest';
import { translate, type Messages } from '@/lib/i18n/client';

// The catalog's client translations read messages precompiled the way next.config.js ships them (icu-minify).
const messages: Messages = {
  site: {
    cartCount: compile('Cart, {count, plural, =0 {empty} one {# item} other {# items}}'),
    cart: compile('Cart'),
  },
  brandPage: { amountErrors: { below_min: compile('At least {min}') } },
};

describe('translate (lib/i18n/client)', () => {
  it('formats plurals, exact matches and numbers in the scope language', () => {
    const en = translate({ locale: 'en', messages }, 'site');
    expect(en('cartCount', { count: 0 })).toBe('Cart, empty');
    expect(en('cartCount', { count: 1 })).toBe('Cart, 1 item');
    expect(en('cartCount', { count: 1200 })).toBe('Cart, 1,200 items');
    expect(translate({ locale: 'id', messages }, 'site')('cartCount', { count: 1200 })).toBe('Cart, 1.200 items');
  });

  it('reads nested keys, says which exist, and shows a missing one as its key', () => {
    const t = translate({ locale: 'en', messages }, 'brandPage');
    expect(t('amountErrors.below_min', { min: '$5' })).toBe('At least $5');
    expect(t.has('amountErrors.below_min')).toBe(true);
    expect(t.has('amountErrors')).toBe(false);
    expect(t.has('nope')).toBe(false);
    expect(t('nope')).toBe('brandPage.nope');
  });
});
