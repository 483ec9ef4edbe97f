// eSIM data plans. Priced in USD everywhere, as travel eSIMs are; the global "eSIM" brand exists in every
// supported country with a price level of its own.
import { seededRandom } from '../ids';
import type { BrandSeed, PlanSeed } from '../seed';

const GLOBAL_PLANS: readonly PlanSeed[] = [
  [1, 7, 4.5],
  [3, 15, 9],
  [5, 30, 14],
  [10, 30, 24],
  [20, 30, 39],
  [-1, 3, 15],
  [-1, 7, 29],
  [-1, 30, 79],
];

/** The "eSIM" brand of one destination country; prices scale by a stable per-country factor (0.8–1.6). */
export function globalEsim(countryCode: string): BrandSeed {
  const factor = 0.8 + seededRandom(`esim ${countryCode}`)() * 0.8;
  return {
    brand: 'eSIM',
    category: 'e-sim',
    also: ['travel_flights'],
    color: '#5B2EFF',
    currency: 'USD',
    domain: 'cryptorefills.com',
    plans: GLOBAL_PLANS.map(([gb, days, price]): PlanSeed => [gb, days, Math.round(price * factor * 2) / 2]),
  };
}

const regional = (brand: string, color: string, plans: readonly PlanSeed[]): BrandSeed => ({
  brand,
  category: 'e-sim',
  also: ['travel_flights'],
  color,
  currency: 'USD',
  domain: 'cryptorefills.com',
  plans,
});

export const ESIM_EUROPE = regional('eSIM Europe', '#003399', [
  [1, 7, 5],
  [3, 30, 11],
  [5, 30, 16],
  [10, 30, 26],
  [20, 30, 42],
  [50, 90, 85],
  [-1, 7, 32],
  [-1, 30, 89],
]);
export const ESIM_AMERICAS = regional('eSIM Americas', '#0B6E4F', [
  [1, 7, 7],
  [3, 30, 16],
  [5, 30, 24],
  [10, 30, 39],
  [-1, 15, 59],
]);
export const ESIM_ASIA = regional('eSIM Asia', '#C8102E', [
  [1, 7, 5.5],
  [3, 15, 12],
  [5, 30, 18],
  [10, 30, 29],
  [50, 90, 79],
  [-1, 5, 19],
  [-1, 10, 35],
]);
export const ESIM_AFRICA = regional('eSIM Africa', '#E67E22', [
  [1, 7, 12],
  [3, 30, 29],
  [5, 30, 45],
]);
export const ESIM_MIDDLE_EAST = regional('eSIM Middle East', '#006C35', [
  [1, 7, 8],
  [3, 30, 19],
  [5, 30, 28],
  [10, 30, 45],
  [-1, 7, 39],
]);
export const ESIM_OCEANIA = regional('eSIM Oceania', '#00843D', [
  [1, 7, 6],
  [3, 30, 14],
  [10, 30, 32],
  [-1, 10, 49],
]);
