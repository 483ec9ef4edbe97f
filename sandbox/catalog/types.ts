// The sandbox catalog's own model: what the simulator knows about brands and products, before it is
// rendered into the upstream wire format (see lib/cryptorefills/README.md §4–7) by the server.
// This file is the contract between the catalog (sandbox/catalog/*) and the HTTP simulator (sandbox/*).

export type BrandKind = 'giftcard' | 'mobile_recharge';
export type DeliveryType = 'by_email' | 'by_phone';

/** One fixed-price product ("100 USD", "1 GB 7 days"). */
export interface FixedProduct {
  productId: string; // stable UUID (same value on every run)
  isDynamic: false;
  /** Exact string the upstream expects back as `denomination`, e.g. "100 USD" or "1 GB 7 days". */
  denomination: string;
  /** Display label, e.g. "$100", "€25", "1 GB · 7 days". */
  localizedDenomination: string;
  /** Face value in `currency` (what the price is computed from). */
  faceValue: number;
  currency: string; // ISO 4217
  deliveryType: DeliveryType;
  /** eSIM data plans: data allowance in GB (-1 = unlimited) and validity in days. */
  esim?: { dataGb: number; validityDays: number };
}

/** One open-value product: the buyer picks any amount in [min, max] on a step grid. */
export interface RangeProduct {
  productId: string;
  isDynamic: true;
  range: { min: number; max: number; step: number; default: number };
  currency: string; // ISO 4217
  deliveryType: DeliveryType;
}

export type CatalogProduct = FixedProduct | RangeProduct;

export interface CatalogBrand {
  brandId: string; // stable UUID
  /** Display name and exact `brand_name` value, e.g. "Amazon.com", "Claro Credits". */
  brand: string;
  /** Grouping and `family_name` value (often equal to `brand`). */
  family: string;
  /** File-name slug of the logo: served at `/logos_v2/{logoSlug}{suffix}` by the sandbox. */
  logoSlug: string;
  kind: BrandKind;
  category: string; // slug from the documented list, e.g. "e-commerce", "mobile_credits", "e-sim"
  additionalCategories: string[];
  bgColor: string; // "#RRGGBB"
  countryCode: string; // uppercase ISO 3166-1 alpha-2
  /** Display labels, e.g. "$5" / "$500", "1 GB 3 days" / "50 GB 90 days". */
  minLabel: string | null;
  maxLabel: string | null;
  isOutOfStock: boolean;
  /** E-money brands: validation answers LOGIN_REQUIRED. */
  requiresLogin: boolean;
  /** Paused by the supplier: validation answers NOT_ACTIVE. */
  isInactive: boolean;
  /** Rate-limited product: two of them in one order give MULTIPLE_LIMITED_PRODUCT_SAME_ORDER. */
  isLimited: boolean;
  /** Rich description, HTML strings (any may be absent). */
  description?: string;
  howToRedeem?: string;
  terms?: string;
  /** Plain-text terms (`product_tc`). */
  productTc: string;
  products: CatalogProduct[];
}

export interface HomepageSection {
  id: string; // e.g. "popular", "gaming"
  title: string;
  brands: CatalogBrand[];
}

export interface Catalog {
  /** Every brand sold in the country (uppercase code); [] for a supported country with none. */
  brands(countryCode: string): CatalogBrand[];
  /** Brands whose family (or brand name) matches, case-insensitively. */
  findBrands(countryCode: string, filter: { familyName?: string; brandName?: string }): CatalogBrand[];
  /** The exact brand (by `brand_name`, case-insensitive) in a country, if any. */
  findBrand(countryCode: string, brandName: string): CatalogBrand | undefined;
  /** Curated homepage feed of the country. */
  homepage(countryCode: string): HomepageSection[];
}

export interface CatalogOptions {
  /** Generate this many extra synthetic brands for `scaleCountry` (benchmarks). 0 = off. */
  scaleBrands?: number;
  scaleCountry?: string;
}
