/**
 * A UUID-shaped id derived from its parts, so brand and product ids are identical on every run.
 * Version/variant nibbles are forced to look like v4: some clients validate the shape.
 */
export function stableUuid(...parts: string[]): string {
  const [a, b, c, d] = hash128(parts.join('\u241f'));
  const versioned = (b & 0xffff0fff) | 0x4000;
  const variant = (c & 0x3fffffff) | 0x80000000;
  return `${word(a)}-${half(versioned >>> 16)}-${half(versioned)}-` + `${half(variant >>> 16)}-${half(variant)}${word(d)}`;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const byte = (value: number): string => BYTE_HEX[value & 0xff] ?? '00';
const half = (value: number): string => byte(value >>> 8) + byte(value);
const word = (value: number): string => half(value >>> 16) + half(value);

/** File-name slug like the real CDN's: "Google Play" → "google-play", "Amazon.com" → "amazon-com". */
export function slugify(name: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKD');
  return ascii
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Deterministic pseudo-random generator in [0, 1) (mulberry32) seeded from a string. */
export function seededRandom(seed: string): () => number {
  let state = hash128(seed)[0] ?? 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// cyrb128: a fast non-cryptographic 128-bit hash; node:crypto's sha1 made 3,000 scale brands too slow.
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
