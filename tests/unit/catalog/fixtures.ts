// The catalog as the app sees it (after the reshape in lib/cryptorefills): the Airbnb family of
// ../cryptorefills/fixtures, in the app's own types.
import type { Product, ProductFamily } from '@/lib/cryptorefills/types';

export const rangeProduct: Product = {
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

export const fixedProduct: Product = {
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

export const airbnbFamily: ProductFamily = {
  id: '7d3f0c1e-2b4a-4c9e-9f10-3a5b6c7d8e9f',
  name: 'Airbnb',
  family: 'Airbnb',
  logoUrl: 'https://cdn.cryptorefills.com/logos_v2/airbnb.webp',
  category: 'travel_flights',
  additionalCategories: [],
  kind: 'giftcard',
  outOfStock: false,
  countryCode: 'US',
  defaultDenomination: '',
  plainTerms: 'Redeemable on airbnb.com ...',
  redeemMethods: [],
  products: [rangeProduct, fixedProduct],
};
