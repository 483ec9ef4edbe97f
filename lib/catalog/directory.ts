// The brand directory's search and pages, the same on the server (`?q=&page=`, no JavaScript needed) and in
// the browser (type-ahead over the compact index). Pure and client-safe.
import { nameScorer } from '@/lib/search/fuzzy';
import { matchScore, normalizeSearch, type BrandFilter, type SearchableBrand } from './filter';

// The browser's type-ahead needs only these two: they live apart so it does not load the search with them.
export { directorySearch, sameFilter } from './directory-query';

/** Brands per page: the server renders one page; the browser shows as many, then more on request. */
export const DIRECTORY_PAGE_SIZE = 48;

/** The entries that match, best first; without a query, in the catalog's own order. */
export function searchDirectory<T extends SearchableBrand>(entries: readonly T[], filter: BrandFilter): T[] {
  const query = normalizeSearch(filter.q ?? '');
  const scorer = nameScorer(query);
  const scored: { entry: T; score: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const score = matchScore(entry, filter, scorer);
    if (score > 0) scored.push({ entry, score, index });
  });
  if (query) scored.sort((a, b) => b.score - a.score || a.entry.search.name.length - b.entry.search.name.length || a.index - b.index);
  return scored.map(({ entry }) => entry);
}

/** How many pages `matches` fill (at least one, to show "no match" on). */
export function pageCount(matches: number): number {
  return Math.max(1, Math.ceil(matches / DIRECTORY_PAGE_SIZE));
}

/** Page `page` (1-based, clamped to the last page) of the matches. */
export function pageOf<T>(matches: readonly T[], page: number): { items: T[]; page: number; pages: number } {
  const pages = pageCount(matches.length);
  const current = Math.min(Math.max(1, page), pages);
  return { items: matches.slice((current - 1) * DIRECTORY_PAGE_SIZE, current * DIRECTORY_PAGE_SIZE), page: current, pages };
}
