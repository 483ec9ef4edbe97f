// Synthetic but plausible brands for load tests (`scaleBrands`): varied names, categories and kinds,
// identical on every run for the same country and count.
import { seededRandom } from './ids';
import type { BrandSeed, Category, Flag, PlanSeed, RangeSeed } from './seed';

const ADJECTIVES = [
  'Silver',
  'Golden',
  'Blue',
  'Crimson',
  'Urban',
  'Northern',
  'Coastal',
  'Bright',
  'Happy',
  'Swift',
  'Royal',
  'Green',
  'Lucky',
  'Prime',
  'Wild',
  'Little',
  'Grand',
  'Modern',
  'Sunny',
  'Velvet',
  'Iron',
  'Maple',
  'Cedar',
  'Summit',
  'Harbor',
  'Metro',
  'Pacific',
  'Atlas',
  'Nova',
  'Polar',
  'Amber',
  'Coral',
  'Echo',
  'Jade',
  'Lunar',
  'Orbit',
  'Pixel',
  'Quartz',
  'Ruby',
  'Solar',
];
const NOUNS = [
  'Fox',
  'Oak',
  'River',
  'Peak',
  'Bay',
  'Lane',
  'Bridge',
  'Garden',
  'Stone',
  'Wave',
  'Pine',
  'Field',
  'Falcon',
  'Harbor',
  'Meadow',
  'Canyon',
  'Island',
  'Valley',
  'Ridge',
  'Brook',
  'Anchor',
  'Lantern',
  'Compass',
  'Beacon',
  'Arrow',
  'Crown',
  'Willow',
  'Aspen',
  'Comet',
  'Dune',
  'Ember',
  'Fjord',
  'Grove',
  'Haven',
  'Juniper',
  'Kite',
  'Lotus',
  'Mesa',
  'Nectar',
  'Otter',
];
const GIFT_WORDS: readonly (readonly [Category, readonly string[]])[] = [
  ['e-commerce', ['Market', 'Shop', 'Store', 'Bazaar']],
  ['retail', ['Outlet', 'Department Store', 'Emporium', 'Goods']],
  ['electronics', ['Electronics', 'Tech', 'Digital', 'Gadgets']],
  ['food', ['Kitchen', 'Pizza', 'Burgers', 'Coffee', 'Bakery', 'Grill']],
  ['groceries', ['Grocers', 'Fresh Market', 'Foods', 'Pantry']],
  ['games', ['Games', 'Arcade', 'Play', 'Quest']],
  ['entertainment', ['Cinemas', 'Live', 'Tickets', 'Studios']],
  ['streaming', ['TV', 'Stream', 'Music', 'Plus']],
  ['apparel_clothing', ['Apparel', 'Outfitters', 'Boutique', 'Denim']],
  ['health_beauty', ['Beauty', 'Cosmetics', 'Spa', 'Pharmacy']],
  ['sports_fitness', ['Sports', 'Fitness', 'Athletics', 'Outdoors']],
  ['travel_flights', ['Airways', 'Travel', 'Hotels', 'Rail']],
  ['home', ['Home', 'Furniture', 'Living', 'Garden Center']],
  ['books_learning', ['Books', 'Academy', 'Learning', 'Press']],
  ['charity_donations', ['Foundation', 'Trust', 'Relief Fund']],
  ['other_products', ['Rewards', 'Gifts', 'Pass']],
];
const FIXED_SETS: readonly (readonly number[])[] = [
  [10, 25, 50],
  [25, 50, 100],
  [5, 10, 20, 50],
  [50, 100, 250, 500],
  [15, 30, 60],
];
const RANGES: readonly RangeSeed[] = [
  [5, 500],
  [10, 200],
  [25, 1000],
  [1, 100],
];
const PLANS: readonly (readonly PlanSeed[])[] = [
  [
    [1, 7, 3],
    [5, 30, 12],
    [-1, 30, 35],
  ],
  [
    [2, 15, 6],
    [10, 30, 20],
    [50, 90, 49],
  ],
];

export function scaleBrandSeeds(count: number, countryCode: string): BrandSeed[] {
  const random = seededRandom(`scale ${countryCode}`);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const names = new Set<string>();
  const seeds: BrandSeed[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const [category, words]: readonly [Category, readonly string[]] =
      roll < 0.1
        ? ['mobile_credits', ['Mobile', 'Telecom', 'Wireless']]
        : roll < 0.15
          ? ['mobile_bundle', ['Data', 'Net']]
          : roll < 0.18
            ? ['e-sim', ['eSIM', 'Roam']]
            : pick(GIFT_WORDS);
    let name = `${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(words)}`;
    while (names.has(name)) name = `${pick(ADJECTIVES)} ${name}`;
    names.add(name);
    const flags: Flag[] = random() < 0.05 ? ['out_of_stock'] : [];
    const also = random() < 0.2 ? [pick(GIFT_WORDS)[0]].filter((c) => c !== category) : [];
    const amounts: Partial<BrandSeed> =
      category === 'mobile_bundle' || category === 'e-sim'
        ? { plans: pick(PLANS) }
        : random() < 0.25
          ? { range: pick(RANGES), ...(random() < 0.5 ? { fixed: pick(FIXED_SETS) } : {}) }
          : { fixed: pick(FIXED_SETS) };
    seeds.push({
      brand: name,
      category,
      also,
      color: hslHex(random() * 360, 45 + random() * 40, 25 + random() * 45),
      usd: true,
      ...(category === 'e-sim' ? { currency: 'USD' } : {}),
      flags,
      ...amounts,
    });
  }
  return seeds;
}

function hslHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`.toUpperCase();
}
