// Catalog wire shapes (lib/cryptorefills/README.md): /v2/brands (§4), /v2/homepage (§5), /v5/products/country/{CC} (§6), /v4/products/price (§7).
// Client-safe. `kind` and `category` stay open strings: new values must not break the catalog.
import { z } from 'zod';
import {
  decimal,
  logoUrl,
  looseDecimal,
  numeric,
  optionalFlag,
  optionalText,
  optionalTolerantArray,
  stringList,
  tolerantArray,
  withListIn,
  unknownList,
} from './primitives';

export { BRAND_KINDS, DELIVERY_TYPES, RANGE_DENOMINATION, type KnownBrandKind, type KnownDeliveryType } from './vocabulary';

const BrandFieldsSchema = z.looseObject({
  brand_id: optionalText,
  /** Display name and the exact value for `brand_name` parameters. */
  brand: z.string().min(1),
  /** Value for `family_name`; often equal to `brand`. */
  family: optionalText,
  logo_url: logoUrl,
  logo_base_url: logoUrl,
  bg_color: optionalText,
  category: optionalText,
  additional_categories: stringList,
  kind: optionalText,
  is_out_of_stock: optionalFlag,
  country_code: optionalText,
  product_type: optionalText,
});

export const BrandSchema = BrandFieldsSchema.extend({
  /** Display labels ("$5", "1 GB 3 days"), not numbers. */
  min: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  max: z
    .string()
    .nullish()
    .transform((value) => value ?? null),
  brand_tags: unknownList,
});

export const BrandCategorySchema = z.looseObject({
  kind: optionalText,
  category: optionalText,
  brands: optionalTolerantArray(BrandSchema),
  popular_brands: optionalTolerantArray(BrandSchema),
});

export const BrandsResponseSchema = withListIn(
  ['categories', 'all_brands'],
  z.looseObject({
    country_code: optionalText,
    categories: optionalTolerantArray(BrandCategorySchema),
    /** De-duplicated full list; when absent the operation rebuilds it from `categories`. */
    all_brands: tolerantArray(BrandSchema)
      .nullish()
      .transform((value) => value ?? undefined),
    popular_brands: optionalTolerantArray(BrandSchema),
    last_user_purchases: unknownList,
    suggestions: unknownList,
  }),
);

// No public capture of /v2/homepage exists: this is the sandbox's shape, kept open for whatever else arrives.
export const HomepageSectionSchema = z.looseObject({
  title: optionalText,
  brands: optionalTolerantArray(BrandSchema),
});

export const HomepageResponseSchema = z.looseObject({
  country_code: optionalText,
  sections: optionalTolerantArray(HomepageSectionSchema),
});

export const RangeSchema = z.looseObject({
  min: numeric,
  max: numeric,
  currency: optionalText,
  step_size: numeric.nullish().transform((value) => value ?? undefined),
  default: looseDecimal.nullish().transform((value) => value ?? undefined),
});

/** `face_value.amount.min/max`: a decimal string, a number, or `{amount, currency}` (captures disagree). */
const FaceAmountBoundSchema = z
  .union([decimal, z.looseObject({ amount: decimal, currency: optionalText })])
  .transform((value) => (typeof value === 'string' ? value : value.amount));

export const FaceValueSchema = z.looseObject({
  currency_code: optionalText,
  amount: z
    .looseObject({
      /** "fixed" (with `price`) or "range" (with `min`/`max`). */
      type: z.string(),
      price: decimal.optional(),
      min: FaceAmountBoundSchema.optional(),
      max: FaceAmountBoundSchema.optional(),
    })
    .nullish()
    .transform((value) => value ?? undefined),
});

export const ProductSchema = z.looseObject({
  product_id: z.string().min(1),
  /** true: open value within `range`, ordered as `denomination: "range"` + `product_value`. */
  is_dynamic: z.boolean(),
  /** Exact string to send back as `denomination` ("100 USD", "1 GB 7 days"); absent on range products. */
  denomination: optionalText,
  localized_denomination: optionalText,
  range: RangeSchema.nullish().transform((value) => value ?? undefined),
  face_value: FaceValueSchema.nullish().transform((value) => value ?? undefined),
  coin: optionalText,
  /** Price in `coin` for fixed products; range products are priced with /v4/products/price. */
  coin_amount: decimal.nullish().transform((value) => value ?? undefined),
  original_coin_amount: decimal.nullish().transform((value) => value ?? undefined),
  payment_method: optionalText,
  delivery_type: optionalText,
  points: looseDecimal.nullish().transform((value) => value ?? undefined),
  product_type: optionalText,
  benefits: unknownList,
});

export const RichDescriptionSchema = z.looseObject({
  markup: optionalText,
  description: optionalText,
  how_to_redeem: optionalText,
  term_and_conditions: optionalText,
  note: optionalText,
  brand_tagline: optionalText,
  brand_use_case: optionalText,
  brand_url: optionalText,
  locale: optionalText,
});

export const ProductFamilySchema = BrandFieldsSchema.extend({
  default_denomination: optionalText,
  /** Plain-text terms and conditions. */
  product_tc: optionalText,
  /** HTML fragments from the upstream: sanitise before rendering. */
  rich_description: RichDescriptionSchema.nullish().transform((value) => value ?? undefined),
  redeem_method: stringList,
  products: optionalTolerantArray(ProductSchema),
});

export const ProductsResponseSchema = tolerantArray(ProductFamilySchema);

export const PriceResponseSchema = z.looseObject({
  product_id: z.string().min(1),
  is_dynamic: optionalFlag,
  range: RangeSchema.nullish().transform((value) => value ?? undefined),
  coin: z.string().min(1),
  /** What the buyer pays, in `coin`. */
  coin_amount: decimal,
  original_coin_amount: decimal.nullish().transform((value) => value ?? undefined),
  payment_method: optionalText,
  delivery_type: optionalText,
  points: looseDecimal.nullish().transform((value) => value ?? undefined),
  product_type: optionalText,
});
