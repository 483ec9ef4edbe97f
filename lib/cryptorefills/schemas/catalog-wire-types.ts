// The catalog wire (schema outputs, snake_case). Only lib/cryptorefills reads these: the operations reshape
// them into ./catalog-types before anything else sees them. Not re-exported by ./types, ./index or ./shared.
import type { z } from 'zod';
import type {
  BrandCategorySchema,
  BrandSchema,
  BrandsResponseSchema,
  FaceValueSchema,
  HomepageResponseSchema,
  HomepageSectionSchema,
  PriceResponseSchema,
  ProductFamilySchema,
  ProductSchema,
  RangeSchema,
  RichDescriptionSchema,
} from './catalog';
import type { PaymentCurrencySchema, PaymentNetworkSchema, PaymentViaSchema, SmartContractSchema } from './payment';

export type WireSmartContract = z.output<typeof SmartContractSchema>;
export type WirePaymentNetwork = z.output<typeof PaymentNetworkSchema>;
export type WirePaymentCurrency = z.output<typeof PaymentCurrencySchema>;
export type WirePaymentVia = z.output<typeof PaymentViaSchema>;
export type WireBrand = z.output<typeof BrandSchema>;
export type WireBrandCategory = z.output<typeof BrandCategorySchema>;
export type WireBrandsResponse = z.output<typeof BrandsResponseSchema>;
export type WireHomepageSection = z.output<typeof HomepageSectionSchema>;
export type WireHomepageResponse = z.output<typeof HomepageResponseSchema>;
export type WireRange = z.output<typeof RangeSchema>;
export type WireFaceValue = z.output<typeof FaceValueSchema>;
export type WireProduct = z.output<typeof ProductSchema>;
export type WireRichDescription = z.output<typeof RichDescriptionSchema>;
export type WireProductFamily = z.output<typeof ProductFamilySchema>;
export type WirePriceQuote = z.output<typeof PriceResponseSchema>;
