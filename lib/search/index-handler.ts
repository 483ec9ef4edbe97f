// GET /api/catalog/{CC}/brands: the country's compact brand index (./brand-index) for type-ahead search. It
// changes only with the catalog, so browsers and CDNs may keep it for a while.
import { z } from 'zod';
import { errorResponse, toErrorResponse } from '@/lib/api/errors';
import { isSupportedCountry } from '@/lib/countries';
import { getBrands } from '@/lib/cryptorefills';
import { encodeBrandIndex } from './brand-index';

// Only the canonical upper-case code: one cacheable address per country.
const CountryParam = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .refine(isSupportedCountry);

export const INDEX_CACHE_CONTROL = 'public, max-age=300, s-maxage=300, stale-while-revalidate=3600';

export async function brandIndexResponse(country: string): Promise<Response> {
  const parsed = CountryParam.safeParse(country);
  if (!parsed.success) return errorResponse('COUNTRY_NOT_FOUND', 'There is no catalog for this country.', 404);
  try {
    const { brands } = await getBrands(parsed.data);
    return Response.json(encodeBrandIndex(brands), { headers: { 'Cache-Control': INDEX_CACHE_CONTROL } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
