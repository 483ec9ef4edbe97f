// WCAG 2.x colour arithmetic for partner colours: parse, measure contrast, pick or adjust a foreground.
export type Rgb = readonly [number, number, number];

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function parseHex(value: string): Rgb | null {
  const match = HEX.exec(value.trim());
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Space-separated channels, the form the Tailwind theme's `rgb(var(--x) / <alpha>)` tokens take. */
export function toChannels(rgb: Rgb): string {
  return rgb.map((c) => Math.round(c)).join(' ');
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const AA_TEXT = 4.5;
export const BLACK: Rgb = [0, 0, 0];
export const WHITE: Rgb = [255, 255, 255];

/** Black or white, whichever reads better on `background` (one of them always reaches 4.5:1). */
export function readableOn(background: Rgb): Rgb {
  return contrast(background, WHITE) >= contrast(background, BLACK) ? WHITE : BLACK;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((c, i) => c + ((to[i] ?? c) - c) * amount) as unknown as Rgb;
}

/**
 * The colour closest to `color` that reads at `ratio` on every one of `backgrounds`: mixed step by step
 * toward black (light backgrounds) or white (dark backgrounds). Returns `color` itself when it already does.
 */
export function ensureContrast(color: Rgb, backgrounds: readonly Rgb[], ratio = AA_TEXT): Rgb {
  const passes = (c: Rgb) => backgrounds.every((bg) => contrast(c, bg) >= ratio);
  if (passes(color)) return color;
  const darkBackgrounds = backgrounds.every((bg) => luminance(bg) < 0.2);
  const target = darkBackgrounds ? WHITE : BLACK;
  for (let step = 1; step <= 100; step++) {
    const candidate = mix(color, target, step / 100).map(Math.round) as unknown as Rgb;
    if (passes(candidate)) return candidate;
  }
  return target;
}
