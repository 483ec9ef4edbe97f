// @vitest-environment jsdom
// The example brand files in public/ that a partner replaces (SITE_LOGO=/brand/logo.svg, SITE_ICON=/brand/icon.svg).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const publicDir = join(__dirname, '..', '..', '..', 'public');
const SVG_NS = 'http://www.w3.org/2000/svg';

describe.each(['brand/logo.svg', 'brand/icon.svg'])('public/%s', (file) => {
  const path = join(publicDir, file);

  it('exists and parses as an SVG document with a viewBox', () => {
    expect(existsSync(path)).toBe(true);
    const source = readFileSync(path, 'utf8');
    expect(source.trimStart().startsWith('<svg')).toBe(true);
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const svg = doc.documentElement;
    expect(svg.localName).toBe('svg');
    expect(svg.namespaceURI).toBe(SVG_NS);
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  });

  it('references nothing outside itself', () => {
    const source = readFileSync(path, 'utf8');
    const urls = source.match(/\b(?:https?:)?\/\/[^\s"'<>)]+/gi) ?? [];
    expect(urls.filter((url) => url !== SVG_NS)).toEqual([]);
    expect(source).not.toMatch(/@import|url\(|<image\b|<use\b|<script\b|<foreignObject\b|href\s*=/i);
  });
});

it('the logo fits the 32 px header and the icon is square', () => {
  const viewBox = (file: string) =>
    readFileSync(join(publicDir, file), 'utf8')
      .match(/viewBox="0 0 (\d+) (\d+)"/)
      ?.slice(1)
      .map(Number);
  expect(viewBox('brand/logo.svg')?.[1]).toBe(32);
  const [width, height] = viewBox('brand/icon.svg') ?? [];
  expect(width).toBe(height);
});
