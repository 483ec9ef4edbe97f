// The Cryptorefills API, by intent. The only module that knows upstream paths; everything returns domain
// types (./types) or throws the typed errors (./errors). Browser code imports ./schemas, ./order-helpers
// and ./constants directly instead: this file is server-only.
import 'server-only';
import { CATALOG_REVALIDATE_SECONDS, PAYMENT_VIAS_REVALIDATE_SECONDS, cacheTags } from './constants';
import { InvalidRequestError, UpstreamHttpError, toOrderProblem } from './errors';
import { type CachePolicy, upstreamEventStream, upstreamFetch } from './fetch';
import { isValidOrderId } from './order-helpers';
import { BrandsResponseSchema, HomepageResponseSchema, PriceResponseSchema, ProductsResponseSchema } from './schemas/catalog';
import { OrderSchema, ValidationResponseSchema } from './schemas/order';
import { PaymentViasResponseSchema } from './schemas/payment';
import type {
  Brand,
  BrandDirectory,
  BrandsResponse,
  CreateOrderBody,
  Homepage,
  Order,
  OrderRequestBody,
  OrderValidation,
  PaymentVia,
  PriceQuery,
  PriceQuote,
  ProductFamily,
  ProductsQuery,
  RequestContext,
  ValidationResponse,
} from './types';

export * from './errors';
export * from './constants';
export * from './order-helpers';
export * from './schemas/order-states';
export { requestContextFrom } from './headers';
export type * from './types';

function countryCodeOf(countryCode: string): string {
  const code = countryCode.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new InvalidRequestError('INVALID_COUNTRY_CODE', 'A country code must be two letters.');
  return code;
}

function orderPath(orderId: string): string {
  if (!isValidOrderId(orderId)) throw new InvalidRequestError('INVALID_ORDER_ID', 'This is not a valid order id.');
  return `/v5/orders/${orderId}`;
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

function reshapeValidation(response: ValidationResponse, httpStatus: number): OrderValidation {
  const problems = response.problems.map(toOrderProblem);
  return {
    valid: problems.length === 0,
    problems,
    coin: response.coin,
    coinAmount: response.coin_amount,
    originalCoinAmount: response.original_coin_amount,
    couponCode: response.coupon_code,
    deliveries: response.deliveries,
    httpStatus,
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

/**
 * Checks an order before creation. Problems are a result, not an error, whether they come on a 200 or
 * on a 4xx body; other HTTP errors (e.g. SUSPENDED_COIN as a top-level `detail`) are thrown.
 */
export async function validateOrder(body: OrderRequestBody, ctx: RequestContext, signal?: AbortSignal): Promise<OrderValidation> {
  try {
    const response = await upstreamFetch({
      method: 'POST',
      path: '/v5/orders/validations',
      body,
      schema: ValidationResponseSchema,
      ctx,
      cache: 'no-store',
      signal,
    });
    return reshapeValidation(response, 200);
  } catch (error) {
    const isProblemsResult =
      error instanceof UpstreamHttpError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 429 &&
      (error.problems?.length ?? 0) > 0;
    if (!isProblemsResult) throw error;
    return { valid: false, problems: error.problems ?? [], deliveries: [], httpStatus: error.status };
  }
}

/**
 * Creates the order and returns it with the deposit address and amount. Never retried, and deliberately
 * not abortable: a buyer who navigates away mid-request must still find the order the upstream created.
 */
export async function createOrder(body: CreateOrderBody, ctx: RequestContext): Promise<Order> {
  return upstreamFetch({ method: 'POST', path: '/v5/orders', body, schema: OrderSchema, ctx, cache: 'no-store' });
}

export async function getOrder(orderId: string, ctx: RequestContext, signal?: AbortSignal): Promise<Order> {
  return upstreamFetch({ path: orderPath(orderId), schema: OrderSchema, ctx, cache: 'no-store', signal });
}

/**
 * The upstream's SSE stream of order updates (the full order as JSON in each `data:`, `event: stop` at
 * the end), for the route handler to relay. Aborting `signal` closes the upstream connection.
 */
export async function subscribeOrder(orderId: string, ctx: RequestContext, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  return upstreamEventStream({ path: `${orderPath(orderId)}/subscribe`, ctx, signal });
}
