// Typo-forgiving brand search, shared by the server (the no-JavaScript `?q=` path) and the browser (type-ahead),
// so both rank the same way. Pure, client-safe and small: no library earned its bytes over ~60 lines.

/** Case- and accent-insensitive form: "Café" and "CAFE" → "cafe"; punctuation becomes one space. */
export function normalizeSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Typos forgiven for a query word of this length: none up to 3 letters, one up to 6, then two. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The fewest edits (insert, delete, substitute, swap two neighbours) that turn `query` into some prefix of
 * `word` ("amazn" is one edit from "amazo…", "playstaton" one from "playstation"). Gives up above `limit`.
 */
export function prefixDistance(query: string, word: string, limit: number): number {
  const n = query.length;
  // Only prefixes up to n + limit letters can be within the limit.
  const m = Math.min(word.length, n + limit);
  if (m < n - limit) return limit + 1;
  // Three rows of the optimal-string-alignment table, indexed by word position (reused: no garbage per call).
  if (rows[0].length < m + 1) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = query.charCodeAt(i - 1) === word.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && query.charCodeAt(i - 1) === word.charCodeAt(j - 2) && query.charCodeAt(i - 2) === word.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  // `previous` is the last row: the distance from the whole query to each prefix of the word.
  let best = limit + 1;
  for (let j = Math.max(0, n - limit); j <= Math.min(m, n + limit); j++) best = Math.min(best, previous[j]!);
  return best;
}

/** A brand name prepared once: its words, and the words run together ("play station" → "playstation"). */
export interface SearchName {
  /** normalizeSearch(name) */
  name: string;
  words: readonly string[];
  compact: string;
}

export function toSearchName(display: string): SearchName {
  const name = normalizeSearch(display);
  const words = name ? name.split(' ') : [];
  return { name, words, compact: words.join('') };
}

/** Distances already measured for one query word, by word (many brands share words) or name start. */
type DistanceCache = Map<string, number>;

function cachedDistance(term: string, word: string, limit: number, cache: DistanceCache): number {
  const key = word.slice(0, term.length + limit);
  let distance = cache.get(key);
  if (distance === undefined) {
    distance = prefixDistance(term, key, limit);
    cache.set(key, distance);
  }
  return distance;
}

/** How one query word matches the name: 3 starts a word, 2 is inside one, 1 is a typo away; 0 does not match. */
function wordScore(term: string, target: SearchName, cache: DistanceCache): number {
  if (target.compact.startsWith(term) || target.words.some((word) => word.startsWith(term))) return 3;
  if (target.compact.includes(term)) return 2;
  const limit = allowedTypos(term.length);
  if (limit === 0) return 0;
  let distance = cachedDistance(term, target.compact, limit, cache);
  for (const word of target.words) if (distance > 0) distance = Math.min(distance, cachedDistance(term, word, limit, cache));
  return distance <= limit ? 1 - distance / 4 : 0;
}

/** How the whole query matches the name: 100 is all of it, 90 its start, 80 a word's start, 70 inside; else 0. */
export function wholeQueryScore(query: string, compactQuery: string, target: SearchName): number {
  if (target.name === query || target.compact === compactQuery) return 100;
  if (target.name.startsWith(query) || target.compact.startsWith(compactQuery)) return 90;
  if (target.name.includes(` ${query}`)) return 80;
  return target.compact.includes(compactQuery) ? 70 : 0;
}

/**
 * How well a normalised query matches brand names, higher is better; 0 is no match. The whole name, then the
 * start of the name, then the start of a word, then anywhere inside, then every query word (with typos).
 * Make one scorer per query and call it for every brand: it remembers the typo distances it has measured.
 */
export function nameScorer(query: string): (target: SearchName) => number {
  const compactQuery = query.replace(/ /g, '');
  const terms = query ? query.split(' ') : [];
  const caches = terms.map((): DistanceCache => new Map());
  return (target) => {
    if (!query) return 1;
    const whole = wholeQueryScore(query, compactQuery, target);
    if (whole > 0) return whole;
    let total = 0;
    for (let i = 0; i < terms.length; i++) {
      const score = wordScore(terms[i]!, target, caches[i]!);
      if (score === 0) return 0;
      total += score;
    }
    // At most 60: every query word matched, typos cost.
    return (60 * total) / (3 * terms.length);
  };
}
