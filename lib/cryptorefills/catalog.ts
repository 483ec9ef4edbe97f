// Catalog operations: payment vias, brands, homepage, products, prices. Server-only; re-exported by ./index.
import 'server-only';
import { CATALOG_REVALIDATE_SECONDS, PAYMENT_VIAS_REVALIDATE_SECONDS, cacheTags } from './constants';
import { InvalidRequestError } from './errors';
import { type CachePolicy, upstreamFetch } from './fetch';
import { BrandsResponseSchema, HomepageResponseSchema, PriceResponseSchema, ProductsResponseSchema } from './schemas/catalog';
import { PaymentViasResponseSchema } from './schemas/payment';
import type {
  Brand,
  BrandDirectory,
  BrandsResponse,
  Homepage,
  PaymentVia,
  PriceQuery,
  PriceQuote,
  ProductFamily,
  ProductsQuery,
  RequestContext,
} from './types';

function countryCodeOf(countryCode: string): string {
  const code = countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new InvalidRequestError('INVALID_COUNTRY_CODE', 'A country code must be two letters.');
  return code;
}

function catalogCache(countryCode: string, tag: string): CachePolicy {
  return { revalidate: CATALOG_REVALIDATE_SECONDS, tags: [cacheTags.catalog, cacheTags.country(countryCode), tag] };
}

function brandKey(brand: Brand): string {
  return brand.brand_id ?? brand.brand;
}

function reshapeBrands(countryCode: string, response: BrandsResponse): BrandDirectory {
  let brands = response.all_brands;
  if (!brands) {
    const seen = new Map<string, Brand>();
    for (const brand of response.categories.flatMap((category) => category.brands)) {
      if (!seen.has(brandKey(brand))) seen.set(brandKey(brand), brand);
    }
    brands = [...seen.values()];
  }
  return {
    countryCode: response.country_code ?? countryCode,
    categories: response.categories,
    brands,
    popularBrands: response.popular_brands,
  };
}

/** Coins and networks per payment via, with suspensions. Shared cache: the context is not forwarded. */
export async function getPaymentVias(ctx: RequestContext = {}): Promise<PaymentVia[]> {
  return upstreamFetch({
    path: '/v3/payment_vias',
    schema: PaymentViasResponseSchema,
    ctx,
    cache: { revalidate: PAYMENT_VIAS_REVALIDATE_SECONDS, tags: [cacheTags.paymentVias] },
  });
}

/** The brand directory of one country (categories and every brand once). */
export async function getBrands(countryCode: string, ctx: RequestContext = {}): Promise<BrandDirectory> {
  const code = countryCodeOf(countryCode);
  const response = await upstreamFetch({
    path: '/v2/brands',
    query: { country_code: code },
    schema: BrandsResponseSchema,
    ctx,
    cache: catalogCache(code, cacheTags.brands(code)),
  });
  return reshapeBrands(code, response);
}

/** The curated homepage feed of one country (shape unconfirmed upstream: sections may be empty). */
export async function getHomepage(countryCode: string, ctx: RequestContext = {}): Promise<Homepage> {
  const code = countryCodeOf(countryCode);
  const response = await upstreamFetch({
    path: '/v2/homepage',
    query: { country_code: code },
    schema: HomepageResponseSchema,
    ctx,
    cache: catalogCache(code, cacheTags.homepage(code)),
  });
  return { countryCode: response.country_code ?? code, sections: response.sections };
}

/** Product families with their fixed and range products. The upstream needs a family or a brand filter. */
export async function getProducts(query: ProductsQuery, ctx: RequestContext = {}): Promise<ProductFamily[]> {
  const code = countryCodeOf(query.countryCode);
  if (!query.familyName && !query.brandName) {
    throw new InvalidRequestError('PRODUCT_FILTER_REQUIRED', 'Products are listed per family or brand.');
  }
  return upstreamFetch({
    path: `/v5/products/country/${code}`,
    query: { family_name: query.familyName, brand_name: query.brandName, coin: query.coin, lang: query.lang },
    schema: ProductsResponseSchema,
    ctx,
    cache: catalogCache(code, cacheTags.products(code)),
  });
}

/** A live, short-lived price quote in `coin` for a face value in the product's local currency. */
export async function getPrice(query: PriceQuery, ctx: RequestContext, signal?: AbortSignal): Promise<PriceQuote> {
  return upstreamFetch({
    path: '/v4/products/price',
    query: {
      brand_name: query.brandName,
      country_code: countryCodeOf(query.countryCode),
      face_value: query.faceValue,
      coin: query.coin,
      promo_code: query.promoCode,
    },
    schema: PriceResponseSchema,
    ctx,
    cache: 'no-store',
    signal,
  });
}
