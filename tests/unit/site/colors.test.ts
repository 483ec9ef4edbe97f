import { describe, expect, it } from 'vitest';
import { BLACK, contrast, ensureContrast, parseHex, readableOn, toHex, WHITE } from '@/lib/site/colors';

describe('colour arithmetic (WCAG 2)', () => {
  it('parses short and long hex, with or without #, and refuses anything else', () => {
    expect(parseHex('#2563eb')).toEqual([37, 99, 235]);
    expect(parseHex('fff')).toEqual([255, 255, 255]);
    expect(parseHex('#12345')).toBeNull();
    expect(parseHex('red')).toBeNull();
    expect(toHex([37, 99, 235])).toBe('#2563eb');
  });

  it('measures contrast as the WCAG reference values', () => {
    expect(contrast(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    // #767676 on white is the classic 4.54:1 AA boundary grey.
    expect(contrast(parseHex('#767676')!, WHITE)).toBeCloseTo(4.54, 2);
  });

  it('puts black text on light colours and white text on dark ones, always at AA', () => {
    expect(readableOn(parseHex('#ffd700')!)).toEqual(BLACK);
    expect(readableOn(parseHex('#1e3a8a')!)).toEqual(WHITE);
    for (const hex of ['#ff0000', '#00ff00', '#0000ff', '#777777', '#ff8800', '#00ffff', '#808080', '#ff00ff']) {
      const color = parseHex(hex)!;
      expect(contrast(color, readableOn(color))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps a colour that already reads and darkens or lightens one that does not, as little as needed', () => {
    const navy = parseHex('#1e3a8a')!;
    expect(ensureContrast(navy, [WHITE])).toBe(navy);
    const gold = parseHex('#ffd700')!;
    const onLight = ensureContrast(gold, [WHITE, parseHex('#f8fafc')!]);
    expect(contrast(onLight, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(onLight, WHITE)).toBeLessThan(5.5);
    const onDark = ensureContrast(navy, [parseHex('#020617')!, parseHex('#0f172a')!]);
    expect(contrast(onDark, parseHex('#0f172a')!)).toBeGreaterThanOrEqual(4.5);
  });
});
