import { describe, expect, it } from 'vitest';
import { nearBrandSlugs, nearestBrandSlug } from '@/lib/catalog/near-brand';

const BRANDS = [
  { name: 'Amazon.com' },
  { name: 'Walmart' },
  { name: 'Apple Music', family: 'Apple' },
  { name: 'App Store & iTunes', family: 'Apple' },
  { name: 'Steam' },
  { name: 'Steam Wallet' },
  { name: 'Xbox Game Pass' },
  { name: 'Xbox Live' },
];

describe('nearestBrandSlug', () => {
  it('takes a prefix, a family member and a typo to the one page they mean', () => {
    expect(nearestBrandSlug(BRANDS, 'amazon')).toBe('amazon-com');
    expect(nearestBrandSlug(BRANDS, 'walmrt')).toBe('walmart');
    expect(nearestBrandSlug(BRANDS, 'apple-music')).toBe('apple');
  });

  it('guesses nothing when several pages match as well, or none does', () => {
    expect(nearestBrandSlug(BRANDS, 'xbox')).toBeUndefined();
    expect(nearBrandSlugs(BRANDS, 'xbox').map((near) => near.slug)).toEqual(['xbox-game-pass', 'xbox-live']);
    expect(nearestBrandSlug(BRANDS, 'no-such-brand-at-all')).toBeUndefined();
    expect(nearestBrandSlug(BRANDS, '')).toBeUndefined();
    expect(nearestBrandSlug([{ name: 'Paysafecard' }, { name: 'Steam' }], 'pass')).toBeUndefined();
  });
});
