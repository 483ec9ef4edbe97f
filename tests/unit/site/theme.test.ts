import { describe, expect, it } from 'vitest';
import { contrast, parseHex, type Rgb } from '@/lib/site/colors';
import { buildTheme } from '@/lib/site/theme';

const LIGHT = ['#f8fafc', '#ffffff'].map((h) => parseHex(h)!);
const DARK = ['#020617', '#0f172a'].map((h) => parseHex(h)!);

/** The channels a theme sets for one variable in one mode ("37 99 235" → [37, 99, 235]). */
function token(css: string, name: string, mode: 'light' | 'dark'): Rgb {
  const [light, dark] = css.split('@media');
  const match = new RegExp(`--color-${name}: ([0-9]+) ([0-9]+) ([0-9]+);`).exec(mode === 'light' ? light! : dark!);
  if (!match) throw new Error(`no --color-${name} in ${mode}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

describe('a partner theme', () => {
  it('keeps every pairing at AA in light and dark mode, whatever the colours', () => {
    for (const primary of ['#ffd700', '#00ff00', '#111111', '#2563eb', '#ff69b4', '#ffffff', '#000000', '#7c3aed']) {
      const { css } = buildTheme({ primary, accent: primary });
      for (const mode of ['light', 'dark'] as const) {
        for (const name of ['primary', 'accent']) {
          const fill = token(css, name, mode);
          expect(contrast(fill, token(css, `${name}-fg`, mode)), `${primary} ${name} text on fill (${mode})`).toBeGreaterThanOrEqual(4.5);
          for (const bg of mode === 'light' ? LIGHT : DARK) {
            expect(contrast(token(css, `${name}-ink`, mode), bg), `${primary} ${name} ink (${mode})`).toBeGreaterThanOrEqual(4.5);
          }
        }
      }
    }
  });

  it('keeps the partner colour as the fill and warns, with the adjusted value, when it would fail as text', () => {
    const { css, warnings } = buildTheme({ primary: '#ffd700', accent: '#0f766e' });
    expect(token(css, 'primary', 'light')).toEqual([255, 215, 0]);
    expect(token(css, 'primary-fg', 'light')).toEqual([0, 0, 0]);
    expect(warnings).toContainEqual(expect.objectContaining({ variable: 'SITE_PRIMARY_COLOR', mode: 'light', color: '#ffd700' }));
    expect(warnings.some((w) => w.variable === 'SITE_ACCENT_COLOR' && w.mode === 'light')).toBe(false);
  });

  it('puts the dark values inside a prefers-color-scheme query, so there is no script and no flash', () => {
    expect(buildTheme({ primary: '#2563eb', accent: '#0f766e' }).css).toMatch(
      /^:root\{.*\}@media \(prefers-color-scheme: dark\)\{:root\{.*\}\}$/,
    );
  });
});
