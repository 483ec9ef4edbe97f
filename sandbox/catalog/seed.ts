// Authoring format of the seed data (data/*.ts). build.ts turns a seed into a CatalogBrand for one country.
import { slugify } from './ids';
import type { DeliveryType } from './types';

export const CATEGORIES = [
  'e-commerce',
  'retail',
  'electronics',
  'food',
  'groceries',
  'games',
  'entertainment',
  'streaming',
  'apparel_clothing',
  'health_beauty',
  'sports_fitness',
  'travel_flights',
  'home',
  'e-money',
  'e-sim',
  'mobile_talk_time',
  'mobile_credits',
  'mobile_bundle',
  'charity_donations',
  'other_products',
  'books_learning',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const MOBILE_CATEGORIES: readonly Category[] = ['mobile_credits', 'mobile_bundle', 'mobile_talk_time', 'e-sim'];

export type Flag = 'out_of_stock' | 'login' | 'inactive' | 'limited';

/** [min, max, step?, default?] in the brand's currency (or USD when `usd` is set). */
export type RangeSeed = readonly [number, number, number?, number?];

/** [data in GB (-1 = unlimited), validity in days, price]. */
export type PlanSeed = readonly [number, number, number];

export interface BrandTexts {
  description?: string;
  howToRedeem?: string;
  terms?: string;
  productTc?: string;
}

export interface BrandSeed {
  brand: string;
  family?: string; // defaults to `brand`
  slug?: string; // defaults to slugify(family)
  category: Category;
  also?: readonly Category[];
  color: string;
  fixed?: readonly number[];
  range?: RangeSeed;
  plans?: readonly PlanSeed[];
  /** Amounts are written in USD and converted to nice local values (international brands). */
  usd?: boolean;
  /** Currency of the products when it is not the country's own (e.g. USD-priced eSIMs). */
  currency?: string;
  delivery?: DeliveryType;
  flags?: readonly Flag[];
  /** Web site used in the generated texts, e.g. "airbnb.com". */
  domain?: string;
  texts?: BrandTexts;
}

type Extra = Partial<Omit<BrandSeed, 'brand' | 'category' | 'color'>>;

export function gift(brand: string, category: Category, color: string, extra: Extra = {}): BrandSeed {
  return { brand, category, color, ...extra };
}

/**
 * A mobile operator: "{name} Credits" (airtime) and, with plans, "{name} Bundle", in one family.
 * Bundle plans are priced in USD (shared presets) and converted to the country's currency.
 */
export function operator(
  name: string,
  color: string,
  credits: Pick<BrandSeed, 'fixed' | 'range' | 'usd'>,
  bundlePlans?: readonly PlanSeed[],
  extra: Extra = {},
): BrandSeed[] {
  const base = { family: name, color, ...extra };
  const seeds: BrandSeed[] = [{ ...base, brand: `${name} Credits`, category: 'mobile_credits', ...credits }];
  if (bundlePlans) {
    seeds.push({
      ...base,
      brand: `${name} Bundle`,
      category: 'mobile_bundle',
      plans: bundlePlans,
      usd: true,
    });
  }
  return seeds;
}

/** A single-product-line top-up brand named like the operator itself ("T-Mobile", "Jio"). */
export function topup(brand: string, color: string, extra: Extra & { category?: Category } = {}): BrandSeed {
  return { brand, color, ...extra, category: extra.category ?? 'mobile_credits' };
}

/** CDN slug of a brand's logo: shared by every country's variant of the family. */
export const slugOf = (seed: BrandSeed): string => seed.slug ?? slugify(seed.family ?? seed.brand);
