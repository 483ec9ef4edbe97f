// The brand directory shows the first matches at once; the rest on request. Keeps every keystroke's
// layout work small however many brands a country has. Pure and client-safe.
import { matchesBrand, normalizeSearch, type BrandFilter, type SearchableBrand } from './filter';

/** Matches shown before "Show all": about eight screens of cards. */
export const DIRECTORY_PAGE_SIZE = 120;

/** Which entries to show, and how many match in all. */
export function visibleEntries<T extends SearchableBrand>(
  entries: readonly T[],
  filter: BrandFilter,
  showAll: boolean,
): { visible: boolean[]; matches: number } {
  const query = normalizeSearch(filter.q ?? '');
  let matches = 0;
  const visible = entries.map((entry) => {
    if (!matchesBrand(entry, filter, query)) return false;
    matches += 1;
    return showAll || matches <= DIRECTORY_PAGE_SIZE;
  });
  return { visible, matches };
}
