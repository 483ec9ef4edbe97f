// Finds the family a brand page's slug names, among the brands the upstream lists for the country.
import 'server-only';
import { getBrands, type Brand } from '@/lib/cryptorefills';
import { nearestBrandSlug } from './near-brand';
import { brandSlug, familyOf, slugify } from './slug';

export type BrandLookup =
  | { kind: 'found'; family: string; slug: string; brands: [Brand, ...Brand[]] }
  /** The slug names a brand by another form (its own name, other case): the page lives at `slug`. */
  | { kind: 'moved'; slug: string }
  /** No brand has this slug, but one clearly comes close (a prefix, a family, a typo): its page is at `slug`. */
  | { kind: 'near'; slug: string }
  | { kind: 'missing' };

export async function lookupBrand(countryCode: string, rawSlug: string): Promise<BrandLookup> {
  const { brands } = await getBrands(countryCode);
  const wanted = slugify(safeDecode(rawSlug));
  const [first, ...rest] = brands.filter((brand) => brandSlug(brand) === wanted);
  if (first) {
    return wanted === rawSlug
      ? { kind: 'found', family: familyOf(first), slug: wanted, brands: [first, ...rest] }
      : { kind: 'moved', slug: wanted };
  }
  // "Everything Apple" lives under its family, /US/apple: its own name still finds it.
  const byName = brands.find((brand) => slugify(brand.name) === wanted);
  if (byName) return { kind: 'moved', slug: brandSlug(byName) };
  const near = nearestBrandSlug(brands, wanted);
  return near ? { kind: 'near', slug: near } : { kind: 'missing' };
}

/** The page's heading: the brand's own name, or the family's when it groups several brands. */
export function headingOf(lookup: Extract<BrandLookup, { kind: 'found' }>): string {
  return lookup.brands.length === 1 ? lookup.brands[0].name : lookup.family;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
