// Catalog operations: payment vias, brands, homepage, products, prices. Each fetches the wire (cached raw by
// Next's fetch cache) and returns it reshaped into the app's types. Server-only; re-exported by ./index.
import 'server-only';
import { CATALOG_REVALIDATE_SECONDS, PAYMENT_VIAS_REVALIDATE_SECONDS, cacheTags } from './constants';
import { InvalidRequestError } from './errors';
import { type CachePolicy, upstreamFetch } from './fetch';
import { BrandsResponseSchema, HomepageResponseSchema, PriceResponseSchema, ProductsResponseSchema } from './schemas/catalog';
import { reshapeBrandDirectory, reshapeHomepage, reshapePriceQuote, reshapeProductFamily } from './schemas/catalog-reshape';
import { PaymentViasResponseSchema } from './schemas/payment';
import { reshapePaymentVia } from './schemas/payment-reshape';
import type { BrandDirectory, Homepage, PaymentVia, PriceQuery, PriceQuote, ProductFamily, ProductsQuery, RequestContext } from './types';

function countryCodeOf(countryCode: string): string {
  const code = countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new InvalidRequestError('INVALID_COUNTRY_CODE', 'A country code must be two letters.');
  return code;
}

function catalogCache(countryCode: string, tag: string): CachePolicy {
  return { revalidate: CATALOG_REVALIDATE_SECONDS, tags: [cacheTags.catalog, cacheTags.country(countryCode), tag] };
}

/** Coins and networks per payment via, with suspensions. Shared cache: the context is not forwarded. */
export async function getPaymentVias(ctx: RequestContext = {}): Promise<PaymentVia[]> {
  const vias = await upstreamFetch({
    path: '/v3/payment_vias',
    schema: PaymentViasResponseSchema,
    ctx,
    cache: { revalidate: PAYMENT_VIAS_REVALIDATE_SECONDS, tags: [cacheTags.paymentVias] },
  });
  return vias.map(reshapePaymentVia);
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
  return reshapeBrandDirectory(response, code);
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
  return reshapeHomepage(response, code);
}

/** Product families with their fixed and range products. The upstream needs a family or a brand filter. */
export async function getProducts(query: ProductsQuery, ctx: RequestContext = {}): Promise<ProductFamily[]> {
  const code = countryCodeOf(query.countryCode);
  if (!query.familyName && !query.brandName) {
    throw new InvalidRequestError('PRODUCT_FILTER_REQUIRED', 'Products are listed per family or brand.');
  }
  const families = await upstreamFetch({
    path: `/v5/products/country/${code}`,
    query: { family_name: query.familyName, brand_name: query.brandName, coin: query.coin, lang: query.lang },
    schema: ProductsResponseSchema,
    ctx,
    cache: catalogCache(code, cacheTags.products(code)),
  });
  return families.map(reshapeProductFamily);
}

/** A live, short-lived price quote in `coin` for a face value in the product's local currency. */
export async function getPrice(query: PriceQuery, ctx: RequestContext, signal?: AbortSignal): Promise<PriceQuote> {
  const quote = await upstreamFetch({
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
  return reshapePriceQuote(quote);
}
