import { nameScorer, normalizeSearch, toSearchName, type SearchName } from '@/lib/search/fuzzy';
import { productKindOf, type ProductKind } from './kinds';

export { normalizeSearch };

export interface BrandFilter {
  q?: string;
  kind?: ProductKind;
  category?: string;
}

export interface SearchableBrand {
  search: SearchName;
  kind: ProductKind;
  categories: readonly string[];
}

/** How well a brand matches the filter (typo-forgiving on the name, see lib/search/fuzzy); 0 when it does not. */
export function matchScore(brand: SearchableBrand, filter: BrandFilter, score = nameScorer(normalizeSearch(filter.q ?? ''))): number {
  if (filter.kind && brand.kind !== filter.kind) return 0;
  if (filter.category && !brand.categories.includes(filter.category)) return 0;
  return score(brand.search);
}

export function matchesBrand(brand: SearchableBrand, filter: BrandFilter): boolean {
  return matchScore(brand, filter) > 0;
}

/** The searchable form of a brand. */
export function toSearchable(brand: {
  name: string;
  kind?: string;
  category?: string;
  additionalCategories?: readonly string[];
}): SearchableBrand {
  return {
    search: toSearchName(brand.name),
    kind: productKindOf(brand),
    categories: [brand.category, ...(brand.additionalCategories ?? [])].filter((c): c is string => Boolean(c)),
  };
}
