// sitemap.xml as an index of small sitemaps: one for the country pages, one per country for its brand pages
// (fetched only when a crawler asks for that country, from the cached catalog).
import { COUNTRIES } from '@/lib/countries';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

export const XML_HEADERS = {
  'Content-Type': 'application/xml; charset=utf-8',
  'Cache-Control': 'public, max-age=300, s-maxage=300, stale-while-revalidate=86400',
};

export function sitemapIndex(origin: string): string {
  const files = ['countries', ...COUNTRIES.map((c) => c.code)];
  const entries = files.map((file) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${file}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>\n`;
}

export function urlSet(origin: string, paths: readonly string[]): string {
  const entries = paths.map((path) => `<url><loc>${escapeXml(`${origin}${path}`)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</urlset>\n`;
}

/** The country picker, and each country's home and brand directory. */
export function countryPaths(): string[] {
  return ['/countries', ...COUNTRIES.flatMap((c) => [`/${c.code}`, `/${c.code}/brands`])];
}

/** One path per brand family of a country (a family is one brand page). */
export function brandPaths(country: string, slugs: readonly string[]): string[] {
  return [...new Set(slugs)].map((slug) => `/${country}/${encodeURIComponent(slug)}`);
}
