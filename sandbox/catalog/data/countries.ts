// Every country with seeded brands, by uppercase ISO code; the order of a list is its popularity order.
import type { BrandSeed } from '../seed';
import { AFRICA_MIDDLE_EAST } from './africa-middle-east';
import { AMERICAS } from './americas';
import { ASIA_PACIFIC } from './asia-pacific';
import { EUROPE } from './europe';
import { UNITED_STATES } from './united-states';

export const SEEDED_COUNTRIES: Readonly<Record<string, readonly BrandSeed[]>> = {
  US: UNITED_STATES,
  ...AMERICAS,
  ...EUROPE,
  ...AFRICA_MIDDLE_EAST,
  ...ASIA_PACIFIC,
};
