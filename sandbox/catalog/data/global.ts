// Brands offered in every supported country, on top of (and never duplicating) the country's own brands.
import type { BrandSeed } from '../seed';
import { globalEsim } from './esim';
import { INTL } from './international';

const USD_EVERYWHERE: readonly BrandSeed[] = [
  { ...INTL.steam, currency: 'USD' },
  { ...INTL.razerGold, currency: 'USD' },
  { ...INTL.pubg, currency: 'USD' },
];

export function globalBrands(countryCode: string): BrandSeed[] {
  return [globalEsim(countryCode), ...USD_EVERYWHERE];
}
