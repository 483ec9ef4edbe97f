// Wire payloads from lib/cryptorefills/README.md (§3–11), as the upstream sends them. Tests derive variants from these.

export const paymentVias = [
  {
    name: 'USER_WALLET',
    available: true,
    currencies: [
      {
        name: 'USDC',
        is_suspended: false,
        networks: [
          {
            name: 'Solana',
            threshold: '0.562099175481640',
            base_token: 'SOL',
            smart_contract_engine: 'SVM',
            smart_contract: { engine: 'SVM', address: 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v', decimals: 6, symbol: 'USDC' },
          },
          { name: 'Base', threshold: '1', base_token: 'ETH' },
        ],
      },
      { name: 'BTC', is_suspended: false, networks: [{ name: 'Mainnet' }, { name: 'Lightning' }] },
    ],
  },
];

export const airbnbBrand = {
  brand_id: '7d3f0c1e-2b4a-4c9e-9f10-3a5b6c7d8e9f',
  brand: 'Airbnb',
  family: 'Airbnb',
  logo_url: 'https://cdn.cryptorefills.com/logos_v2/airbnb.webp',
  logo_base_url: 'https://cdn.cryptorefills.com/logos_v2/airbnb',
  bg_color: '#FF5A5F',
  min: '$25',
  max: '$500',
  category: 'travel_flights',
  additional_categories: [],
  kind: 'giftcard',
  is_out_of_stock: false,
  country_code: 'US',
  product_type: 'physical',
  brand_tags: [],
};

export const brandsResponse = {
  country_code: 'US',
  last_user_purchases: [],
  suggestions: [],
  categories: [{ kind: 'giftcard', category: 'travel_flights', popular_brands: [], brands: [airbnbBrand] }],
  all_brands: [airbnbBrand],
};

export const rangeProduct = {
  product_id: '1b2c3d4e-0000-4000-8000-00000000a001',
  is_dynamic: true,
  range: { min: 25, max: 500, currency: 'USD', step_size: 1, default: '100.0' },
  coin: 'USDC',
  payment_method: 'USDC-MATIC',
  delivery_type: 'by_email',
  points: '4',
  product_type: 'physical',
  face_value: { currency_code: 'USD', amount: { type: 'range', min: '25.00', max: '500.00' } },
};

export const fixedProduct = {
  product_id: '1b2c3d4e-0000-4000-8000-00000000a002',
  is_dynamic: false,
  denomination: '100 USD',
  localized_denomination: '$100',
  coin: 'USDC',
  coin_amount: '101.30',
  original_coin_amount: '101.30',
  payment_method: 'USDC-MATIC',
  delivery_type: 'by_email',
  points: '9',
  product_type: 'physical',
  face_value: { currency_code: 'USD', amount: { type: 'fixed', price: '100' } },
};

export const productsResponse = [
  {
    country_code: 'US',
    category: 'travel_flights',
    additional_categories: [],
    kind: 'giftcard',
    default_denomination: '',
    family: 'Airbnb',
    brand: 'Airbnb',
    brand_id: '7d3f0c1e-2b4a-4c9e-9f10-3a5b6c7d8e9f',
    is_out_of_stock: false,
    logo_url: 'https://cdn.cryptorefills.com/logos_v2/airbnb.webp',
    product_tc: 'Redeemable on airbnb.com ...',
    products: [rangeProduct, fixedProduct],
  },
];

export const priceResponse = {
  product_id: '1b2c3d4e-0000-4000-8000-00000000a001',
  is_dynamic: true,
  range: { min: 25, max: 500, currency: 'USD', step_size: 1, default: '100.0' },
  coin: 'USDC',
  coin_amount: '101.48',
  original_coin_amount: '101.48',
  payment_method: 'USDC-MATIC',
  delivery_type: 'by_email',
  points: '9',
  product_type: 'physical',
};

export const validationResponse = {
  coin: 'USDC',
  coin_amount: '101.30',
  original_coin_amount: '101.30',
  coupon_code: null,
  loyalty_summary: null,
  deliveries: [
    {
      id: 'a1b2c3d4-1111-4222-8333-444455556666',
      delivery_state: 'Created',
      kind: 'giftcard',
      deliverable: {
        denomination: '100 USD',
        localized_denomination: '$100',
        family: 'Airbnb',
        brand_name: 'Airbnb',
        beneficiary_account: 'buyer@example.com',
        country_code: 'US',
        delivery_type: 'by_email',
        points: '9',
        coin_amount: '101.30',
        original_price: '22.1678',
        currency_code: 'USD',
      },
    },
  ],
  problems: null,
};

export const ORDER_ID = '5f0e8a52-6c1d-4e8b-9a77-2d1c3b4a5e60';

export const waitingOrder = {
  order_id: ORDER_ID,
  order_state: 'WaitingForPayment',
  payment_state: 'WalletCreated',
  created_at: '1767225600',
  payment_requested_at: '1767225600',
  updated_at: '1767225600',
  coin: 'USDC',
  network: 'Solana',
  coin_amount: '101.48',
  original_price: '101.48',
  sent_coin_amount: '0',
  wallet_address: '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin',
  payment_method: 'USDC-SOL',
  payment_via: 'USER_WALLET',
  payment_id: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  payment_value: 92.3,
  qr_text: 'solana:9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin?amount=101.48&spl-token=EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v',
  qr_url: `https://api.cryptorefills.com:443/v3/qrs/${ORDER_ID}`,
  user: { email: 'buyer@example.com' },
  is_payment_processor_external: false,
  deliveries: [
    {
      id: 'a1b2c3d4-1111-4222-8333-444455556666',
      delivery_state: 'WaitingForPayment',
      kind: 'giftcard',
      deliverable: {
        denomination: 'range',
        product_value: 100,
        family: 'Airbnb',
        brand_name: 'Airbnb',
        beneficiary_account: 'buyer@example.com',
        country_code: 'US',
        delivery_type: 'by_email',
        points: '9',
        coin_amount: '101.48',
        currency_code: 'USD',
      },
    },
  ],
};

const BOLT11 = 'lnbc328330n1pjexample0000000000000000000000000000000000000000000000000000';

export const lightningOrder = {
  ...waitingOrder,
  coin: 'BTC',
  network: 'Lightning',
  coin_amount: '0.00032833',
  original_price: '0.00032833',
  wallet_address: BOLT11,
  payment_method: 'BTC-LIGHTNING',
  payment_method_protocol: 'LIGHTNING_LIKE',
  payment_value: 22.1678,
  qr_text: `lightning:${BOLT11}`,
};

export const doneOrder = {
  ...waitingOrder,
  order_state: 'Done',
  payment_state: 'PaymentCompleted',
  updated_at: '1767226500',
  sent_coin_amount: '101.48',
  deliveries: [
    {
      id: 'a1b2c3d4-1111-4222-8333-444455556666',
      delivery_state: 'Done',
      kind: 'giftcard',
      deliverable: {
        denomination: '100 USD',
        family: 'Airbnb',
        brand_name: 'Airbnb',
        country_code: 'US',
        beneficiary_account: 'buyer@example.com',
        delivery_type: 'by_email',
        pin_code: 'ABCD-EFGH-JKLM',
        pin_serial: '000123',
        barcode_image_url: 'https://cdn.cryptorefills.com/barcodes/abc.png',
        redeem_instructions: '<ol><li>Go to airbnb.com/redeem</li></ol>',
      },
    },
  ],
};
