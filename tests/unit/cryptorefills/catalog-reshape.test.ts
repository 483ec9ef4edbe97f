import { describe, expect, it } from 'vitest';
import {
  BrandSchema,
  BrandsResponseSchema,
  HomepageResponseSchema,
  PriceResponseSchema,
  ProductFamilySchema,
  ProductSchema,
} from '@/lib/cryptorefills/schemas/catalog';
import {
  reshapeBrand,
  reshapeBrandDirectory,
  reshapeHomepage,
  reshapePriceQuote,
  reshapeProduct,
  reshapeProductFamily,
} from '@/lib/cryptorefills/schemas/catalog-reshape';
import type { Brand } from '@/lib/cryptorefills/types';
import * as fx from './fixtures';

const wireBrand = { ...fx.airbnbBrand, additional_categories: ['travel'] };

const airbnb: Brand = {
  id: '7d3f0c1e-2b4a-4c9e-9f10-3a5b6c7d8e9f',
  name: 'Airbnb',
  family: 'Airbnb',
  logoUrl: 'https://cdn.cryptorefills.com/logos_v2/airbnb.webp',
  logoBaseUrl: 'https://cdn.cryptorefills.com/logos_v2/airbnb',
  bgColor: '#FF5A5F',
  category: 'travel_flights',
  additionalCategories: ['travel'],
  kind: 'giftcard',
  outOfStock: false,
  countryCode: 'US',
  productType: 'physical',
  min: '$25',
  max: '$500',
};

const brand = (overrides: Record<string, unknown>) => ({ ...fx.airbnbBrand, ...overrides });

describe('reshapeBrand', () => {
  it('renames every wire field', () => {
    expect(reshapeBrand(BrandSchema.parse(wireBrand))).toStrictEqual(airbnb);
  });

  it('turns null min/max labels into absent ones', () => {
    const reshaped = reshapeBrand(BrandSchema.parse(brand({ min: null, max: null, is_out_of_stock: true })));
    expect(reshaped).toMatchObject({ min: undefined, max: undefined, outOfStock: true });
  });
});

describe('reshapeBrandDirectory', () => {
  it('keeps the full list, the categories and the popular brands', () => {
    const wire = BrandsResponseSchema.parse({
      ...fx.brandsResponse,
      categories: [{ kind: 'giftcard', category: 'travel_flights', popular_brands: [wireBrand], brands: [wireBrand] }],
      all_brands: [wireBrand],
      popular_brands: [wireBrand],
    });
    expect(reshapeBrandDirectory(wire, 'US')).toStrictEqual({
      countryCode: 'US',
      categories: [{ kind: 'giftcard', slug: 'travel_flights', brands: [airbnb], popularBrands: [airbnb] }],
      brands: [airbnb],
      popularBrands: [airbnb],
    });
  });

  it('rebuilds the full list from the categories, each brand once (by id, else by name), and falls back to the asked country', () => {
    const steam = brand({ brand_id: null, brand: 'Steam' });
    const wire = BrandsResponseSchema.parse({
      categories: [
        { category: 'travel_flights', brands: [wireBrand, steam] },
        { category: 'games', brands: [brand({ brand: 'Airbnb again' }), brand({ brand_id: null, brand: 'Steam' })] },
      ],
    });
    const directory = reshapeBrandDirectory(wire, 'DE');
    expect(directory.countryCode).toBe('DE');
    expect(directory.brands.map((b) => b.name)).toEqual(['Airbnb', 'Steam']);
    expect(directory.categories.map((c) => c.slug)).toEqual(['travel_flights', 'games']);
    expect(directory.popularBrands).toEqual([]);
  });
});

describe('reshapeHomepage', () => {
  it('reshapes the sections and their brands', () => {
    const wire = HomepageResponseSchema.parse({ country_code: 'US', sections: [{ title: 'Popular', brands: [wireBrand] }, {}] });
    expect(reshapeHomepage(wire, 'DE')).toStrictEqual({
      countryCode: 'US',
      sections: [
        { title: 'Popular', brands: [airbnb] },
        { title: undefined, brands: [] },
      ],
    });
    expect(reshapeHomepage(HomepageResponseSchema.parse({}), 'DE')).toStrictEqual({ countryCode: 'DE', sections: [] });
  });
});

const fixed = {
  id: '1b2c3d4e-0000-4000-8000-00000000a002',
  isRange: false,
  denomination: '100 USD',
  localizedDenomination: '$100',
  coin: 'USDC',
  coinAmount: '101.30',
  originalCoinAmount: '101.30',
  paymentMethod: 'USDC-MATIC',
  deliveryType: 'by_email',
  points: '9',
  productType: 'physical',
  faceValue: { currency: 'USD', amount: { type: 'fixed', price: '100' } },
};

const range = {
  id: '1b2c3d4e-0000-4000-8000-00000000a001',
  isRange: true,
  range: { min: 25, max: 500, currency: 'USD', stepSize: 1, default: '100.0' },
  coin: 'USDC',
  paymentMethod: 'USDC-MATIC',
  deliveryType: 'by_email',
  points: '4',
  productType: 'physical',
  faceValue: { currency: 'USD', amount: { type: 'range', min: '25.00', max: '500.00' } },
};

describe('reshapeProduct', () => {
  it('reshapes a fixed product', () => {
    const discounted = { ...fx.fixedProduct, coin_amount: '91.17' };
    expect(reshapeProduct(ProductSchema.parse(fx.fixedProduct))).toEqual(fixed);
    expect(reshapeProduct(ProductSchema.parse(discounted))).toEqual({ ...fixed, coinAmount: '91.17' });
  });

  it('reshapes a range product with its bounds, step and face value', () => {
    expect(reshapeProduct(ProductSchema.parse(fx.rangeProduct))).toEqual(range);
  });
});

describe('reshapeProductFamily', () => {
  it('reshapes the family, its texts and its products', () => {
    const wire = ProductFamilySchema.parse({
      ...fx.productsResponse[0],
      additional_categories: ['travel'],
      logo_base_url: 'https://cdn.cryptorefills.com/logos_v2/airbnb',
      bg_color: '#FF5A5F',
      product_type: 'physical',
      default_denomination: '100 USD',
      redeem_method: ['online'],
      rich_description: {
        markup: 'html',
        description: '<p>Stays</p>',
        how_to_redeem: '<ol><li>Redeem</li></ol>',
        term_and_conditions: '<p>Terms</p>',
        note: 'Note',
        brand_tagline: 'Belong anywhere',
        brand_use_case: 'Travel',
        brand_url: 'https://airbnb.com',
        locale: 'en',
      },
    });
    const { min: _min, max: _max, ...info } = airbnb;
    expect(reshapeProductFamily(wire)).toStrictEqual({
      ...info,
      defaultDenomination: '100 USD',
      plainTerms: 'Redeemable on airbnb.com ...',
      richDescription: {
        markup: 'html',
        description: '<p>Stays</p>',
        howToRedeem: '<ol><li>Redeem</li></ol>',
        termsAndConditions: '<p>Terms</p>',
        note: 'Note',
        tagline: 'Belong anywhere',
        useCase: 'Travel',
        url: 'https://airbnb.com',
        locale: 'en',
      },
      redeemMethods: ['online'],
      products: [reshapeProduct(ProductSchema.parse(fx.rangeProduct)), reshapeProduct(ProductSchema.parse(fx.fixedProduct))],
    });
  });
});

describe('reshapePriceQuote', () => {
  it('reshapes a quote', () => {
    expect(reshapePriceQuote(PriceResponseSchema.parse(fx.priceResponse))).toStrictEqual({
      productId: '1b2c3d4e-0000-4000-8000-00000000a001',
      isRange: true,
      range: { min: 25, max: 500, currency: 'USD', stepSize: 1, default: '100.0' },
      coin: 'USDC',
      coinAmount: '101.48',
      originalCoinAmount: '101.48',
      paymentMethod: 'USDC-MATIC',
      deliveryType: 'by_email',
      points: '9',
      productType: 'physical',
    });
  });
});
