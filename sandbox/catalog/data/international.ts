// International gift-card brands sold in many countries. Amounts are in USD and become nice local
// values in each country's currency (a €25 Steam card, not a €23.14 one).
import { gift, type BrandSeed } from '../seed';

const STD = [25, 50, 100];

export const INTL = {
  steam: gift('Steam', 'games', '#171A21', {
    usd: true,
    fixed: [5, 10, 20, 50, 100],
    also: ['entertainment'],
    domain: 'store.steampowered.com',
  }),
  googlePlay: gift('Google Play', 'games', '#01875F', {
    usd: true,
    fixed: [10, 25, 50, 100],
    also: ['entertainment', 'streaming'],
    domain: 'play.google.com',
  }),
  apple: gift('Everything Apple', 'electronics', '#1D1D1F', {
    family: 'Apple',
    slug: 'apple',
    usd: true,
    range: [2, 2000, undefined, 50],
    also: ['entertainment', 'streaming'],
    domain: 'apple.com',
  }),
  xbox: gift('Xbox', 'games', '#107C10', { usd: true, fixed: [10, 25, 50, 100] }),
  playstation: gift('PlayStation', 'games', '#003791', {
    usd: true,
    fixed: [10, 25, 50, 100],
    also: ['entertainment'],
    domain: 'playstation.com',
  }),
  nintendo: gift('Nintendo eShop', 'games', '#E60012', { usd: true, fixed: [10, 20, 35, 50], domain: 'nintendo.com' }),
  roblox: gift('Roblox', 'games', '#393B3D', { usd: true, fixed: [10, 25, 50] }),
  razerGold: gift('Razer Gold', 'games', '#44D62C', { usd: true, fixed: [5, 10, 20, 50, 100], domain: 'gold.razer.com' }),
  fortnite: gift('Fortnite', 'games', '#1F1B4D', { usd: true, fixed: [10, 25, 50], domain: 'fortnite.com' }),
  pubg: gift('PUBG Mobile', 'games', '#F2A900', { usd: true, fixed: [1, 5, 10, 25, 50], domain: 'pubgmobile.com' }),
  freeFire: gift('Free Fire', 'games', '#FF6F00', { usd: true, fixed: [1, 5, 10, 20], domain: 'ff.garena.com' }),
  leagueOfLegends: gift('League of Legends', 'games', '#0A1428', { usd: true, fixed: [10, 25, 50], domain: 'leagueoflegends.com' }),
  valorant: gift('Valorant', 'games', '#FF4655', { usd: true, fixed: [10, 25, 50, 100], domain: 'playvalorant.com' }),
  blizzard: gift('Blizzard', 'games', '#148EFF', { usd: true, fixed: [20, 50, 100], domain: 'battle.net' }),
  minecraft: gift('Minecraft', 'games', '#62B47A', { usd: true, fixed: [10, 20, 30], domain: 'minecraft.net' }),
  twitch: gift('Twitch', 'entertainment', '#9146FF', { usd: true, fixed: [10, 25, 50, 100], also: ['streaming'], domain: 'twitch.tv' }),
  netflix: gift('Netflix', 'streaming', '#E50914', { usd: true, fixed: [15, 25, 50, 100], also: ['entertainment'] }),
  spotify: gift('Spotify', 'streaming', '#1DB954', { usd: true, fixed: [10, 30, 60], also: ['entertainment'] }),
  deezer: gift('Deezer', 'streaming', '#A238FF', { usd: true, fixed: [15, 30, 60] }),
  airbnb: gift('Airbnb', 'travel_flights', '#FF5A5F', { usd: true, range: [25, 500, undefined, 100], fixed: STD }),
  uber: gift('Uber', 'travel_flights', '#000000', { usd: true, fixed: [15, 25, 50, 100], also: ['food'] }),
  uberEats: gift('Uber Eats', 'food', '#06C167', { usd: true, fixed: [15, 25, 50], domain: 'ubereats.com' }),
  hotels: gift('Hotels.com', 'travel_flights', '#D32F2F', { usd: true, range: [50, 1000, undefined, 200], fixed: [50, 100, 250, 500] }),
  booking: gift('Booking.com', 'travel_flights', '#003580', { usd: true, fixed: [50, 100, 200] }),
  ikea: gift('IKEA', 'home', '#0058A3', { usd: true, range: [10, 1000, undefined, 100], fixed: STD, also: ['retail'] }),
  decathlon: gift('Decathlon', 'sports_fitness', '#0082C3', { usd: true, fixed: [20, 50, 100], also: ['apparel_clothing'] }),
  zalando: gift('Zalando', 'apparel_clothing', '#FF6900', { usd: true, fixed: [20, 50, 100], also: ['e-commerce'] }),
  zara: gift('Zara', 'apparel_clothing', '#000000', { usd: true, fixed: STD }),
  hm: gift('H&M', 'apparel_clothing', '#E50010', { usd: true, fixed: STD, slug: 'hm', domain: 'hm.com' }),
  nike: gift('Nike', 'apparel_clothing', '#111111', { usd: true, fixed: STD, also: ['sports_fitness'] }),
  adidas: gift('Adidas', 'apparel_clothing', '#000000', { usd: true, fixed: STD, also: ['sports_fitness'] }),
  sephora: gift('Sephora', 'health_beauty', '#000000', { usd: true, fixed: STD }),
  starbucks: gift('Starbucks', 'food', '#00704A', { usd: true, fixed: [10, 25, 50] }),
  mcdonalds: gift("McDonald's", 'food', '#DA291C', { usd: true, fixed: [10, 20, 50], slug: 'mcdonalds', domain: 'mcdonalds.com' }),
  carrefour: gift('Carrefour', 'groceries', '#004E9F', { usd: true, fixed: [20, 50, 100], also: ['retail'] }),
  audible: gift('Audible', 'books_learning', '#F8991C', { usd: true, fixed: [15, 30, 45], also: ['entertainment'] }),
  paysafecard: gift('Paysafecard', 'e-money', '#008AC9', { usd: true, fixed: [10, 25, 50, 100], flags: ['login'] }),
  neosurf: gift('Neosurf', 'e-money', '#E6007E', { usd: true, fixed: [10, 20, 50, 100] }),
  binance: gift('Binance Gift Card', 'e-money', '#F0B90B', {
    family: 'Binance',
    currency: 'USD',
    fixed: [10, 25, 50, 100, 500],
    flags: ['login'],
    domain: 'binance.com',
  }),
  flexepin: gift('Flexepin', 'e-money', '#2E3192', { usd: true, fixed: [10, 20, 50, 100], flags: ['login'] }),
} satisfies Record<string, BrandSeed>;

/** Bundle plans in USD: [GB, days, price]. */
export const BUNDLES_S = [
  [1, 7, 3],
  [3, 30, 8],
  [10, 30, 15],
] as const;
export const BUNDLES_M = [
  [2, 7, 5],
  [5, 30, 12],
  [15, 30, 20],
  [-1, 30, 35],
] as const;
export const BUNDLES_L = [
  [5, 30, 15],
  [20, 30, 30],
  [50, 30, 45],
  [-1, 30, 60],
] as const;
