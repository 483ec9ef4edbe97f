// The browser's brand search: the index's decoding and the typo-forgiving ranking. Loaded by use-brand-index.ts
// with the index itself, on the first sign of a search, never with the page.
import type { BrandFilter } from '@/lib/catalog/filter';
import { decodeBrandIndex, type BrandIndex, type IndexedBrand } from './brand-index';
import { normalizeSearch } from './fuzzy';
import { prepareRanking, rankBrands } from './rank';

/** A country's index, ready to search. */
export interface LoadedIndex {
  brands: IndexedBrand[];
  /** Every brand the filter matches, best first (the server's `?q=` order, lib/search/rank.ts). */
  rank: (filter: BrandFilter) => IndexedBrand[];
  /** The best `count` brands for typed words; none when `q` holds no letter or digit. */
  suggest: (q: string, count: number) => IndexedBrand[];
}

export function loadedIndex(index: BrandIndex): LoadedIndex {
  const brands = decodeBrandIndex(index);
  // Numbering the index's words now spares the first keystroke the work.
  prepareRanking(brands);
  return {
    brands,
    rank: (filter) => rankBrands(brands, filter),
    suggest: (q, count) => (normalizeSearch(q) ? rankBrands(brands, { q }).slice(0, count) : []),
  };
}
