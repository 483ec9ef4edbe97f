// Catalog operations: payment vias, brands, homepage, products, prices. Each fetches the wire and returns it
// reshaped into the app's types; all but prices are cached reshaped (./catalog-cache.ts). Server-only; re-exported by ./index.
import 'server-only';
import { revalidateTag } from 'next/cache';
import { CATALOG_REVALIDATE_SECONDS, PAYMENT_VIAS_REVALIDATE_SECONDS, cacheTags, catalogRefreshTags } from './constants';
import { InvalidRequestError } from './errors';
import { cachedRead, directoryCodec, forgetCatalogReads } from './catalog-cache';
import { upstreamFetch } from './fetch';
import { BrandsResponseSchema, HomepageResponseSchema, PriceResponseSchema, ProductsResponseSchema } from './schemas/catalog';
import { reshapeBrandDirectory, reshapeHomepage, reshapePriceQuote, reshapeProductFamily } from './schemas/catalog-reshape';
import { PaymentViasResponseSchema } from './schemas/payment';
import { reshapePaymentVia } from './schemas/payment-reshape';
import type {
  BrandDirectory,
  Homepage,
  PaymentVia,
  PriceQuery,
  PriceQuote,
  PricedProducts,
  ProductFamily,
  ProductsQuery,
  RequestContext,
} from './types';

function countryCodeOf(countryCode: string): string {
  const code = countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new InvalidRequestError('INVALID_COUNTRY_CODE', 'A country code must be two letters.');
  return code;
}

const catalogTags = (code: string, endpointTag: string) => [cacheTags.catalog, cacheTags.country(code), endpointTag];

const readPaymentVias = cachedRead({
  name: 'payment-vias',
  revalidate: PAYMENT_VIAS_REVALIDATE_SECONDS,
  tags: () => [cacheTags.paymentVias],
  read: async () =>
    (await upstreamFetch({ path: '/v3/payment_vias', schema: PaymentViasResponseSchema, cache: 'shared' })).map(reshapePaymentVia),
});

const readBrands = cachedRead({
  name: 'brands',
  revalidate: CATALOG_REVALIDATE_SECONDS,
  codec: directoryCodec,
  tags: (code: string) => catalogTags(code, cacheTags.brands(code)),
  read: async (code: string) =>
    reshapeBrandDirectory(
      await upstreamFetch({ path: '/v2/brands', query: { country_code: code }, schema: BrandsResponseSchema, cache: 'shared' }),
      code,
    ),
});

const readHomepage = cachedRead({
  name: 'homepage',
  revalidate: CATALOG_REVALIDATE_SECONDS,
  tags: (code: string) => catalogTags(code, cacheTags.homepage(code)),
  read: async (code: string) =>
    reshapeHomepage(
      await upstreamFetch({ path: '/v2/homepage', query: { country_code: code }, schema: HomepageResponseSchema, cache: 'shared' }),
      code,
    ),
});

type ProductsKey = [
  code: string,
  familyName: string | undefined,
  brandName: string | undefined,
  coin: string | undefined,
  lang: string | undefined,
];

const readProducts = cachedRead({
  name: 'products',
  revalidate: CATALOG_REVALIDATE_SECONDS,
  tags: (...[code]: ProductsKey) => catalogTags(code, cacheTags.products(code)),
  read: async (...[code, familyName, brandName, coin, lang]: ProductsKey): Promise<PricedProducts> => ({
    families: (
      await upstreamFetch({
        path: `/v5/products/country/${code}`,
        query: { family_name: familyName, brand_name: brandName, coin, lang },
        schema: ProductsResponseSchema,
        cache: 'shared',
      })
    ).map(reshapeProductFamily),
    // When the prices were read: the page shows them as indicative as of then (checkout re-quotes).
    pricedAt: new Date().toISOString(),
  }),
});

// The catalog reads below take a RequestContext for symmetry with the other operations, but never forward it:
// their answers are shared by every visitor (README.md §1), so nothing of the visitor may reach the cache key.

/** Coins and networks per payment via, with suspensions. */
export async function getPaymentVias(_ctx: RequestContext = {}): Promise<PaymentVia[]> {
  return readPaymentVias();
}

/** The brand directory of one country (categories and every brand once). */
export async function getBrands(countryCode: string, _ctx: RequestContext = {}): Promise<BrandDirectory> {
  return readBrands(countryCodeOf(countryCode));
}

/** The curated homepage feed of one country (shape unconfirmed upstream: sections may be empty). */
export async function getHomepage(countryCode: string, _ctx: RequestContext = {}): Promise<Homepage> {
  return readHomepage(countryCodeOf(countryCode));
}

/** Product families with their fixed and range products. The upstream needs a family or a brand filter. */
export async function getProducts(query: ProductsQuery, ctx: RequestContext = {}): Promise<ProductFamily[]> {
  return (await getPricedProducts(query, ctx)).families;
}

/** The same, with the time its prices were read from the upstream. */
export async function getPricedProducts(query: ProductsQuery, _ctx: RequestContext = {}): Promise<PricedProducts> {
  const code = countryCodeOf(query.countryCode);
  if (!query.familyName && !query.brandName) {
    throw new InvalidRequestError('PRODUCT_FILTER_REQUIRED', 'Products are listed per family or brand.');
  }
  return readProducts(code, query.familyName, query.brandName, query.coin, query.lang);
}

/**
 * Drops one country's cached catalog (brands, homepage, products), or with no country the whole catalog and the
 * payment vias, at once: the next view reads the upstream again. Returns the tags it expired.
 */
export function revalidateCatalog(countryCode?: string): string[] {
  const tags = catalogRefreshTags(countryCode === undefined ? undefined : countryCodeOf(countryCode));
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  forgetCatalogReads();
  return tags;
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
