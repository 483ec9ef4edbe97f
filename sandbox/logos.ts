// Brand logos of the sandbox CDN (`/logos_v2/{slug}{suffix}`): the brand's name on its colour, rasterised
// by sharp to the exact size and format the real CDN serves. Slugs are known through the logo registry,
// which createCatalog fills for every brand it sells (synthetic scale brands included).
import sharp from 'sharp';
import { logoInfo, registerLogo, type LogoInfo } from './catalog/logo-registry';

export { registerLogo, logoInfo, type LogoInfo };

export interface LogoImage {
  contentType: string;
  body: Buffer;
}

type Format = 'webp' | 'jpeg';

const VARIANTS: Record<string, { width: number; height: number; format: Format }> = {
  '.webp': { width: 500, height: 318, format: 'webp' },
  '_500x318.webp': { width: 500, height: 318, format: 'webp' },
  '_300x190.webp': { width: 300, height: 190, format: 'webp' },
  '.jpg': { width: 500, height: 318, format: 'jpeg' },
  '_500x318.jpg': { width: 500, height: 318, format: 'jpeg' },
  '_300x190.jpg': { width: 300, height: 190, format: 'jpeg' },
};

/** The documented suffixes, longest first so that a file name is split unambiguously. */
export const LOGO_SUFFIXES: readonly string[] = Object.keys(VARIANTS).sort((a, b) => b.length - a.length);

/** Splits a CDN file name such as "amazon-com_300x190.webp" into slug and suffix. */
export function parseLogoFileName(fileName: string): { slug: string; suffix: string } | undefined {
  const suffix = LOGO_SUFFIXES.find((s) => fileName.endsWith(s));
  const slug = suffix ? fileName.slice(0, -suffix.length) : '';
  return suffix && /^[a-z0-9][a-z0-9-]*$/.test(slug) ? { slug, suffix } : undefined;
}

const MAX_CACHED = 2000;
const cache = new Map<string, Promise<LogoImage>>();

/**
 * Renders a logo; undefined for an unknown suffix, or for a slug that is neither registered nor described
 * by `info`. Results are kept in a bounded LRU cache, and concurrent requests share one rendering.
 */
export async function renderLogo(slug: string, suffix: string, info?: LogoInfo): Promise<LogoImage | undefined> {
  const variant = VARIANTS[suffix];
  const look = info ?? logoInfo(slug);
  if (!variant || !look) return undefined;
  const key = `${slug}${suffix}|${look.bgColor}|${look.name}`;
  let image = cache.get(key);
  if (image) {
    cache.delete(key);
  } else {
    image = rasterise(logoSvg(look, variant.width, variant.height), variant.format);
    image.catch(() => cache.delete(key));
  }
  cache.set(key, image);
  if (cache.size > MAX_CACHED) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return image;
}

async function rasterise(svg: string, format: Format): Promise<LogoImage> {
  const pipeline = sharp(Buffer.from(svg));
  const body = format === 'webp' ? await pipeline.webp({ quality: 85 }).toBuffer() : await pipeline.jpeg({ quality: 85 }).toBuffer();
  return { contentType: format === 'webp' ? 'image/webp' : 'image/jpeg', body };
}

/** The logo as SVG: name (or initials when long) centred on the brand colour, in the more readable ink. */
export function logoSvg({ name, bgColor }: LogoInfo, width: number, height: number): string {
  const background = /^#[0-9a-f]{6}$/i.test(bgColor) ? bgColor : '#444444';
  const ink = inkFor(background);
  const lines = labelLines(name);
  const longest = Math.max(...lines.map((line) => line.length));
  // DejaVu Sans Bold averages ~0.68 em per glyph; keep a 8% margin each side.
  const fontSize = Math.min(height * 0.3, (width * 0.84) / (longest * 0.68), (height * 0.7) / lines.length / 1.15);
  const lineHeight = fontSize * 1.15;
  const firstBaseline = height / 2 - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.36;
  const text = lines
    .map((line, i) => `<tspan x="${width / 2}" y="${(firstBaseline + i * lineHeight).toFixed(1)}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${background}"/>` +
    `<text font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-weight="700" font-size="${fontSize.toFixed(1)}" ` +
    `fill="${ink}" text-anchor="middle">${text}</text></svg>`
  );
}

/** One line for short names, two balanced lines for longer ones, initials for very long ones. */
function labelLines(name: string): string[] {
  const clean = name.trim() || '?';
  if (clean.length <= 14) return [clean];
  const words = clean.split(/\s+/);
  if (clean.length > 30 || words.length < 2) {
    return clean.length <= 18
      ? [clean]
      : [
          words
            .map((w) => w.charAt(0).toUpperCase())
            .join('')
            .slice(0, 4),
        ];
  }
  let best: string[] = [clean];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map((l) => l.length));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/** White or near-black text, whichever contrasts more with the background (WCAG relative luminance). */
export function inkFor(bgColor: string): string {
  const channels = [1, 3, 5].map((i) => parseInt(bgColor.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const dark = 0.0056; // luminance of #111111
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / (dark + 0.05) ? '#FFFFFF' : '#111111';
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
