// Turns one seed into the CatalogBrand sold in one country: currency, stable ids, products and labels.
import { countryCurrency } from '../fx';
import { stableUuid } from './ids';
import { denominationOf, formatMoney, fromUsd, niceRound, rangeStep } from './money';
import { textsFor } from './texts';
import { MOBILE_CATEGORIES, slugOf, type BrandSeed, type PlanSeed, type RangeSeed } from './seed';
import type { CatalogBrand, CatalogProduct, DeliveryType, FixedProduct, RangeProduct } from './types';

export function buildBrand(seed: BrandSeed, countryCode: string): CatalogBrand {
  const currency = seed.currency ?? countryCurrency(countryCode);
  const convert = (amount: number): number => (seed.usd ? fromUsd(amount, currency) : amount);
  const kind = MOBILE_CATEGORIES.includes(seed.category) ? 'mobile_recharge' : 'giftcard';
  const deliveryType: DeliveryType = seed.delivery ?? (kind === 'mobile_recharge' && seed.category !== 'e-sim' ? 'by_phone' : 'by_email');
  const idOf = (what: string): string => stableUuid('product', countryCode, seed.brand, what);
  const ctx: ProductContext = { currency, deliveryType, convert, idOf, esim: seed.category === 'e-sim' };

  const ranged = seed.range ? [rangeProduct(seed.range, ctx)] : [];
  const fixed = [...new Set((seed.fixed ?? []).map(convert))].sort((a, b) => a - b).map((v) => moneyProduct(v, ctx));
  const plans = (seed.plans ?? []).map((plan) => planProduct(plan, ctx));
  const products: CatalogProduct[] = [...ranged, ...fixed, ...plans];
  const [minLabel, maxLabel] = labels(ranged, fixed, plans, currency);
  const flags = new Set(seed.flags ?? []);
  const family = seed.family ?? seed.brand;

  return {
    brandId: stableUuid('brand', countryCode, seed.brand),
    brand: seed.brand,
    family,
    logoSlug: slugOf(seed),
    kind,
    category: seed.category,
    additionalCategories: [...(seed.also ?? [])],
    bgColor: seed.color,
    countryCode,
    minLabel,
    maxLabel,
    isOutOfStock: flags.has('out_of_stock'),
    requiresLogin: flags.has('login'),
    isInactive: flags.has('inactive'),
    isLimited: flags.has('limited'),
    ...textsFor(seed, kind, countryCode),
    products,
  };
}

interface ProductContext {
  currency: string;
  deliveryType: DeliveryType;
  convert: (amount: number) => number;
  idOf: (what: string) => string;
  esim: boolean;
}

function rangeProduct([rawMin, rawMax, rawStep, rawDefault]: RangeSeed, ctx: ProductContext): RangeProduct {
  const step = rawStep ?? rangeStep(ctx.currency);
  const align = (v: number): number => Math.round(v / step) * step;
  const min = Math.max(step, align(ctx.convert(rawMin)));
  const max = Math.max(min, align(ctx.convert(rawMax)));
  const wanted = rawDefault === undefined ? niceRound(min * 4) : ctx.convert(rawDefault);
  const fallback = Math.min(max, Math.max(min, align(wanted)));
  return {
    productId: ctx.idOf(`range ${min}-${max} ${ctx.currency}`),
    isDynamic: true,
    range: { min, max, step, default: fallback },
    currency: ctx.currency,
    deliveryType: ctx.deliveryType,
  };
}

function moneyProduct(amount: number, ctx: ProductContext): FixedProduct {
  const denomination = denominationOf(amount, ctx.currency);
  return {
    productId: ctx.idOf(denomination),
    isDynamic: false,
    denomination,
    localizedDenomination: formatMoney(amount, ctx.currency),
    faceValue: amount,
    currency: ctx.currency,
    deliveryType: ctx.deliveryType,
  };
}

function planProduct([dataGb, validityDays, price]: PlanSeed, ctx: ProductContext): FixedProduct {
  const data = dataGb < 0 ? 'Unlimited' : dataGb < 1 ? `${Math.round(dataGb * 1000)} MB` : `${dataGb} GB`;
  const days = validityDays === 1 ? '1 day' : `${validityDays} days`;
  const denomination = `${data} ${days}`;
  return {
    productId: ctx.idOf(denomination),
    isDynamic: false,
    denomination,
    localizedDenomination: `${data} · ${days}`,
    faceValue: ctx.convert(price),
    currency: ctx.currency,
    deliveryType: ctx.deliveryType,
    ...(ctx.esim ? { esim: { dataGb, validityDays } } : {}),
  };
}

/** "$5"/"$500" from the money products; a plan-only brand shows its cheapest and dearest plan. */
function labels(ranged: RangeProduct[], fixed: FixedProduct[], plans: FixedProduct[], currency: string): [string | null, string | null] {
  const amounts = [...ranged.flatMap((p) => [p.range.min, p.range.max]), ...fixed.map((p) => p.faceValue)];
  if (amounts.length > 0) {
    return [formatMoney(Math.min(...amounts), currency), formatMoney(Math.max(...amounts), currency)];
  }
  const byPrice = [...plans].sort((a, b) => a.faceValue - b.faceValue);
  const cheapest = byPrice[0];
  const dearest = byPrice[byPrice.length - 1];
  return cheapest && dearest ? [cheapest.denomination, dearest.denomination] : [null, null];
}
