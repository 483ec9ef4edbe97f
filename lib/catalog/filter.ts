import { productKindOf, type ProductKind } from './kinds';

/** Case- and accent-insensitive form used for type-ahead search ("Café" and "cafe" match). */
export function normalizeSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface BrandFilter {
  q?: string;
  kind?: ProductKind;
  category?: string;
}

export interface SearchableBrand {
  /** normalizeSearch(brand name) */
  name: string;
  kind: ProductKind;
  categories: readonly string[];
}

/** A substring match on the normalised name, also with spaces ignored ("play station" finds "PlayStation"). */
export function matchesBrand(brand: SearchableBrand, filter: BrandFilter, normalizedQuery = normalizeSearch(filter.q ?? '')): boolean {
  if (filter.kind && brand.kind !== filter.kind) return false;
  if (filter.category && !brand.categories.includes(filter.category)) return false;
  if (!normalizedQuery) return true;
  return brand.name.includes(normalizedQuery) || brand.name.replace(/ /g, '').includes(normalizedQuery.replace(/ /g, ''));
}

/** The searchable form of a brand (also written into the directory's data attributes). */
export function toSearchable(brand: {
  name: string;
  kind?: string;
  category?: string;
  additionalCategories?: readonly string[];
}): SearchableBrand {
  return {
    name: normalizeSearch(brand.name),
    kind: productKindOf(brand),
    categories: [brand.category, ...(brand.additionalCategories ?? [])].filter((c): c is string => Boolean(c)),
  };
}
