// Type-ahead ranking of a whole brand index in the browser: the same matches, scores and order as
// searchDirectory (lib/catalog/directory.ts, which the server's `?q=` pages use), at a fraction of the cost per
// keystroke. The index is prepared once: every distinct word (and run-together name) gets a number, so each
// query word is compared with each distinct word once, not once per brand that has it, and scoring a brand
// allocates nothing.
import { matchScore, type BrandFilter, type SearchableBrand } from '@/lib/catalog/filter';
import { allowedTypos, normalizeSearch, prefixDistance, wholeQueryScore, type SearchName } from './fuzzy';

interface Prepared {
  /** Every distinct run-together name and word of the index, once. */
  words: string[];
  /** The words, each after a newline: one native search finds a query word in all of them. */
  text: string;
  /** The number of the word at each position of `text`. */
  wordAt: Int32Array;
  /** Per entry: its run-together name's number, then its words' numbers. */
  ids: Int32Array[];
  /** Per entry, its prepared name: read from a plain array, not from each entry (which V8 reads far slower). */
  names: SearchName[];
}

const preparedIndexes = new WeakMap<readonly SearchableBrand[], Prepared>();

/** Numbers the index's words (once per index; ranking does it on first use, so call it when the index arrives). */
export function prepareRanking(entries: readonly SearchableBrand[]): Prepared {
  let prepared = preparedIndexes.get(entries);
  if (prepared) return prepared;
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const numberOf = (word: string) => {
    let id = numbers.get(word);
    if (id === undefined) {
      id = words.push(word) - 1;
      numbers.set(word, id);
    }
    return id;
  };
  const ids = entries.map(({ search }) => Int32Array.from([search.compact, ...search.words], numberOf));
  const text = words.map((word) => `\n${word}`).join('');
  const wordAt = new Int32Array(text.length);
  for (let id = 0, at = 0; id < words.length; at += words[id]!.length + 1, id++) wordAt.fill(id, at, at + words[id]!.length + 1);
  prepared = { words, text, wordAt, ids, names: entries.map((entry) => entry.search) };
  preparedIndexes.set(entries, prepared);
  return prepared;
}

const STARTS = 1;
const INCLUDES = 2;
const UNKNOWN = -1;
const NEWLINE = 10;

/** One query word against every distinct word of the index: where it occurs (one search), typos on first need. */
class Term {
  readonly limit: number;
  private readonly found: Int8Array;
  private readonly distances: Int8Array;

  constructor(
    private readonly term: string,
    private readonly index: Prepared,
  ) {
    const { words, text, wordAt } = index;
    this.limit = allowedTypos(term.length);
    this.found = new Int8Array(words.length);
    this.distances = new Int8Array(words.length).fill(UNKNOWN);
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      this.found[wordAt[at]!]! |= text.charCodeAt(at - 1) === NEWLINE ? STARTS | INCLUDES : INCLUDES;
    }
  }

  private distance(id: number): number {
    let distance = this.distances[id]!;
    if (distance === UNKNOWN) {
      distance = prefixDistance(this.term, this.index.words[id]!, this.limit);
      this.distances[id] = distance;
    }
    return distance;
  }

  /** fuzzy.ts's wordScore for a name given as [run-together name, ...words]: 3, 2, 1 minus typos, or 0. */
  score(ids: Int32Array): number {
    for (let k = 0; k < ids.length; k++) if (this.found[ids[k]!]! & STARTS) return 3;
    if (this.found[ids[0]!]! & INCLUDES) return 2;
    if (this.limit === 0) return 0;
    let distance = this.distance(ids[0]!);
    for (let k = 1; k < ids.length && distance > 0; k++) distance = Math.min(distance, this.distance(ids[k]!));
    return distance <= this.limit ? 1 - distance / 4 : 0;
  }
}

const ANY_NAME = () => 1;

/** The entries that match, best first; without a query, in the catalog's own order (as searchDirectory). */
export function rankBrands<T extends SearchableBrand>(entries: readonly T[], filter: BrandFilter): T[] {
  const query = normalizeSearch(filter.q ?? '');
  const byKindAndCategory = { kind: filter.kind, category: filter.category };
  const filtered = Boolean(filter.kind || filter.category);
  if (!query) return filtered ? entries.filter((entry) => matchScore(entry, byKindAndCategory, ANY_NAME) > 0) : entries.slice();
  const prepared = prepareRanking(entries);
  const { ids, names } = prepared;
  const compactQuery = query.replace(/ /g, '');
  const terms = query.split(' ').map((term) => new Term(term, prepared));
  const scores = new Float64Array(entries.length);
  const matches: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (filtered && !matchScore(entries[i]!, byKindAndCategory, ANY_NAME)) continue;
    const name = names[i]!;
    // Every whole-query match (scores 70–100) contains the run-together query (indexOf: V8's includes is slower).
    let score = name.compact.indexOf(compactQuery) >= 0 ? wholeQueryScore(query, compactQuery, name) : 0;
    if (score === 0) {
      let total = 0;
      for (const term of terms) {
        const termScore = term.score(ids[i]!);
        total += termScore;
        if (termScore === 0) {
          total = 0;
          break;
        }
      }
      score = (60 * total) / (3 * terms.length);
    }
    if (score > 0) {
      scores[i] = score;
      matches.push(i);
    }
  }
  matches.sort((a, b) => scores[b]! - scores[a]! || names[a]!.name.length - names[b]!.name.length || a - b);
  return matches.map((i) => entries[i]!);
}
