// The sitemap route handlers: the index, the country pages, and one country's brand pages.
import 'server-only';
import { errorResponse, toErrorResponse } from '@/lib/api/errors';
import { brandSlug } from '@/lib/catalog/slug';
import { toCountryCode } from '@/lib/countries';
import { getBrands } from '@/lib/cryptorefills';
import { getSiteConfig } from '@/lib/site/config';
import { brandPaths, countryPaths, sitemapIndex, urlSet, XML_HEADERS } from './sitemap';

export function sitemapIndexResponse(): Response {
  return new Response(sitemapIndex(getSiteConfig().url), { headers: XML_HEADERS });
}

export async function sitemapFileResponse(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const origin = getSiteConfig().url;
  if (file === 'countries.xml') return new Response(urlSet(origin, countryPaths()), { headers: XML_HEADERS });
  const country = /^[A-Z]{2}\.xml$/.test(file) ? toCountryCode(file.slice(0, 2)) : undefined;
  if (!country) return errorResponse('NOT_FOUND', 'No such sitemap.', 404);
  try {
    const { brands } = await getBrands(country);
    return new Response(urlSet(origin, brandPaths(country, brands.map(brandSlug))), { headers: XML_HEADERS });
  } catch (error) {
    return toErrorResponse(error);
  }
}
