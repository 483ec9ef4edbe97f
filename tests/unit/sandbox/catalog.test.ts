import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '@/lib/countries';
import { CATEGORIES, createCatalog, logoInfo, type CatalogBrand, type FixedProduct, type RangeProduct } from '@/sandbox/catalog';
import { countryCurrency, usdPerUnit } from '@/sandbox/fx';

const catalog = createCatalog();
const all = COUNTRIES.flatMap((c) => catalog.brands(c.code));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const GLOBAL_NAMES = new Set(['eSIM', 'Steam', 'Razer Gold', 'PUBG Mobile']);

function brand(countryCode: string, name: string): CatalogBrand {
  const found = catalog.findBrand(countryCode, name);
  if (!found) throw new Error(`${name} is not sold in ${countryCode}`);
  return found;
}
const fixed = (b: CatalogBrand): FixedProduct[] => b.products.filter((p): p is FixedProduct => !p.isDynamic);
const ranges = (b: CatalogBrand): RangeProduct[] => b.products.filter((p): p is RangeProduct => p.isDynamic);
const isTopUp = (b: CatalogBrand): boolean => b.kind === 'mobile_recharge' && b.category !== 'e-sim';
/** Countries with brands of their own, not only the global ones. */
const seeded = COUNTRIES.map((c) => c.code).filter((cc) => catalog.brands(cc).some((b) => !GLOBAL_NAMES.has(b.brand)));

describe('sandbox catalog: coverage', () => {
  it('every supported country answers with at least one brand, including an eSIM', () => {
    for (const { code } of COUNTRIES) {
      const brands = catalog.brands(code);
      expect(brands.length, code).toBeGreaterThan(0);
      expect(
        brands.some((b) => b.category === 'e-sim'),
        code,
      ).toBe(true);
      expect(brands.every((b) => b.countryCode === code)).toBe(true);
    }
  });

  it('an unsupported country code answers with nothing', () => {
    expect(catalog.brands('XX')).toEqual([]);
    expect(catalog.homepage('ZZ')).toEqual([]);
    expect(catalog.findBrand('XX', 'Steam')).toBeUndefined();
    expect(catalog.findBrands('XX', { familyName: 'steam' })).toEqual([]);
  });

  it('seeds at least 30 countries across every continent', () => {
    expect(seeded.length).toBeGreaterThanOrEqual(30);
    const required = 'US GB DE FR IT ES NL BR MX AR CO CA IN ID PH NG KE ZA AE SA TR JP AU PL PT VN TH MY SG EG'.split(' ');
    for (const cc of required) expect(seeded, cc).toContain(cc);
  });

  it('sells at least 150 distinct real-world brands', () => {
    const names = new Set(all.map((b) => b.brand));
    expect(names.size).toBeGreaterThanOrEqual(150);
    const expected: [string, string][] = [
      ['US', 'Amazon.com'],
      ['DE', 'Amazon.de'],
      ['US', 'Steam'],
      ['US', 'Google Play'],
      ['US', 'Everything Apple'],
      ['US', 'Netflix'],
      ['US', 'Spotify'],
      ['US', 'Airbnb'],
      ['US', 'Uber'],
      ['US', 'Xbox'],
      ['US', 'PlayStation'],
      ['US', 'Nintendo eShop'],
      ['US', 'Roblox'],
      ['US', 'Razer Gold'],
      ['DE', 'Zalando'],
      ['FR', 'IKEA'],
      ['FR', 'Decathlon'],
      ['FR', 'Carrefour'],
      ['ID', 'Tokopedia'],
      ['ID', 'Grab'],
      ['PH', 'Shopee'],
      ['MX', 'Mercado Libre'],
      ['IN', 'Flipkart'],
      ['IN', 'Swiggy'],
      ['IN', 'Zomato'],
      ['NG', 'Jumia'],
      ['ZA', 'Takealot'],
      ['AE', 'Noon'],
      ['US', 'Walmart'],
      ['US', 'Target'],
      ['US', 'Best Buy'],
      ['US', 'Home Depot'],
      ['US', 'DoorDash'],
      ['US', 'Starbucks'],
      ['US', 'Sephora'],
      ['US', 'H&M'],
      ['US', 'Nike'],
      ['US', 'Adidas'],
      ['US', 'Hotels.com'],
      ['US', 'Booking.com'],
      ['CO', 'Claro Credits'],
      ['ES', 'Movistar Credits'],
      ['CO', 'Tigo Credits'],
      ['JM', 'Digicel'],
      ['DE', 'Vodafone Credits'],
      ['FR', 'Orange'],
      ['NG', 'MTN Credits'],
      ['KE', 'Airtel Credits'],
      ['IN', 'Jio'],
      ['ID', 'Telkomsel Credits'],
      ['ID', 'XL Axiata Credits'],
      ['ID', 'Indosat Credits'],
      ['PH', 'Globe Credits'],
      ['PH', 'Smart Credits'],
      ['KE', 'Safaricom Credits'],
      ['GB', 'Lycamobile Credits'],
      ['GB', 'Lycamobile Bundle'],
      ['US', 'T-Mobile'],
      ['US', 'AT&T'],
    ];
    for (const [cc, name] of expected) expect(catalog.findBrand(cc, name), `${name} in ${cc}`).toBeDefined();
  });

  it('gives the United States at least 40 brands over at least 10 categories', () => {
    const us = catalog.brands('US');
    expect(us.length).toBeGreaterThanOrEqual(40);
    expect(new Set(us.map((b) => b.category)).size).toBeGreaterThanOrEqual(10);
  });

  it('sells gift cards in every seeded country, and top-ups and eSIMs in most', () => {
    for (const cc of seeded)
      expect(
        catalog.brands(cc).some((b) => b.kind === 'giftcard'),
        cc,
      ).toBe(true);
    const withTopUps = seeded.filter((cc) => catalog.brands(cc).some(isTopUp));
    expect(withTopUps.length / seeded.length).toBeGreaterThan(0.9);
  });
});

describe('sandbox catalog: brand shape', () => {
  it('uses only documented categories, with the kind that fits them', () => {
    const documented: readonly string[] = CATEGORIES;
    const misfits = all.filter((b) => {
      const mobile = b.category === 'e-sim' || b.category.startsWith('mobile_');
      return (
        ![b.category, ...b.additionalCategories].every((c) => documented.includes(c)) ||
        b.kind !== (mobile ? 'mobile_recharge' : 'giftcard')
      );
    });
    expect(misfits.map((b) => `${b.countryCode} ${b.brand}`)).toEqual([]);
    expect(all.some((b) => b.additionalCategories.length > 0)).toBe(true);
  });

  it('has UUID-shaped ids, unique across the catalog and identical on every build', () => {
    const brandIds = all.map((b) => b.brandId);
    const productIds = all.flatMap((b) => b.products.map((p) => p.productId));
    expect([...brandIds, ...productIds].filter((id) => !UUID.test(id))).toEqual([]);
    expect(new Set(brandIds).size).toBe(brandIds.length);
    expect(new Set(productIds).size).toBe(productIds.length);
    const again = createCatalog();
    expect(again.brands('DE').map((b) => [b.brandId, b.products.map((p) => p.productId)])).toEqual(
      catalog.brands('DE').map((b) => [b.brandId, b.products.map((p) => p.productId)]),
    );
  });

  it('names each brand once per country', () => {
    for (const { code } of COUNTRIES) {
      const names = catalog.brands(code).map((b) => b.brand.toLowerCase());
      expect(new Set(names).size, code).toBe(names.length);
    }
  });

  it('uses CDN-like logo slugs, shared by the country variants of a brand', () => {
    const misfits = all.filter(
      (b) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(b.logoSlug) || !/^#[0-9A-F]{6}$/i.test(b.bgColor) || !logoInfo(b.logoSlug),
    );
    expect(misfits.map((b) => b.logoSlug)).toEqual([]);
    expect(brand('US', 'Amazon.com').logoSlug).toBe('amazon-com');
    expect(brand('US', 'Google Play').logoSlug).toBe('google-play');
    expect(brand('DE', 'Steam').logoSlug).toBe(brand('US', 'Steam').logoSlug);
    expect(brand('GB', 'Lycamobile Bundle').logoSlug).toBe(brand('GB', 'Lycamobile Credits').logoSlug);
    const colours = new Map<string, Set<string>>();
    for (const b of all) colours.set(b.logoSlug, (colours.get(b.logoSlug) ?? new Set()).add(b.bgColor.toUpperCase()));
    for (const [slug, set] of colours) expect(set.size, `colours of ${slug}`).toBe(1);
  });

  it('describes brands with HTML snippets and plain-text terms', () => {
    const misfits = all.filter(
      (b) =>
        !b.description?.startsWith('<p') ||
        !b.howToRedeem?.startsWith('<ol><li>') ||
        !b.terms?.startsWith('<p>') ||
        b.productTc.length < 20 ||
        /[<>]/.test(b.productTc),
    );
    expect(misfits.map((b) => `${b.countryCode} ${b.brand}`)).toEqual([]);
    expect(brand('US', 'Airbnb').howToRedeem).toContain('<a href="https://www.airbnb.com">');
  });

  it('gives Twitch (US) hostile HTML for the storefront sanitiser to clean', () => {
    const twitch = brand('US', 'Twitch');
    expect(twitch.terms).toContain('<script>alert(1)</script>');
    expect(twitch.terms).toContain('onerror=');
    expect(twitch.howToRedeem).toContain('javascript:');
  });
});

describe('sandbox catalog: products', () => {
  it('reads fixed denominations like the upstream ("100 USD" shown as "$100")', () => {
    const amazon = brand('US', 'Amazon.com');
    const hundred = fixed(amazon).find((p) => p.denomination === '100 USD');
    expect(hundred).toMatchObject({ localizedDenomination: '$100', faceValue: 100, currency: 'USD', deliveryType: 'by_email' });
    expect(fixed(brand('DE', 'Amazon.de')).find((p) => p.denomination === '25 EUR')?.localizedDenomination).toBe('€25');
    const moneyBrands = all.filter((b) => b.category !== 'e-sim' && b.category !== 'mobile_bundle');
    const misread = moneyBrands.flatMap(fixed).filter((p) => p.denomination !== `${p.faceValue} ${p.currency}`);
    expect(misread).toEqual([]);
  });

  it('prices every product in the country currency, or in USD', () => {
    const misfits = all.flatMap((b) =>
      b.products
        .filter((p) => ![countryCurrency(b.countryCode), 'USD'].includes(p.currency) || (!p.isDynamic && !(p.faceValue > 0)))
        .map((p) => `${b.countryCode} ${b.brand} ${p.productId}`),
    );
    expect(misfits).toEqual([]);
    expect(fixed(brand('ID', 'Tokopedia'))[0]?.currency).toBe('IDR');
  });

  it('keeps open ranges on their step grid, in local currency', () => {
    expect(ranges(brand('US', 'Airbnb'))[0]?.range).toEqual({ min: 25, max: 500, step: 1, default: 100 });
    expect(fixed(brand('US', 'Airbnb')).length).toBeGreaterThan(0);
    expect(ranges(brand('US', 'Everything Apple'))[0]?.range).toMatchObject({ min: 2, max: 2000 });
    const idr = ranges(brand('ID', 'Airbnb'))[0];
    expect(idr?.currency).toBe('IDR');
    for (const p of all.flatMap(ranges)) {
      const { min, max, step, default: fallback } = p.range;
      expect(min).toBeLessThanOrEqual(fallback);
      expect(fallback).toBeLessThanOrEqual(max);
      for (const v of [min, max, fallback]) expect(Number.isInteger(Math.round((v / step) * 1e6) / 1e6)).toBe(true);
    }
  });

  it('delivers top-ups by phone, as fixed amounts and as open ranges', () => {
    const topUps = all.filter(isTopUp);
    expect(topUps.filter((b) => b.products.some((p) => p.deliveryType !== 'by_phone'))).toEqual([]);
    expect(new Set(topUps.map((b) => b.category))).toEqual(new Set(['mobile_credits', 'mobile_bundle', 'mobile_talk_time']));
    expect(ranges(brand('CO', 'Claro Credits')).length).toBe(1);
    expect(fixed(brand('US', 'AT&T')).length).toBeGreaterThan(0);
  });

  it('sells eSIM data plans by e-mail, with their allowance and validity', () => {
    const esims = all.filter((b) => b.category === 'e-sim');
    expect(new Set(esims.map((b) => b.countryCode)).size).toBe(COUNTRIES.length);
    const plan = /^(\d+(\.\d+)? GB|\d+ MB|Unlimited) \d+ days?$/;
    const misfits = esims.filter(
      (b) =>
        b.kind !== 'mobile_recharge' ||
        b.products.length === 0 ||
        b.products.some((p) => p.isDynamic || p.deliveryType !== 'by_email' || !plan.test(p.denomination) || !p.esim),
    );
    expect(misfits.map((b) => `${b.countryCode} ${b.brand}`)).toEqual([]);
    const global = brand('FR', 'eSIM');
    expect([global.minLabel, global.maxLabel]).toEqual(['1 GB 7 days', 'Unlimited 30 days']);
    expect(fixed(global).find((p) => p.denomination === 'Unlimited 3 days')?.esim).toEqual({ dataGb: -1, validityDays: 3 });
    expect(catalog.findBrand('FR', 'eSIM Europe')).toBeDefined();
  });

  it('labels each brand with its cheapest and dearest amounts', () => {
    expect([brand('US', 'Airbnb').minLabel, brand('US', 'Airbnb').maxLabel]).toEqual(['$25', '$500']);
    expect([brand('DE', 'Amazon.de').minLabel, brand('DE', 'Amazon.de').maxLabel]).toEqual(['€15', '€200']);
    expect(all.filter((b) => !b.minLabel || !b.maxLabel)).toEqual([]);
  });
});

describe('sandbox catalog: special brands for the order checks', () => {
  const us = catalog.brands('US');

  it('has out-of-stock brands in the US and elsewhere', () => {
    expect(us.filter((b) => b.isOutOfStock).map((b) => b.brand)).toContain('GameStop');
    expect(brand('DE', 'MediaMarkt').isOutOfStock).toBe(true);
  });

  it('has an inactive brand and two limited brands in the US', () => {
    expect(us.filter((b) => b.isInactive).map((b) => b.brand)).toEqual(['Chipotle']);
    expect(us.filter((b) => b.isLimited).map((b) => b.brand)).toEqual(['Roblox', 'Valorant']);
  });

  it('has e-money brands that require a login', () => {
    const binance = brand('US', 'Binance Gift Card');
    expect(binance).toMatchObject({ category: 'e-money', requiresLogin: true });
    expect(brand('DE', 'Paysafecard').requiresLogin).toBe(true);
    expect(all.filter((b) => b.requiresLogin).every((b) => b.category === 'e-money')).toBe(true);
  });
});

describe('sandbox catalog: look-ups', () => {
  it('finds brands by family or brand name, ignoring case', () => {
    expect(catalog.findBrands('US', { familyName: 'airbnb' }).map((b) => b.brand)).toEqual(['Airbnb']);
    expect(catalog.findBrands('US', { familyName: 'APPLE' }).map((b) => b.brand)).toEqual(['Everything Apple']);
    expect(catalog.findBrands('US', { familyName: 'everything apple' }).map((b) => b.brand)).toEqual(['Everything Apple']);
    expect(catalog.findBrands('US', { brandName: 'amazon.COM' }).map((b) => b.brand)).toEqual(['Amazon.com']);
    expect(
      catalog
        .findBrands('GB', { familyName: 'Lycamobile' })
        .map((b) => b.brand)
        .sort(),
    ).toEqual(['Lycamobile Bundle', 'Lycamobile Credits']);
    expect(catalog.findBrands('US', { familyName: 'no such brand' })).toEqual([]);
    expect(catalog.findBrands('US', {})).toEqual([]);
  });

  it('finds one brand by its exact name only', () => {
    expect(catalog.findBrand('US', 'steam')?.brand).toBe('Steam');
    expect(catalog.findBrand('US', 'Stea')).toBeUndefined();
  });
});

describe('sandbox catalog: homepage', () => {
  it('curates the US homepage in non-empty sections of US brands', () => {
    const sections = catalog.homepage('US');
    expect(sections.map((s) => s.id)).toEqual(expect.arrayContaining(['popular', 'gaming', 'mobile-topups', 'travel-esims']));
    for (const s of sections) {
      expect(s.title).not.toBe('');
      expect(s.brands.length).toBeGreaterThan(0);
      for (const b of s.brands) expect(b).toMatchObject({ countryCode: 'US', isOutOfStock: false, isInactive: false });
    }
  });

  it('shows fewer sections, never an empty one, for a country with few brands', () => {
    const sparse = catalog.homepage('AQ');
    expect(sparse.length).toBeGreaterThan(0);
    expect(sparse.length).toBeLessThan(catalog.homepage('US').length);
    for (const s of sparse) expect(s.brands.length).toBeGreaterThan(0);
  });
});

describe('sandbox catalog: scale', () => {
  it('adds thousands of varied synthetic brands deterministically, with logos', () => {
    const started = performance.now();
    const big = createCatalog({ scaleBrands: 3000, scaleCountry: 'US' });
    const us = big.brands('US');
    console.log(`scale catalog (3,000 extra brands) built in ${(performance.now() - started).toFixed(0)} ms`);
    expect(us.length).toBe(catalog.brands('US').length + 3000);
    const synthetic = us.slice(catalog.brands('US').length);
    expect(new Set(synthetic.map((b) => b.category)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(synthetic.map((b) => b.kind))).toEqual(new Set(['giftcard', 'mobile_recharge']));
    expect(synthetic.some((b) => b.isOutOfStock)).toBe(true);
    expect(synthetic.filter((b) => !logoInfo(b.logoSlug))).toEqual([]);
    const twin = createCatalog({ scaleBrands: 3000, scaleCountry: 'US' }).brands('US');
    expect(twin.map((b) => b.brandId)).toEqual(us.map((b) => b.brandId));
    expect(big.brands('DE').length).toBe(catalog.brands('DE').length);
  });

  it('builds the default catalog lazily and quickly', () => {
    const started = performance.now();
    const fresh = createCatalog();
    const created = performance.now() - started;
    for (const { code } of COUNTRIES) fresh.brands(code);
    console.log(
      `default catalog: created in ${created.toFixed(1)} ms, all 233 countries in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(fresh.brands('US')).toBe(fresh.brands('US'));
  });
});

describe('sandbox fx', () => {
  it('knows the currency and a rate for every supported country', () => {
    for (const { code } of COUNTRIES) expect(usdPerUnit(countryCurrency(code)), code).toBeGreaterThan(0);
    const sample = Object.fromEntries(['US', 'DE', 'GB', 'ID', 'NG', 'AX', 'JP', 'EC'].map((cc) => [cc, countryCurrency(cc)]));
    expect(sample).toEqual({ US: 'USD', DE: 'EUR', GB: 'GBP', ID: 'IDR', NG: 'NGN', AX: 'EUR', JP: 'JPY', EC: 'USD' });
  });

  it('uses plausible fixed rates and refuses unknown currencies', () => {
    expect(usdPerUnit('USD')).toBe(1);
    expect(usdPerUnit('EUR')).toBeGreaterThan(1);
    expect(usdPerUnit('EUR')).toBeLessThan(1.4);
    expect(usdPerUnit('IDR')).toBeLessThan(0.001);
    expect(() => usdPerUnit('XYZ')).toThrow();
    expect(() => countryCurrency('XX')).toThrow();
  });
});
