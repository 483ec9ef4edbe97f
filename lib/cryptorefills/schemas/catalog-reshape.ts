// From the catalog wire (./catalog) to the app's catalog types (../catalog-types): one reshape per payload.
// Pure and client-safe.
import type {
  Brand,
  BrandCategory,
  BrandDirectory,
  BrandInfo,
  FaceValue,
  Homepage,
  PriceQuote,
  Product,
  ProductFamily,
  ProductRange,
  RichDescription,
} from '../catalog-types';
import type {
  WireBrand,
  WireBrandCategory,
  WireBrandsResponse,
  WireFaceValue,
  WireHomepageResponse,
  WirePriceQuote,
  WireProduct,
  WireProductFamily,
  WireRange,
  WireRichDescription,
} from './catalog-wire-types';

type WireBrandInfo = Pick<
  WireBrand,
  | 'brand_id'
  | 'brand'
  | 'family'
  | 'logo_url'
  | 'logo_base_url'
  | 'bg_color'
  | 'category'
  | 'additional_categories'
  | 'kind'
  | 'is_out_of_stock'
  | 'country_code'
  | 'product_type'
>;

function reshapeBrandInfo(wire: WireBrandInfo): BrandInfo {
  return {
    id: wire.brand_id,
    name: wire.brand,
    family: wire.family,
    logoUrl: wire.logo_url,
    logoBaseUrl: wire.logo_base_url,
    bgColor: wire.bg_color,
    category: wire.category,
    additionalCategories: wire.additional_categories,
    kind: wire.kind,
    outOfStock: wire.is_out_of_stock,
    countryCode: wire.country_code,
    productType: wire.product_type,
  };
}

export function reshapeBrand(wire: WireBrand): Brand {
  return { ...reshapeBrandInfo(wire), min: wire.min ?? undefined, max: wire.max ?? undefined };
}

function reshapeBrandCategory(wire: WireBrandCategory): BrandCategory {
  return {
    kind: wire.kind,
    slug: wire.category,
    brands: wire.brands.map(reshapeBrand),
    popularBrands: wire.popular_brands.map(reshapeBrand),
  };
}

function brandKey(brand: Brand): string {
  return brand.id ?? brand.name;
}

/** The brand directory of a country; `countryCode` is the one asked for, used when the wire omits it. */
export function reshapeBrandDirectory(wire: WireBrandsResponse, countryCode: string): BrandDirectory {
  const categories = wire.categories.map(reshapeBrandCategory);
  let brands = wire.all_brands?.map(reshapeBrand);
  if (!brands) {
    const seen = new Map<string, Brand>();
    for (const brand of categories.flatMap((category) => category.brands)) {
      if (!seen.has(brandKey(brand))) seen.set(brandKey(brand), brand);
    }
    brands = [...seen.values()];
  }
  return { countryCode: wire.country_code ?? countryCode, categories, brands, popularBrands: wire.popular_brands.map(reshapeBrand) };
}

export function reshapeHomepage(wire: WireHomepageResponse, countryCode: string): Homepage {
  return {
    countryCode: wire.country_code ?? countryCode,
    sections: wire.sections.map((section) => ({ title: section.title, brands: section.brands.map(reshapeBrand) })),
  };
}

function reshapeRange(wire: WireRange | undefined): ProductRange | undefined {
  if (!wire) return undefined;
  return { min: wire.min, max: wire.max, currency: wire.currency, stepSize: wire.step_size, default: wire.default };
}

function reshapeFaceValue(wire: WireFaceValue | undefined): FaceValue | undefined {
  if (!wire) return undefined;
  const amount = wire.amount && { type: wire.amount.type, price: wire.amount.price, min: wire.amount.min, max: wire.amount.max };
  return { currency: wire.currency_code, amount };
}

export function reshapeProduct(wire: WireProduct): Product {
  return {
    id: wire.product_id,
    isRange: wire.is_dynamic,
    denomination: wire.denomination,
    localizedDenomination: wire.localized_denomination,
    range: reshapeRange(wire.range),
    faceValue: reshapeFaceValue(wire.face_value),
    coin: wire.coin,
    coinAmount: wire.coin_amount,
    originalCoinAmount: wire.original_coin_amount,
    paymentMethod: wire.payment_method,
    deliveryType: wire.delivery_type,
    points: wire.points,
    productType: wire.product_type,
  };
}

function reshapeRichDescription(wire: WireRichDescription | undefined): RichDescription | undefined {
  if (!wire) return undefined;
  return {
    markup: wire.markup,
    description: wire.description,
    howToRedeem: wire.how_to_redeem,
    termsAndConditions: wire.term_and_conditions,
    note: wire.note,
    tagline: wire.brand_tagline,
    useCase: wire.brand_use_case,
    url: wire.brand_url,
    locale: wire.locale,
  };
}

export function reshapeProductFamily(wire: WireProductFamily): ProductFamily {
  return {
    ...reshapeBrandInfo(wire),
    defaultDenomination: wire.default_denomination,
    plainTerms: wire.product_tc,
    richDescription: reshapeRichDescription(wire.rich_description),
    redeemMethods: wire.redeem_method,
    products: wire.products.map(reshapeProduct),
  };
}

export function reshapePriceQuote(wire: WirePriceQuote): PriceQuote {
  return {
    productId: wire.product_id,
    isRange: wire.is_dynamic,
    range: reshapeRange(wire.range),
    coin: wire.coin,
    coinAmount: wire.coin_amount,
    originalCoinAmount: wire.original_coin_amount,
    paymentMethod: wire.payment_method,
    deliveryType: wire.delivery_type,
    points: wire.points,
    productType: wire.product_type,
  };
}
