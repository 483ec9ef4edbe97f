import { errorResponse, toErrorResponse } from '@/lib/api/errors';
import { brandSlug } from '@/lib/catalog/slug';
import { toCountryCode } from '@/lib/countries';
import { getBrands } from '@/lib/cryptorefills';
import { brandPaths, countryPaths, urlSet, XML_HEADERS } from '@/lib/seo/sitemap';
import { getSiteConfig } from '@/lib/site/config';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[file]'>) {
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
