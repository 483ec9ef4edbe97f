// The app's own catalog types: what the catalog operations return, reshaped from the wire (./schemas/*-reshape).
// Nothing here mirrors the upstream's field names; the wire types live in ./schemas/catalog-wire-types.

// ── Payment vias ──
export interface SmartContract {
  engine?: string;
  address?: string;
  decimals?: number;
  symbol?: string;
}

export interface PaymentNetwork {
  /** Sent back verbatim as the order's network ("Solana", "ETH Mainnet", "Lightning", …). */
  name: string;
  isSuspended: boolean;
  /** Minimum coin amount on this network, as a decimal string. */
  threshold?: string;
  baseToken?: string;
  smartContractEngine?: string;
  smartContract?: SmartContract;
  chainId?: number;
  logoUrl?: string;
}

export interface PaymentCurrency {
  /** Coin symbol sent back as the order's coin ("USDC", "BTC", "USDT.e", …). */
  name: string;
  isSuspended: boolean;
  threshold?: string;
  logoUrl?: string;
  networks: PaymentNetwork[];
}

export interface PaymentVia {
  name: string;
  available: boolean;
  logoUrl?: string;
  currencies: PaymentCurrency[];
}

// ── Brands ──
/** What brands and product families share. */
export interface BrandInfo {
  id?: string;
  /** Display name and the exact brand name of price and order requests. */
  name: string;
  /** The family filter of product requests; often equal to `name`. */
  family?: string;
  logoUrl?: string;
  /** Base of the sized logo variants (`${logoBaseUrl}_500x318.webp`). */
  logoBaseUrl?: string;
  bgColor?: string;
  category?: string;
  additionalCategories: string[];
  /** giftcard, mobile_recharge, … (open: new kinds must not break the catalog). */
  kind?: string;
  outOfStock?: boolean;
  countryCode?: string;
  productType?: string;
}

export interface Brand extends BrandInfo {
  /** Display labels ("$5", "1 GB 3 days"), not numbers. */
  min?: string;
  max?: string;
}

export interface BrandCategory {
  kind?: string;
  slug?: string;
  brands: Brand[];
  popularBrands: Brand[];
}

export interface BrandDirectory {
  countryCode: string;
  categories: BrandCategory[];
  /** Every brand once (the upstream's full list, or de-duplicated from the categories). */
  brands: Brand[];
  popularBrands: Brand[];
}

export interface HomepageSection {
  title?: string;
  brands: Brand[];
}

export interface Homepage {
  countryCode: string;
  sections: HomepageSection[];
}

// ── Products ──
export interface ProductRange {
  min: number;
  max: number;
  currency?: string;
  /** Valid amounts are min + k × stepSize. */
  stepSize?: number;
  /** Suggested amount, as the upstream wrote it. */
  default?: string;
}

export interface FaceValue {
  /** Currency code of the face value ("USD", "COP"). */
  currency?: string;
  /** "fixed" (with `price`) or "range" (with `min`/`max`), all decimal strings. */
  amount?: { type: string; price?: string; min?: string; max?: string };
}

export interface Product {
  id: string;
  /** true: an open value within `range`, ordered with the range denomination and a product value. */
  isRange: boolean;
  /** Exact string to send back as the denomination ("100 USD", "1 GB 7 days"); absent on range products. */
  denomination?: string;
  localizedDenomination?: string;
  range?: ProductRange;
  faceValue?: FaceValue;
  coin?: string;
  /** Price in `coin` for fixed products; range products are priced with getPrice. */
  coinAmount?: string;
  originalCoinAmount?: string;
  paymentMethod?: string;
  deliveryType?: string;
  points?: string;
  productType?: string;
}

/** HTML fragments from the upstream: sanitise before rendering. */
export interface RichDescription {
  markup?: string;
  description?: string;
  howToRedeem?: string;
  termsAndConditions?: string;
  note?: string;
  tagline?: string;
  useCase?: string;
  url?: string;
  locale?: string;
}

export interface ProductFamily extends BrandInfo {
  defaultDenomination?: string;
  /** Plain-text terms and conditions. */
  plainTerms?: string;
  richDescription?: RichDescription;
  redeemMethods: string[];
  products: Product[];
}

export interface PriceQuote {
  productId: string;
  isRange?: boolean;
  range?: ProductRange;
  coin: string;
  /** What the buyer pays, in `coin`: the upstream's exact decimal string. */
  coinAmount: string;
  originalCoinAmount?: string;
  paymentMethod?: string;
  deliveryType?: string;
  points?: string;
  productType?: string;
}

// ── Requests ──
export interface ProductsQuery {
  countryCode: string;
  familyName?: string;
  brandName?: string;
  coin?: string;
  lang?: string;
}

/** A family listing with the time its prices were read (ISO 8601): catalog pages show them as indicative. */
export interface PricedProducts {
  families: ProductFamily[];
  pricedAt: string;
}

export interface PriceQuery {
  brandName: string;
  countryCode: string;
  /** In the product's local currency. */
  faceValue: number | string;
  coin: string;
  promoCode?: string;
}
