// Turns the partner's two colours into the theme's CSS variables for light and dark mode, keeping every
// pairing at WCAG AA: the colour itself fills buttons (with black or white text, whichever reads), and an
// "ink" variant, adjusted only when needed, is what the colour becomes as text, borders and focus rings.
import { contrast, ensureContrast, parseHex, readableOn, toChannels, toHex, type Rgb } from './colors';

// The page and card backgrounds of globals.css, light and dark.
const SURFACES = {
  light: [parseHex('#f8fafc'), parseHex('#ffffff')] as Rgb[],
  dark: [parseHex('#020617'), parseHex('#0f172a')] as Rgb[],
};

export interface ThemeWarning {
  variable: 'SITE_PRIMARY_COLOR' | 'SITE_ACCENT_COLOR';
  mode: 'light' | 'dark';
  color: string;
  ratio: number;
  adjusted: string;
}

export interface Theme {
  /** CSS declarations for :root, light then dark (inside a prefers-color-scheme media query). */
  css: string;
  warnings: ThemeWarning[];
}

function tokens(
  name: 'primary' | 'accent',
  variable: ThemeWarning['variable'],
  hex: string,
  mode: 'light' | 'dark',
  warnings: ThemeWarning[],
) {
  const color = parseHex(hex) ?? [0, 0, 0];
  const backgrounds = SURFACES[mode];
  const ink = ensureContrast(color, backgrounds);
  if (ink !== color) {
    const ratio = Math.min(...backgrounds.map((bg) => contrast(color, bg)));
    warnings.push({ variable, mode, color: hex, ratio: Math.round(ratio * 100) / 100, adjusted: toHex(ink) });
  }
  return [
    `--color-${name}: ${toChannels(color)};`,
    `--color-${name}-fg: ${toChannels(readableOn(color))};`,
    `--color-${name}-ink: ${toChannels(ink)};`,
  ].join('');
}

export function buildTheme(colors: { primary: string; accent: string }): Theme {
  const warnings: ThemeWarning[] = [];
  const mode = (m: 'light' | 'dark') =>
    tokens('primary', 'SITE_PRIMARY_COLOR', colors.primary, m, warnings) +
    tokens('accent', 'SITE_ACCENT_COLOR', colors.accent, m, warnings);
  const css = `:root{${mode('light')}}@media (prefers-color-scheme: dark){:root{${mode('dark')}}}`;
  return { css, warnings };
}
