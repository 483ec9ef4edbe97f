// Domain types. Wire types are the schemas' outputs (snake_case names kept, values normalised: decimals
// as strings, epochs as numbers, null lists as []); app-facing types are what the operations reshape to.
import type { z } from 'zod';
import type {
  BrandCategorySchema,
  BrandSchema,
  BrandsResponseSchema,
  HomepageResponseSchema,
  HomepageSectionSchema,
  PriceResponseSchema,
  ProductFamilySchema,
  ProductSchema,
} from './schemas/catalog';
import type { ErrorBodySchema, ProblemSchema } from './schemas/errors';
import type {
  CreateOrderBodySchema,
  DeliverableSchema,
  OrderDeliverySchema,
  OrderRequestBodySchema,
  OrderSchema,
  ValidationResponseSchema,
} from './schemas/order';
import type { PaymentCurrencySchema, PaymentNetworkSchema, PaymentViaSchema } from './schemas/payment';

// ── Wire (normalised) ──
export type PaymentVia = z.output<typeof PaymentViaSchema>;
export type PaymentCurrency = z.output<typeof PaymentCurrencySchema>;
export type PaymentNetwork = z.output<typeof PaymentNetworkSchema>;
export type Brand = z.output<typeof BrandSchema>;
export type BrandCategory = z.output<typeof BrandCategorySchema>;
export type BrandsResponse = z.output<typeof BrandsResponseSchema>;
export type HomepageResponse = z.output<typeof HomepageResponseSchema>;
export type HomepageSection = z.output<typeof HomepageSectionSchema>;
export type ProductFamily = z.output<typeof ProductFamilySchema>;
export type Product = z.output<typeof ProductSchema>;
export type PriceQuote = z.output<typeof PriceResponseSchema>;
export type Problem = z.output<typeof ProblemSchema>;
export type ErrorBody = z.output<typeof ErrorBodySchema>;
export type ValidationResponse = z.output<typeof ValidationResponseSchema>;
export type Order = z.output<typeof OrderSchema>;
export type OrderDelivery = z.output<typeof OrderDeliverySchema>;
export type Deliverable = z.output<typeof DeliverableSchema>;

// ── Requests ──
/** Body of POST /v5/orders/validations (`z.input` is what a form may hand in, e.g. product_value as a string). */
export type OrderRequestBody = z.output<typeof OrderRequestBodySchema>;
export type OrderRequestBodyInput = z.input<typeof OrderRequestBodySchema>;
/** Body of POST /v5/orders: the same plus the required `user`. */
export type CreateOrderBody = z.output<typeof CreateOrderBodySchema>;

/** Per-request facts about the end user that the upstream asks for. */
export interface RequestContext {
  clientIp?: string;
  userAgent?: string;
}

export interface ProductsQuery {
  countryCode: string;
  familyName?: string;
  brandName?: string;
  coin?: string;
  lang?: string;
}

export interface PriceQuery {
  brandName: string;
  countryCode: string;
  /** In the product's local currency. */
  faceValue: number | string;
  coin: string;
  promoCode?: string;
}

// ── App-facing ──
export interface BrandDirectory {
  countryCode: string;
  categories: BrandCategory[];
  /** Every brand once (from `all_brands`, or de-duplicated from the categories). */
  brands: Brand[];
  popularBrands: Brand[];
}

export interface Homepage {
  countryCode: string;
  sections: HomepageSection[];
}

export interface OrderProblem {
  /** UPPER_SNAKE code, e.g. OUT_OF_STOCK: map it to a message; never show `moreDetails` raw. */
  code: string;
  moreDetails?: unknown;
}

export interface OrderValidation {
  valid: boolean;
  problems: OrderProblem[];
  coin?: string;
  /** Total to pay in `coin` (absent when the problems came on an error response). */
  coinAmount?: string;
  originalCoinAmount?: string;
  couponCode?: string;
  deliveries: OrderDelivery[];
  /** HTTP status the result came with (problems may arrive on a 4xx). */
  httpStatus: number;
}
