import { describe, expect, it } from 'vitest';
import { searchDirectory } from '@/lib/catalog/directory';
import { toSearchable, type BrandFilter } from '@/lib/catalog/filter';
import { prepareRanking, rankBrands } from '@/lib/search/rank';
import { scaleBrandSeeds } from '@/sandbox/catalog/scale';

// The sandbox's 3,000 generated brands (as the bench searches them) and real names with accents and punctuation.
const NAMES = [
  ...scaleBrandSeeds(3000, 'US').map((seed) => seed.brand),
  'Amazon.com',
  'Amazon Prime Video',
  'Netflix',
  'PlayStation Store',
  'Café Coffee Day',
  'eBay',
  'Uber Eats',
  'Uber',
  '7-Eleven',
  'H&M',
  '',
];
const CATEGORIES = ['games', 'retail', 'food'];
const entries = NAMES.map((name, i) => ({
  name,
  ...toSearchable({ name, category: CATEGORIES[i % 3], kind: i % 7 === 0 ? 'mobile_recharge' : undefined }),
}));

const QUERIES = [
  'a',
  'am',
  'amazn',
  'amazon gift',
  'netflx',
  'playstaton',
  'play station',
  'ÉBAY',
  'cafe',
  'uber',
  'mobile',
  'mobil telecm',
  'wireles',
  'sim',
  'esim roam',
  'gold',
  'golden star',
  'zzzz',
  '7 eleven',
  'h m',
  'xbx',
  'e',
];

describe('type-ahead ranking', () => {
  it('matches, scores and orders exactly as the server’s directory search', () => {
    const filters: BrandFilter[] = [{}, { kind: 'topup' }, { category: 'games' }];
    for (const q of QUERIES) {
      for (const filter of filters) {
        const names = (list: { name: string }[]) => list.map((entry) => entry.name);
        expect(names(rankBrands(entries, { q, ...filter })), `${q} ${JSON.stringify(filter)}`).toEqual(
          names(searchDirectory(entries, { q, ...filter })),
        );
      }
    }
  });

  it('forgives typos across the generated catalog', () => {
    expect(rankBrands(entries, { q: 'wirelss' }).length).toBeGreaterThan(10);
    expect(rankBrands(entries, { q: 'amazn' })[0]?.name).toBe('Amazon.com');
    expect(rankBrands(entries, { q: 'playstaton' })[0]?.name).toBe('PlayStation Store');
  });

  it('keeps the catalog order without a query, in a new list', () => {
    const ranked = rankBrands(entries, {});
    expect(ranked).toEqual(entries);
    expect(ranked).not.toBe(entries);
    expect(rankBrands(entries, { category: 'food' })).toEqual(entries.filter((entry) => entry.categories.includes('food')));
  });

  it('prepares an index once', () => {
    expect(prepareRanking(entries)).toBe(prepareRanking(entries));
    expect(prepareRanking(entries).words.length).toBeLessThan(entries.length * 4);
  });
});
