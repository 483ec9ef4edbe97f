// Catalog model → upstream wire JSON (lib/cryptorefills/README.md §4–7): brands, families, products, price quotes.
import type { CatalogBrand, CatalogProduct, FixedProduct, HomepageSection, RangeProduct } from './catalog/types';
import type { NetworkDef } from './coins';
import { discount, formatAtomic, plainNumber, pointsFor, quote, type UsdPerUnit } from './pricing';

export interface PriceContext {
  network: NetworkDef;
  usdPerUnit: UsdPerUnit;
  /** Coupon discount in percent (0 = none). */
  discountPercent: number;
}

export function logoBaseUrl(origin: string, brand: CatalogBrand): string {
  return `${origin}/logos_v2/${encodeURIComponent(brand.logoSlug)}`;
}

export function brandWire(brand: CatalogBrand, origin: string) {
  const base = logoBaseUrl(origin, brand);
  return {
    brand_id: brand.brandId,
    brand: brand.brand,
    family: brand.family,
    logo_url: `${base}.webp`,
    logo_base_url: base,
    bg_color: brand.bgColor,
    min: brand.minLabel,
    max: brand.maxLabel,
    category: brand.category,
    additional_categories: brand.additionalCategories,
    kind: brand.kind,
    is_out_of_stock: brand.isOutOfStock,
    country_code: brand.countryCode,
    product_type: 'physical',
    brand_tags: [] as string[],
  };
}

export type BrandWire = ReturnType<typeof brandWire>;

/** Body of GET /v2/brands: a brand is listed under its category and each additional category. */
export function brandsResponse(countryCode: string, brands: CatalogBrand[], homepage: HomepageSection[], origin: string) {
  const groups = new Map<string, { kind: string; category: string; brands: BrandWire[]; popular_brands: BrandWire[] }>();
  const all = brands.map((brand) => brandWire(brand, origin));
  brands.forEach((brand, i) => {
    const wire = all[i];
    if (!wire) return;
    for (const category of [brand.category, ...brand.additionalCategories]) {
      const key = `${brand.kind}\u0000${category}`;
      const group = groups.get(key) ?? { kind: brand.kind, category, brands: [], popular_brands: [] };
      if (!group.brands.includes(wire)) group.brands.push(wire);
      groups.set(key, group);
    }
  });
  const popular = homepage.find((s) => s.id === 'popular')?.brands ?? brands.slice(0, 8);
  return {
    country_code: countryCode,
    categories: [...groups.values()],
    all_brands: all,
    popular_brands: popular.map((brand) => brandWire(brand, origin)),
    last_user_purchases: [] as unknown[],
    suggestions: [] as unknown[],
  };
}

export function homepageResponse(countryCode: string, sections: HomepageSection[], origin: string) {
  return {
    country_code: countryCode,
    sections: sections.map((s) => ({ id: s.id, title: s.title, brands: s.brands.map((b) => brandWire(b, origin)) })),
  };
}

function rangeWire(p: RangeProduct) {
  return { min: p.range.min, max: p.range.max, currency: p.currency, step_size: p.range.step, default: p.range.default.toFixed(1) };
}

function productCommon(p: CatalogProduct, ctx: PriceContext) {
  return {
    coin: ctx.network.coin,
    payment_method: ctx.network.paymentMethod,
    delivery_type: p.deliveryType,
    product_type: 'physical',
  };
}

/** Price of one fixed product or one range value, as the wire's coin amounts. */
export function priceOf(faceValue: number, currency: string, ctx: PriceContext) {
  const q = quote(faceValue, currency, ctx.network.coin, ctx.usdPerUnit);
  const atomic = discount(q.atomic, ctx.discountPercent);
  return {
    usd: q.usd,
    originalAtomic: q.atomic,
    atomic,
    coin_amount: formatAtomic(atomic, ctx.network.coin),
    original_coin_amount: formatAtomic(q.atomic, ctx.network.coin),
    points: pointsFor(q.usd),
  };
}

export function fixedProductWire(p: FixedProduct, ctx: PriceContext) {
  const price = priceOf(p.faceValue, p.currency, ctx);
  return {
    product_id: p.productId,
    is_dynamic: false as const,
    denomination: p.denomination,
    localized_denomination: p.localizedDenomination,
    ...productCommon(p, ctx),
    coin_amount: price.coin_amount,
    original_coin_amount: price.original_coin_amount,
    points: price.points,
    face_value: { currency_code: p.currency, amount: { type: 'fixed', price: plainNumber(p.faceValue) } },
    ...(p.esim
      ? {
          benefits: [
            { type: 'data', amount: p.esim.dataGb, unit: 'GB' },
            { type: 'validity', amount: p.esim.validityDays, unit: 'days' },
          ],
        }
      : {}),
  };
}

export function rangeProductWire(p: RangeProduct, ctx: PriceContext) {
  return {
    product_id: p.productId,
    is_dynamic: true as const,
    range: rangeWire(p),
    ...productCommon(p, ctx),
    points: priceOf(p.range.default, p.currency, ctx).points,
    face_value: {
      currency_code: p.currency,
      amount: { type: 'range', min: p.range.min.toFixed(2), max: p.range.max.toFixed(2) },
    },
  };
}

export function productWire(p: CatalogProduct, ctx: PriceContext) {
  return p.isDynamic ? rangeProductWire(p, ctx) : fixedProductWire(p, ctx);
}

/** One element of GET /v5/products/country/{CC}. */
export function familyWire(brand: CatalogBrand, ctx: PriceContext, origin: string, lang: string) {
  return {
    ...brandWire(brand, origin),
    default_denomination: '',
    product_tc: brand.productTc,
    rich_description: {
      markup: 'html',
      ...(brand.description !== undefined ? { description: brand.description } : {}),
      ...(brand.howToRedeem !== undefined ? { how_to_redeem: brand.howToRedeem } : {}),
      ...(brand.terms !== undefined ? { term_and_conditions: brand.terms } : {}),
      country_code: brand.countryCode,
      locale: lang,
    },
    redeem_method: [brand.kind === 'giftcard' ? 'online' : 'direct_top_up'],
    products: brand.products.map((p) => productWire(p, ctx)),
  };
}

/** Step check with a tolerance for decimal steps such as 0.01. */
export function isOnStep(value: number, min: number, step: number): boolean {
  if (step <= 0) return true;
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

/** Body of GET /v4/products/price for a range value or a fixed product's face value. */
export function priceWire(product: CatalogProduct, faceValue: number, ctx: PriceContext) {
  const price = priceOf(faceValue, product.currency, ctx);
  return {
    product_id: product.productId,
    is_dynamic: product.isDynamic,
    ...(product.isDynamic ? { range: rangeWire(product) } : { denomination: product.denomination }),
    ...productCommon(product, ctx),
    coin_amount: price.coin_amount,
    original_coin_amount: price.original_coin_amount,
    points: price.points,
  };
}
