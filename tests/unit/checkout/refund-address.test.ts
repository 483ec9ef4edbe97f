// The refund address in what the checkout sends: the form checks it against the chosen network as the buyer types,
// the request schema again against the request's own network, and the upstream body carries it.
import { describe, expect, it } from 'vitest';
import type { CartItem } from '@/lib/cart/cart';
import { buildCheckoutRequest, type CheckoutFormState } from '@/lib/checkout/form';
import { CheckoutRequestSchema, CreateOrderRequestSchema, fieldErrors } from '@/lib/checkout/request';
import { toOrderBody } from '@/lib/cryptorefills/schemas/order-body';
import { checkRefundAddress } from '@/lib/wallet/address';
import { CreateOrderBodySchema } from '@/lib/cryptorefills/schemas/order';

const SOLANA = 'EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v';
const EVM = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const TRON = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

const base = {
  email: 'buyer@example.com',
  coin: 'USDC',
  network: 'Solana',
  items: [{ country: 'US', brand: 'Airbnb', denomination: '100 USD', deliveryType: 'by_email', recipient: 'friend@example.com' }],
};
const parse = (patch: object) => CheckoutRequestSchema.safeParse({ ...base, ...patch });

describe('the checkout request schema', () => {
  it('takes an address on the request’s network, trimmed, and a blank one as none', () => {
    expect(parse({ refundAddress: ` ${SOLANA} ` }).data?.refundAddress).toBe(SOLANA);
    expect(parse({ network: 'Base', refundAddress: EVM }).data?.refundAddress).toBe(EVM);
    expect(parse({ coin: 'USDT', network: 'Tron', fullName: 'Ada Lovelace', refundAddress: TRON }).data?.refundAddress).toBe(TRON);
    const blank = parse({ refundAddress: '  ' });
    expect(blank.success).toBe(true);
    expect(blank.data).not.toHaveProperty('refundAddress', expect.anything());
  });

  it('refuses an address of another network, a broken checksum, and one for a network that takes none', () => {
    const refused = (patch: object) => {
      const result = parse(patch);
      return result.success ? undefined : fieldErrors(result.error).refundAddress;
    };
    expect(refused({ refundAddress: EVM })).toBe('must be an address on the chosen network');
    expect(refused({ network: 'Arbitrum', refundAddress: SOLANA })).toBe('must be an address on the chosen network');
    expect(refused({ network: 'Base', refundAddress: '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD' })).toBe(
      'has a typo: its checksum does not match',
    );
    expect(refused({ coin: 'BTC', network: 'Lightning', refundAddress: SOLANA })).toBe('the chosen network takes no refund address');
    expect(refused({ refundAddress: 'x'.repeat(101) })).toBeDefined();
  });

  it('refuses the same at creation', () => {
    const create = { ...base, attemptId: crypto.randomUUID(), expectedCoinAmount: '101.50' };
    expect(CreateOrderRequestSchema.safeParse({ ...create, refundAddress: SOLANA }).success).toBe(true);
    expect(CreateOrderRequestSchema.safeParse({ ...create, refundAddress: TRON }).success).toBe(false);
  });
});

describe('the checkout form', () => {
  const item: CartItem = {
    id: 'line-1',
    country: 'US',
    brand: 'Airbnb',
    denomination: '100 USD',
    deliveryType: 'by_email',
    recipient: 'friend@example.com',
  } as CartItem;
  const state = (patch: Partial<CheckoutFormState>): CheckoutFormState => ({
    items: [item],
    recipients: {},
    email: 'buyer@example.com',
    newsletter: false,
    coupon: '',
    fullName: '',
    coin: 'USDC',
    network: 'Solana',
    refundAddress: '',
    ...patch,
  });

  it('sends a valid address, none when blank', () => {
    expect(buildCheckoutRequest(state({ refundAddress: ` ${SOLANA}` }), checkRefundAddress).request?.refundAddress).toBe(SOLANA);
    expect(buildCheckoutRequest(state({}), checkRefundAddress).request).not.toHaveProperty('refundAddress');
  });

  it('holds the order back on an address that does not fit the chosen network, and checks again when it changes', () => {
    const onSolana = buildCheckoutRequest(state({ refundAddress: EVM }), checkRefundAddress);
    expect(onSolana).toMatchObject({ request: null, issues: { refundAddress: 'refundFormat' } });
    // The price is still checked, without the address.
    expect(onSolana.quote).not.toHaveProperty('refundAddress');
    expect(buildCheckoutRequest(state({ network: 'Base', refundAddress: EVM }), checkRefundAddress).issues).toEqual({});
    expect(
      buildCheckoutRequest(state({ network: 'Base', refundAddress: EVM.toLowerCase().replace('0x5a', '0x5A') }), checkRefundAddress).issues,
    ).toEqual({
      refundAddress: 'refundChecksum',
    });
  });

  it('holds the order back while the address checks load, and says nothing is wrong meanwhile', () => {
    const loading = buildCheckoutRequest(state({ refundAddress: SOLANA }));
    expect(loading).toMatchObject({ request: null, issues: { refundAddress: 'refundPending' } });
    expect(loading.quote).not.toHaveProperty('refundAddress');
    // No address typed: nothing to load, nothing to wait for.
    expect(buildCheckoutRequest(state({})).request).not.toBeNull();
  });

  it('ignores a typed address when the network takes none (Lightning)', () => {
    const built = buildCheckoutRequest(state({ coin: 'BTC', network: 'Lightning', refundAddress: SOLANA }), checkRefundAddress);
    expect(built.issues).toEqual({});
    expect(built.request).not.toHaveProperty('refundAddress');
  });
});

describe('the upstream order body', () => {
  const input = {
    email: 'buyer@example.com',
    newsletter: false,
    coin: 'USDC',
    network: 'Solana',
    items: [{ country: 'US', brand: 'Airbnb', denomination: '100 USD', recipient: 'friend@example.com' }],
    lang: 'en',
    acquisition: { utmSource: 'partner-shop' },
  };

  it('carries the refund address as refund_wallet_address, and leaves it out when there is none', () => {
    const body = toOrderBody({ ...input, refundAddress: SOLANA });
    expect(body.refund_wallet_address).toBe(SOLANA);
    expect(CreateOrderBodySchema.parse(body).refund_wallet_address).toBe(SOLANA);
    expect(toOrderBody(input)).not.toHaveProperty('refund_wallet_address');
  });
});
