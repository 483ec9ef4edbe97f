import { describe, expect, it } from 'vitest';
import { DIRECTORY_PAGE_SIZE, directorySearch, pageOf, searchDirectory } from '@/lib/catalog/directory';
import { toSearchable } from '@/lib/catalog/filter';
import { normalizeSearch, prefixDistance } from '@/lib/search/fuzzy';

const NAMES = [
  'Walmart',
  'Amazon Prime Video',
  'Google Play',
  'Amazon.com',
  'Netflix',
  'Nintendo eShop',
  'PlayStation Store',
  'Uber Eats',
  'Uber',
  'eBay',
  'Steam',
  'Café Coffee Day',
  'Apple',
  'Xbox',
  'Best Buy',
];
const entries = NAMES.map((name) => ({ name, ...toSearchable({ name, category: name === 'Steam' ? 'games' : 'retail' }) }));
const ranked = (q: string, filter = {}) => searchDirectory(entries, { q, ...filter }).map((e) => e.name);

describe('typo-forgiving brand search', () => {
  it('ignores case and accents', () => {
    expect(normalizeSearch('ÉBAY')).toBe('ebay');
    expect(ranked('ÉBAY')[0]).toBe('eBay');
    expect(ranked('ebay')[0]).toBe('eBay');
    expect(ranked('CAFE')[0]).toBe('Café Coffee Day');
  });

  it('finds a brand with a letter missing, swapped or wrong', () => {
    expect(ranked('amazn')[0]).toBe('Amazon.com');
    expect(ranked('netflx')[0]).toBe('Netflix');
    expect(ranked('playstaton')[0]).toBe('PlayStation Store');
    expect(ranked('stema')[0]).toBe('Steam');
    expect(ranked('walmrat')[0]).toBe('Walmart');
  });

  it('puts the best match first: the whole name, then its start, then a word, then inside, then typos', () => {
    expect(ranked('uber')).toEqual(['Uber', 'Uber Eats']);
    expect(ranked('play').slice(0, 2)).toEqual(['PlayStation Store', 'Google Play']);
    expect(ranked('amazon')).toEqual(['Amazon.com', 'Amazon Prime Video']);
    expect(ranked('play station')[0]).toBe('PlayStation Store');
    expect(ranked('flix')).toEqual(['Netflix']);
  });

  it('forgives no typo in a short query, and finds nothing for nonsense', () => {
    expect(ranked('xbx')).toEqual([]);
    expect(ranked('no such brand at all')).toEqual([]);
    expect(ranked('zzzz')).toEqual([]);
  });

  it('keeps the catalog order without a query, and combines search with kind and category', () => {
    expect(ranked('')).toEqual(NAMES);
    expect(ranked('', { category: 'games' })).toEqual(['Steam']);
    expect(ranked('stema', { category: 'retail' })).toEqual([]);
    expect(ranked('steam', { kind: 'topup' })).toEqual([]);
  });

  it('measures edits against the start of a word, giving up past the limit', () => {
    expect(prefixDistance('amazn', 'amazon', 1)).toBe(1);
    expect(prefixDistance('amzaon', 'amazon', 2)).toBe(1);
    expect(prefixDistance('netflix', 'netflixandmore', 0)).toBe(0);
    expect(prefixDistance('xyzzy', 'amazon', 2)).toBe(3);
  });
});

describe('the directory’s pages', () => {
  const many = Array.from({ length: 300 }, (_, i) => i);

  it('cuts the matches into pages, clamping a page past the end to the last one', () => {
    expect(pageOf(many, 1)).toMatchObject({ page: 1, pages: 7, items: many.slice(0, DIRECTORY_PAGE_SIZE) });
    expect(pageOf(many, 2).items[0]).toBe(DIRECTORY_PAGE_SIZE);
    expect(pageOf(many, 99)).toMatchObject({ page: 7, items: many.slice(6 * DIRECTORY_PAGE_SIZE) });
    expect(pageOf([], 3)).toMatchObject({ page: 1, pages: 1, items: [] });
  });

  it('writes the filter and page into the query string', () => {
    expect(directorySearch({})).toBe('');
    expect(directorySearch({ q: 'amazn', kind: 'giftcard' }, 2)).toBe('?q=amazn&kind=giftcard&page=2');
    expect(directorySearch({ category: 'games' }, 1)).toBe('?category=games');
  });
});
