// The brand page a mistyped or shortened brand path most likely means: "/US/amazon" → amazon-com (a prefix),
// "/US/walmrt" → walmart (a typo), "/US/apple" → the family. Only a clear match counts. Pure, client-safe.
import { nameScorer, normalizeSearch, toSearchName } from '@/lib/search/fuzzy';
import { brandSlug, familyOf } from './slug';

/** Scores at or above this match the whole query (exactly, at a name's start, a word's start or inside). */
const WHOLE_QUERY = 70;
/** The fewest letters a path needs for a typo-only match to be taken as meant. */
const MIN_TYPO_GUESS = 5;

/** A slug as the words a search takes ("amazon-com" → "amazon com"). */
export function slugWords(slug: string): string {
  return slug.replace(/[-_]+/g, ' ');
}

/** Each brand page (slug) a path could mean, best first, with how well its brands' names match. */
export function nearBrandSlugs(brands: readonly { name: string; family?: string }[], rawSlug: string): { slug: string; score: number }[] {
  const query = normalizeSearch(slugWords(rawSlug));
  if (!query) return [];
  const score = nameScorer(query);
  const best = new Map<string, number>();
  for (const brand of brands) {
    const value = Math.max(score(toSearchName(brand.name)), score(toSearchName(familyOf(brand))));
    const slug = brandSlug(brand);
    if (value > 0 && value > (best.get(slug) ?? 0)) best.set(slug, value);
  }
  return [...best].map(([slug, value]) => ({ slug, score: value })).sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug));
}

/**
 * The one brand page the path clearly means, or undefined: either the only page that matches at all (by a
 * typo only when the path has 5 letters or more), or the only one that matches the whole query while the
 * others match only word by word or with typos.
 */
export function nearestBrandSlug(brands: readonly { name: string; family?: string }[], rawSlug: string): string | undefined {
  const [first, second] = nearBrandSlugs(brands, rawSlug);
  if (!first) return undefined;
  // A typo in a short word is too easily another word ("pass" is one letter from "pays…"): only suggested.
  if (first.score < WHOLE_QUERY && normalizeSearch(rawSlug).replace(/ /g, '').length < MIN_TYPO_GUESS) return undefined;
  if (!second) return first.slug;
  return first.score >= WHOLE_QUERY && second.score < WHOLE_QUERY ? first.slug : undefined;
}
