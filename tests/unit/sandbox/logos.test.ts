import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createCatalog } from '@/sandbox/catalog';
import { inkFor, LOGO_SUFFIXES, logoSvg, parseLogoFileName, renderLogo } from '@/sandbox/logos';

const catalog = createCatalog({ scaleBrands: 20, scaleCountry: 'BR' });

async function metadataOf(slug: string, suffix: string) {
  const logo = await renderLogo(slug, suffix);
  if (!logo) throw new Error(`no logo for ${slug}${suffix}`);
  const { format, width, height } = await sharp(logo.body).metadata();
  return { contentType: logo.contentType, format, width, height };
}

describe('sandbox logos', () => {
  it('renders a real 300x190 WebP', async () => {
    expect(await metadataOf('amazon-com', '_300x190.webp')).toEqual({
      contentType: 'image/webp',
      format: 'webp',
      width: 300,
      height: 190,
    });
  });

  it('serves every documented suffix at its exact size and format (bare suffix = 500x318)', async () => {
    const expected: Record<string, [string, number, number]> = {
      '.webp': ['webp', 500, 318],
      '_500x318.webp': ['webp', 500, 318],
      '_300x190.webp': ['webp', 300, 190],
      '.jpg': ['jpeg', 500, 318],
      '_500x318.jpg': ['jpeg', 500, 318],
      '_300x190.jpg': ['jpeg', 300, 190],
    };
    expect([...LOGO_SUFFIXES].sort()).toEqual(Object.keys(expected).sort());
    for (const [suffix, [format, width, height]] of Object.entries(expected)) {
      const meta = await metadataOf('esim', suffix);
      expect(meta, suffix).toEqual({ contentType: `image/${format}`, format, width, height });
    }
  });

  it('paints the brand colour as the background', async () => {
    const logo = await renderLogo('airbnb', '_300x190.webp');
    const { data } = await sharp(logo?.body).extract({ left: 2, top: 2, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    const [r = 0, g = 0, b = 0] = data;
    // #FF5A5F, allowing for lossy compression
    expect(Math.abs(r - 0xff) + Math.abs(g - 0x5a) + Math.abs(b - 0x5f)).toBeLessThan(20);
  });

  it('has a logo for every brand the catalog sells, synthetic scale brands included', async () => {
    const synthetic = catalog.brands('BR').at(-1);
    expect(synthetic).toBeDefined();
    expect((await metadataOf(synthetic?.logoSlug ?? '', '.jpg')).format).toBe('jpeg');
    const slugs = new Set(['US', 'NG', 'AQ'].flatMap((cc) => catalog.brands(cc).map((b) => b.logoSlug)));
    for (const slug of slugs) expect(await renderLogo(slug, '_300x190.webp'), slug).toBeDefined();
  });

  it('answers undefined for an unknown slug or suffix', async () => {
    expect(await renderLogo('no-such-brand', '.webp')).toBeUndefined();
    expect(await renderLogo('steam', '.png')).toBeUndefined();
    expect(await renderLogo('steam', '_100x100.webp')).toBeUndefined();
  });

  it('renders an unregistered slug when told what it looks like', async () => {
    const logo = await renderLogo('brand-new', '.webp', { name: 'Brand <New> & Co', bgColor: '#123456' });
    expect(logo?.contentType).toBe('image/webp');
  });

  it('caches rendered logos', async () => {
    const first = await renderLogo('steam', '_500x318.jpg');
    const second = await renderLogo('steam', '_500x318.jpg');
    expect(second?.body).toBe(first?.body);
  });

  it('splits CDN file names into slug and suffix', () => {
    expect(parseLogoFileName('amazon-com_300x190.webp')).toEqual({ slug: 'amazon-com', suffix: '_300x190.webp' });
    expect(parseLogoFileName('esim.jpg')).toEqual({ slug: 'esim', suffix: '.jpg' });
    expect(parseLogoFileName('esim_500x318.jpg')).toEqual({ slug: 'esim', suffix: '_500x318.jpg' });
    expect(parseLogoFileName('../etc/passwd.jpg')).toBeUndefined();
    expect(parseLogoFileName('steam.png')).toBeUndefined();
  });

  it('writes in the ink that reads best on the background, escaping the name', () => {
    expect(inkFor('#FFE600')).toBe('#111111');
    expect(inkFor('#000000')).toBe('#FFFFFF');
    expect(inkFor('#E50914')).toBe('#FFFFFF');
    const svg = logoSvg({ name: 'Barnes & Noble <Books>', bgColor: '#2A5934' }, 500, 318);
    expect(svg).toContain('Barnes &#38;');
    expect(svg).toContain('&#60;Books&#62;');
    expect(svg).not.toContain('<Books>');
  });
});
