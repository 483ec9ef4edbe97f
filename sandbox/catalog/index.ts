// The sandbox's catalog: seeded brands per country, global brands everywhere, optional synthetic scale.
// A country's brands are built on first use and kept, so starting the sandbox costs almost nothing.
import { isSupportedCountry } from '../../lib/countries';
import { buildBrand } from './build';
import { SEEDED_COUNTRIES } from './data/countries';
import { globalBrands } from './data/global';
import { buildHomepage } from './homepage';
import { registerLogo } from './logo-registry';
import { scaleBrandSeeds } from './scale';
import { slugOf, type BrandSeed } from './seed';
import type { Catalog, CatalogBrand, CatalogOptions, HomepageSection } from './types';

export type * from './types';
export { registerLogo, logoInfo, type LogoInfo } from './logo-registry';
export { CATEGORIES } from './seed';

interface CountryIndex {
  brands: CatalogBrand[];
  byName: Map<string, CatalogBrand>;
  homepage?: HomepageSection[];
}

/**
 * Builds the catalog. `scaleBrands` synthetic brands go to `scaleCountry` (default US; ignored for an
 * unsupported code). Every logo slug is registered for sandbox/logos.ts as a side effect.
 */
export function createCatalog(options: CatalogOptions = {}): Catalog {
  const scaleCountry = options.scaleCountry?.toUpperCase() ?? 'US';
  const scaleSeeds =
    options.scaleBrands && options.scaleBrands > 0 && isSupportedCountry(scaleCountry)
      ? scaleBrandSeeds(options.scaleBrands, scaleCountry)
      : [];
  registerLogos([...Object.values(SEEDED_COUNTRIES).flat(), ...globalBrands('US'), ...scaleSeeds]);

  const countries = new Map<string, CountryIndex>();
  const indexOf = (countryCode: string): CountryIndex | undefined => {
    const code = countryCode.toUpperCase();
    if (!isSupportedCountry(code)) return undefined;
    let index = countries.get(code);
    if (!index) {
      const seeds = [...(SEEDED_COUNTRIES[code] ?? []), ...globalBrands(code), ...(code === scaleCountry ? scaleSeeds : [])];
      index = buildCountry(seeds, code);
      countries.set(code, index);
    }
    return index;
  };

  return {
    brands: (countryCode) => indexOf(countryCode)?.brands ?? [],
    findBrands(countryCode, { familyName, brandName }) {
      const family = familyName?.trim().toLowerCase();
      const name = brandName?.trim().toLowerCase();
      if (!family && !name) return [];
      return (indexOf(countryCode)?.brands ?? []).filter(
        (b) =>
          (!family || b.family.toLowerCase() === family || b.brand.toLowerCase() === family) && (!name || b.brand.toLowerCase() === name),
      );
    },
    findBrand: (countryCode, brandName) => indexOf(countryCode)?.byName.get(brandName.trim().toLowerCase()),
    homepage(countryCode) {
      const index = indexOf(countryCode);
      if (!index) return [];
      index.homepage ??= buildHomepage(index.brands);
      return index.homepage;
    },
  };
}

/** A brand name appears once per country: the country's own seed wins over a global one. */
function buildCountry(seeds: readonly BrandSeed[], countryCode: string): CountryIndex {
  const byName = new Map<string, CatalogBrand>();
  const brands: CatalogBrand[] = [];
  for (const seed of seeds) {
    const key = seed.brand.toLowerCase();
    if (byName.has(key)) continue;
    const brand = buildBrand(seed, countryCode);
    byName.set(key, brand);
    brands.push(brand);
  }
  return { brands, byName };
}

function registerLogos(seeds: readonly BrandSeed[]): void {
  for (const seed of seeds) registerLogo(slugOf(seed), { name: seed.family ?? seed.brand, bgColor: seed.color });
}
