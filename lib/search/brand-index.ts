// The compact brand index the browser searches (GET /api/catalog/{CC}/brands): what a card shows and what the
// search needs, as arrays rather than objects, with the logos' shared address prefix sent once. Client-safe.
import { toSearchable, type SearchableBrand } from '@/lib/catalog/filter';
import { PRODUCT_KINDS, productKindOf, type ProductKind } from '@/lib/catalog/kinds';
import { brandSlug } from '@/lib/catalog/slug';
import type { Brand } from '@/lib/cryptorefills/types';

/** What a brand card shows. */
export interface CardBrand {
  name: string;
  slug: string;
  logoBaseUrl?: string;
  logoUrl?: string;
  bgColor?: string;
  /** "$5 – $500", or one amount. */
  range?: string;
  outOfStock?: boolean;
}

export interface IndexedBrand extends CardBrand, SearchableBrand {
  kind: ProductKind;
}

/** One brand on the wire: name, slug, kind (index into PRODUCT_KINDS), categories (space-separated), sized logo
 *  (after `logoBase`), plain logo URL, background colour, range, 1 when out of stock. Empty strings are absent. */
export type IndexRow = [string, string, number, string, string, string, string, string, number];

export interface BrandIndex {
  logoBase: string;
  brands: IndexRow[];
}

export function toCardBrand(brand: Brand): CardBrand {
  const range = brand.min && brand.max && brand.min !== brand.max ? `${brand.min} – ${brand.max}` : (brand.min ?? brand.max);
  return {
    name: brand.name,
    slug: brandSlug(brand),
    logoBaseUrl: brand.logoBaseUrl,
    logoUrl: brand.logoUrl,
    bgColor: brand.bgColor,
    range,
    outOfStock: brand.outOfStock,
  };
}

/** The address every sized logo starts with, up to its last "/" (the CDN's logo folder). */
function sharedLogoBase(brands: readonly Brand[]): string {
  const first = brands.find((b) => b.logoBaseUrl)?.logoBaseUrl;
  if (!first) return '';
  const base = first.slice(0, first.lastIndexOf('/') + 1);
  return brands.every((b) => !b.logoBaseUrl || b.logoBaseUrl.startsWith(base)) ? base : '';
}

export function encodeBrandIndex(brands: readonly Brand[]): BrandIndex {
  const logoBase = sharedLogoBase(brands);
  return {
    logoBase,
    brands: brands.map((brand) => {
      const card = toCardBrand(brand);
      return [
        card.name,
        card.slug,
        PRODUCT_KINDS.indexOf(productKindOf(brand)),
        [brand.category, ...brand.additionalCategories].filter(Boolean).join(' '),
        card.logoBaseUrl?.slice(logoBase.length) ?? '',
        card.logoBaseUrl ? '' : (card.logoUrl ?? ''),
        card.bgColor ?? '',
        card.range ?? '',
        card.outOfStock ? 1 : 0,
      ];
    }),
  };
}

export function decodeBrandIndex(index: BrandIndex): IndexedBrand[] {
  return index.brands.map(([name, slug, kind, categories, sizedLogo, plainLogo, bgColor, range, outOfStock]) => {
    const searchable = toSearchable({ name, category: undefined, additionalCategories: categories ? categories.split(' ') : [] });
    return {
      ...searchable,
      kind: PRODUCT_KINDS[kind] ?? 'giftcard',
      name,
      slug,
      logoBaseUrl: sizedLogo ? index.logoBase + sizedLogo : undefined,
      logoUrl: plainLogo || undefined,
      bgColor: bgColor || undefined,
      range: range || undefined,
      outOfStock: outOfStock === 1,
    };
  });
}
