import { describe, expect, it } from 'vitest';
import { brandInCategory, countKinds, deriveCategories, humanizeCategory } from '@/lib/catalog/categories';
import { matchesBrand, toSearchable } from '@/lib/catalog/filter';
import { productKindOf } from '@/lib/catalog/kinds';
import { brandSlug, slugify } from '@/lib/catalog/slug';

const brands = [
  { name: 'Amazon.com', family: 'Amazon.com', kind: 'giftcard', category: 'e-commerce', additionalCategories: ['retail'] },
  { name: 'Walmart', family: 'Walmart', kind: 'giftcard', category: 'retail', additionalCategories: [] },
  { name: 'Steam', family: 'Steam', kind: 'giftcard', category: 'games', additionalCategories: ['entertainment'] },
  { name: 'T-Mobile', family: 'T-Mobile', kind: 'mobile_recharge', category: 'mobile_credits', additionalCategories: [] },
  { name: 'eSIM', family: 'eSIM', kind: 'mobile_recharge', category: 'e-sim', additionalCategories: [] },
  { name: 'Mystery', kind: 'giftcard', category: 'brand_new_category' },
];

describe('categories come from the brands, never from a fixed list', () => {
  it('counts main and additional categories, most brands first', () => {
    const derived = deriveCategories(brands);
    expect(derived[0]).toEqual({ slug: 'retail', count: 2 });
    expect(derived.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['e-commerce', 'games', 'entertainment', 'mobile_credits', 'e-sim', 'brand_new_category']),
    );
    expect(derived).toHaveLength(7);
  });

  it('places a brand in its additional categories too', () => {
    expect(brandInCategory(brands[0]!, 'retail')).toBe(true);
    expect(brandInCategory(brands[1]!, 'games')).toBe(false);
  });

  it('names an unknown category readably', () => {
    expect(humanizeCategory('brand_new_category')).toBe('Brand new category');
    expect(humanizeCategory('e-sim')).toBe('E sim');
  });

  it('tells gift cards, top-ups and eSIMs apart', () => {
    expect(brands.map(productKindOf)).toEqual(['giftcard', 'giftcard', 'giftcard', 'topup', 'esim', 'giftcard']);
    expect(countKinds(brands)).toEqual({ giftcard: 4, topup: 1, esim: 1 });
  });
});

describe('slugs', () => {
  it('are lowercase, dashed and stable for the family', () => {
    expect(slugify('Amazon.com')).toBe('amazon-com');
    expect(slugify('  Claro Credits ')).toBe('claro-credits');
    expect(slugify('Crédit Agricole')).toBe('credit-agricole');
    expect(slugify('H&M')).toBe('h-and-m');
    expect(brandSlug({ name: 'Lycamobile Bundle', family: 'Lycamobile' })).toBe('lycamobile');
    expect(brandSlug({ name: 'Mystery' })).toBe('mystery');
  });
});

describe('type-ahead search', () => {
  const steam = toSearchable({ name: 'Steam', category: 'games' });
  const ps = toSearchable({ name: 'PlayStation Store', category: 'games' });

  it('matches regardless of case, accents and spaces', () => {
    expect(matchesBrand(steam, { q: 'STE' })).toBe(true);
    expect(matchesBrand(ps, { q: 'play station' })).toBe(true);
    expect(matchesBrand(toSearchable({ name: 'Café Crème' }), { q: 'cafe cre' })).toBe(true);
    expect(matchesBrand(steam, { q: 'xbox' })).toBe(false);
  });

  it('combines search with kind and category', () => {
    expect(matchesBrand(steam, { q: 'st', kind: 'topup' })).toBe(false);
    expect(matchesBrand(steam, { category: 'games' })).toBe(true);
    expect(matchesBrand(steam, { category: 'retail' })).toBe(false);
  });
});
