// Catalog types: the wire (schema outputs, snake_case) and what the catalog operations reshape them into.
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

// ── Requests ──
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
