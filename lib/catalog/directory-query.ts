// The directory's URL for a filter, and filter equality: all the brand filter needs in the page's first load (the
// search itself, lib/catalog/directory.ts and lib/search/rank.ts, loads later). Pure and client-safe.
import type { BrandFilter } from './filter';

/** The directory's query string for a filter and page ("" for the plain first page). */
export function directorySearch(filter: BrandFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'kind', 'category'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function sameFilter(a: BrandFilter, b: BrandFilter): boolean {
  return (a.q ?? '') === (b.q ?? '') && (a.kind ?? '') === (b.kind ?? '') && (a.category ?? '') === (b.category ?? '');
}
