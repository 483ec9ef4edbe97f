// The curated homepage feed of a country: "Popular" first, then themed rows built from its own brands.
import type { CatalogBrand, HomepageSection } from './types';

const MAX_PER_SECTION = 12;

const inCategory = (brand: CatalogBrand, ...categories: string[]): boolean =>
  categories.includes(brand.category) || brand.additionalCategories.some((c) => categories.includes(c));

interface Theme {
  id: string;
  title: string;
  match: (brand: CatalogBrand) => boolean;
  /** Fewer brands than this and the row is left out (a one-card "Gaming" row looks broken). */
  min?: number;
}

const THEMES: readonly Theme[] = [
  { id: 'gaming', title: 'Gaming', match: (b) => b.kind === 'giftcard' && inCategory(b, 'games'), min: 2 },
  { id: 'mobile-topups', title: 'Mobile top-ups', match: (b) => b.kind === 'mobile_recharge' && b.category !== 'e-sim' },
  { id: 'travel-esims', title: 'Travel eSIMs', match: (b) => b.category === 'e-sim' },
  {
    id: 'shopping',
    title: 'Shopping',
    match: (b) => b.kind === 'giftcard' && inCategory(b, 'e-commerce', 'retail', 'electronics', 'apparel_clothing', 'home'),
    min: 2,
  },
  { id: 'food', title: 'Food & groceries', match: (b) => b.kind === 'giftcard' && inCategory(b, 'food', 'groceries'), min: 2 },
  { id: 'streaming', title: 'Streaming & entertainment', match: (b) => inCategory(b, 'streaming', 'entertainment'), min: 2 },
  { id: 'travel', title: 'Travel', match: (b) => b.kind === 'giftcard' && inCategory(b, 'travel_flights'), min: 2 },
];

/** Sections never come out empty, and a themed row identical to "Popular" is left out. */
export function buildHomepage(brands: readonly CatalogBrand[]): HomepageSection[] {
  const sellable = brands.filter((b) => !b.isOutOfStock && !b.isInactive);
  const sections: HomepageSection[] = [];
  const popular = sellable.filter((b) => b.kind === 'giftcard').slice(0, MAX_PER_SECTION);
  if (popular.length > 0) sections.push({ id: 'popular', title: 'Popular', brands: popular });
  const popularKey = key(popular);
  for (const theme of THEMES) {
    const row = sellable.filter(theme.match).slice(0, MAX_PER_SECTION);
    if (row.length >= (theme.min ?? 1) && key(row) !== popularKey) sections.push({ id: theme.id, title: theme.title, brands: row });
  }
  return sections;
}

const key = (brands: readonly CatalogBrand[]): string =>
  brands
    .map((b) => b.brandId)
    .sort()
    .join(',');
