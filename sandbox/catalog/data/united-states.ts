// The United States: the richest catalog, and the home of the special brands the tests rely on
// (out of stock, inactive, limited, login-only e-money, and a brand whose HTML must be sanitised).
import { gift, operator, topup, type BrandSeed } from '../seed';
import { ESIM_AMERICAS } from './esim';
import { INTL } from './international';

/** Twitch's texts carry hostile markup on purpose: the storefront's sanitiser tests rely on it. */
const HOSTILE_TEXTS = {
  description:
    '<p style="color:red" onclick="alert(\'desc\')">Support your favourite streamers with <strong>Twitch</strong> ' +
    'gift cards: Bits, subscriptions and Turbo.</p><iframe src="https://evil.example/frame"></iframe>',
  howToRedeem:
    '<ol><li>Go to <a href="https://www.twitch.tv/redeem">twitch.tv/redeem</a>.</li>' +
    '<li>Enter your code<img src="x" onerror="alert(\'redeem\')">.</li>' +
    '<li>Read the <a href="javascript:alert(\'js\')">FAQ</a>.</li></ol>',
  terms:
    '<p>Twitch gift cards are non-refundable.</p><script>alert(1)</script>' +
    '<p><img src="x" onerror="alert(document.cookie)"> Full terms at ' +
    '<a href="https://www.twitch.tv/p/legal/terms-of-sale/" target="_blank">twitch.tv</a>.</p>',
  productTc: 'Redeemable at twitch.tv/redeem for Bits, subscriptions and Turbo. Non-refundable.',
};

const STD = [25, 50, 100];

export const UNITED_STATES: readonly BrandSeed[] = [
  gift('Amazon.com', 'e-commerce', '#FF9900', { range: [5, 500, 1, 50], fixed: [10, 25, 50, 100, 200], also: ['retail', 'electronics'] }),
  INTL.apple,
  INTL.steam,
  INTL.googlePlay,
  { ...INTL.airbnb, range: [25, 500, 1, 100] },
  INTL.netflix,
  INTL.uber,
  gift('Walmart', 'retail', '#0071CE', { range: [5, 500, 1, 50], fixed: [10, 25, 50, 100, 250], also: ['groceries', 'e-commerce'] }),
  gift('Target', 'retail', '#CC0000', { fixed: [10, 25, 50, 100], also: ['groceries'] }),
  gift('Best Buy', 'electronics', '#0046BE', { fixed: [25, 50, 100, 250, 500], also: ['games'] }),
  INTL.xbox,
  INTL.playstation,
  INTL.nintendo,
  { ...INTL.roblox, flags: ['limited'] },
  INTL.spotify,
  gift('DoorDash', 'food', '#FF3008', { range: [15, 500, 1, 50], fixed: STD }),
  INTL.starbucks,
  gift('Home Depot', 'home', '#F96302', { fixed: [25, 50, 100, 250], also: ['retail'], slug: 'the-home-depot', domain: 'homedepot.com' }),
  gift("Lowe's", 'home', '#004990', { fixed: STD, domain: 'lowes.com' }),
  INTL.sephora,
  gift('Ulta Beauty', 'health_beauty', '#F26B3A', { fixed: STD, domain: 'ulta.com' }),
  INTL.nike,
  INTL.adidas,
  INTL.hm,
  INTL.hotels,
  INTL.booking,
  INTL.uberEats,
  gift('Disney+', 'streaming', '#113CCF', { fixed: STD, slug: 'disney-plus', domain: 'disneyplus.com' }),
  gift('Hulu', 'streaming', '#1CE783', { fixed: STD }),
  { ...INTL.twitch, texts: HOSTILE_TEXTS },
  { ...INTL.valorant, flags: ['limited'] },
  INTL.fortnite,
  INTL.leagueOfLegends,
  INTL.razerGold,
  INTL.blizzard,
  INTL.minecraft,
  gift('GameStop', 'electronics', '#E4002B', { fixed: STD, also: ['games'], flags: ['out_of_stock'] }),
  gift('Chipotle', 'food', '#A81612', { fixed: [10, 25, 50], flags: ['inactive'] }),
  gift("Domino's", 'food', '#006491', { fixed: [10, 25, 50], slug: 'dominos', domain: 'dominos.com' }),
  gift("Dunkin'", 'food', '#FF671F', { fixed: [10, 25, 50], slug: 'dunkin', domain: 'dunkindonuts.com' }),
  gift('Instacart', 'groceries', '#43B02A', { fixed: STD, also: ['food'] }),
  gift('Whole Foods Market', 'groceries', '#00674B', { fixed: STD, domain: 'wholefoodsmarket.com' }),
  gift('Kroger', 'groceries', '#0F4C9C', { fixed: STD }),
  gift('eBay', 'e-commerce', '#E53238', { fixed: [25, 50, 100, 200] }),
  gift("Macy's", 'retail', '#E21A2C', { fixed: STD, also: ['apparel_clothing'], slug: 'macys', domain: 'macys.com' }),
  gift('Gap', 'apparel_clothing', '#002E5F', { fixed: STD }),
  gift('Old Navy', 'apparel_clothing', '#003764', { fixed: [25, 50] }),
  gift("Dick's Sporting Goods", 'sports_fitness', '#006A4E', {
    fixed: STD,
    slug: 'dicks-sporting-goods',
    domain: 'dickssportinggoods.com',
  }),
  gift('REI', 'sports_fitness', '#3F6B34', { fixed: STD, also: ['travel_flights'] }),
  gift('Southwest Airlines', 'travel_flights', '#304CB2', { fixed: [50, 100, 250], domain: 'southwest.com' }),
  gift('Delta Air Lines', 'travel_flights', '#003366', { range: [50, 1500, 1, 250], domain: 'delta.com' }),
  gift('Lyft', 'travel_flights', '#FF00BF', { fixed: STD }),
  gift('Wayfair', 'home', '#7F187F', { fixed: [25, 50, 100, 250] }),
  gift('Barnes & Noble', 'books_learning', '#2A5934', { fixed: [10, 25, 50, 100], slug: 'barnes-noble', domain: 'barnesandnoble.com' }),
  INTL.audible,
  gift('Udemy', 'books_learning', '#A435F0', { fixed: STD }),
  gift('GlobalGiving', 'charity_donations', '#3D7DCA', { fixed: [10, 25, 50, 100], domain: 'globalgiving.org' }),
  gift('Prepaid Mastercard', 'other_products', '#EB001B', { fixed: [25, 50, 100, 200], domain: 'mastercard.us' }),
  gift('AMC Theatres', 'entertainment', '#E51937', { fixed: STD, domain: 'amctheatres.com' }),
  gift('Fandango', 'entertainment', '#F15A24', { fixed: [25, 50] }),
  gift('CVS Pharmacy', 'health_beauty', '#CC0000', { fixed: STD, domain: 'cvs.com' }),
  INTL.binance,
  INTL.paysafecard,
  topup('T-Mobile', '#E20074', { range: [10, 100, 1, 40], fixed: [15, 25, 40, 50], domain: 't-mobile.com' }),
  topup('AT&T', '#00A8E0', { fixed: [25, 40, 50, 65, 75], slug: 'att', domain: 'att.com' }),
  topup('Verizon', '#CD040B', { fixed: [30, 40, 50, 70] }),
  topup('Cricket Wireless', '#008752', { fixed: [30, 40, 55, 60], domain: 'cricketwireless.com' }),
  topup('Boost Mobile', '#F7941D', { fixed: [15, 25, 35, 50] }),
  topup('Tracfone', '#00457C', { range: [10, 100, 1, 20], category: 'mobile_talk_time' }),
  ...operator('Lycamobile', '#0078C1', { fixed: [10, 19, 23, 29] }, [
    [5, 30, 19],
    [10, 30, 29],
    [-1, 30, 39],
  ]),
  ESIM_AMERICAS,
];
