import { productKindOf, type ProductKind } from './kinds';

interface CategorizedBrand {
  category?: string;
  additionalCategories?: readonly string[];
  kind?: string;
}

export interface CategoryCount {
  slug: string;
  count: number;
}

/** The categories present among the brands (main and additional), most brands first: never a fixed list. */
export function deriveCategories(brands: readonly CategorizedBrand[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const brand of brands) {
    const slugs = new Set([brand.category, ...(brand.additionalCategories ?? [])].filter((s): s is string => Boolean(s)));
    for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return [...counts.entries()].map(([slug, count]) => ({ slug, count })).sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}

export function brandInCategory(brand: CategorizedBrand, slug: string): boolean {
  return brand.category === slug || (brand.additionalCategories ?? []).includes(slug);
}

/** "health_beauty" → "Health beauty", for categories the message catalog has no name for. */
export function humanizeCategory(slug: string): string {
  const words = slug.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function countKinds(brands: readonly CategorizedBrand[]): Record<ProductKind, number> {
  const counts: Record<ProductKind, number> = { giftcard: 0, topup: 0, esim: 0 };
  for (const brand of brands) counts[productKindOf(brand)] += 1;
  return counts;
}
