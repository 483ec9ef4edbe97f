import { describe, expect, it } from 'vitest';
import { OrderSchema, ValidationResponseSchema } from '@/lib/cryptorefills/schemas/order';
import { reshapeDeliverable, reshapeOrder, reshapeValidation } from '@/lib/cryptorefills/schemas/order-reshape';
import { DeliverableSchema } from '@/lib/cryptorefills/schemas/order';
import * as fx from './fixtures';

/** A deliverable with every field the wire documents, plus one it does not. */
const wireDeliverable = {
  denomination: 'range',
  localized_denomination: '$100',
  product_value: '100',
  family: 'Airbnb',
  brand_name: 'Airbnb',
  beneficiary_account: 'friend@example.com',
  country_code: 'US',
  delivery_type: 'by_email',
  points: 9,
  coin_amount: 101.48,
  original_price: '92.30',
  currency_code: 'USD',
  pin_code: 'ABCD-EFGH-JKLM',
  pin_serial: '000123',
  security_code: '9876',
  barcode_image_url: 'https://cdn.example.com/barcodes/1.png',
  qr_image_url: 'LPA:1$rsp.example$CODE',
  redeem_instructions: '<ol><li>Go to airbnb.com/redeem</li></ol>',
  how_to_redeem: '<p>Redeem</p>',
  operator_reference: 'OPR-1',
  error_description: 'none',
  failure_reason: 'none either',
  secret_new_field: 'SECRET-FROM-TOMORROW',
};

const appDeliverable = {
  denomination: 'range',
  localizedDenomination: '$100',
  productValue: 100,
  family: 'Airbnb',
  brandName: 'Airbnb',
  recipient: 'friend@example.com',
  countryCode: 'US',
  deliveryType: 'by_email',
  points: '9',
  coinAmount: '101.48',
  originalPrice: '92.30',
  currencyCode: 'USD',
  pinCode: 'ABCD-EFGH-JKLM',
  pinSerial: '000123',
  securityCode: '9876',
  barcodeImageUrl: 'https://cdn.example.com/barcodes/1.png',
  qrImageUrl: 'LPA:1$rsp.example$CODE',
  redeemInstructions: '<ol><li>Go to airbnb.com/redeem</li></ol>',
  howToRedeem: '<p>Redeem</p>',
  operatorReference: 'OPR-1',
  errorDescription: 'none',
  failureReason: 'none either',
};

/** An order with every field the wire documents, plus one it does not. */
const wireOrder = {
  ...fx.waitingOrder,
  order_state: 'Done',
  payment_state: 'PaymentCompleted',
  payment_requested_at: 1767225660,
  updated_at: '2026-01-01T00:15:00Z',
  original_coin_amount: '101.50',
  sent_coin_amount: '101.48',
  received_amount: 92.3,
  payment_method_protocol: 'SOLANA_LIKE',
  refund_wallet_address: 'RefundAddr1111',
  refund: { amount: 1.5, currency: 'USDC', reason: 'overpaid', extra: true },
  reference_id: 'REF-1',
  memo: '12345',
  deliveries: [{ id: 42, delivery_state: 'Done', kind: 'giftcard', deliverable: wireDeliverable }],
};

describe('reshapeOrder', () => {
  it('maps every wire field to its app field, and nothing else', () => {
    expect(reshapeOrder(OrderSchema.parse(wireOrder))).toStrictEqual({
      id: fx.ORDER_ID,
      state: 'Done',
      paymentState: 'PaymentCompleted',
      createdAt: 1767225600,
      paymentRequestedAt: 1767225660,
      updatedAt: 1767226500,
      coin: 'USDC',
      network: 'Solana',
      coinAmount: '101.48',
      originalCoinAmount: '101.50',
      originalPrice: '101.48',
      sentCoinAmount: '101.48',
      receivedAmount: '92.3',
      walletAddress: '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin',
      paymentMethod: 'USDC-SOL',
      protocol: 'SOLANA_LIKE',
      paymentVia: 'USER_WALLET',
      paymentId: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      paymentValue: '92.3',
      qrText: fx.waitingOrder.qr_text,
      qrUrl: fx.waitingOrder.qr_url,
      deliveries: [{ id: '42', state: 'Done', kind: 'giftcard', deliverable: appDeliverable }],
      user: { email: 'buyer@example.com' },
      isPaymentProcessorExternal: false,
      refundWalletAddress: 'RefundAddr1111',
      refund: { amount: '1.5', currency: 'USDC', reason: 'overpaid' },
      referenceId: 'REF-1',
    });
  });

  it('leaves out what the wire left out or sent as null', () => {
    const order = reshapeOrder(
      OrderSchema.parse({ ...fx.waitingOrder, user: null, network: null, wallet_address: null, deliveries: [{ deliverable: null }] }),
    );
    expect(order).toMatchObject({ walletAddress: null, deliveries: [{}] });
    expect(order.user).toBeUndefined();
    expect(order.network).toBeUndefined();
    expect(order.deliveries[0]?.deliverable).toBeUndefined();
    expect(order.refund).toBeUndefined();
  });
});

describe('reshapeDeliverable', () => {
  it('maps every wire field to its app field, and nothing else', () => {
    expect(reshapeDeliverable(DeliverableSchema.parse(wireDeliverable))).toStrictEqual(appDeliverable);
  });
});

describe('reshapeValidation', () => {
  it('maps the total, the coupon, the deliveries and the problems', () => {
    const problems = [{ problem: 'OUT_OF_STOCK' }, { problem: 'COUPON_EXPIRED', moreDetails: { delivery_index: 0 } }];
    const wire = ValidationResponseSchema.parse({ ...fx.validationResponse, coupon_code: 'SAVE10', problems });
    expect(reshapeValidation(wire, 422)).toStrictEqual({
      valid: false,
      problems: [{ code: 'OUT_OF_STOCK' }, { code: 'COUPON_EXPIRED', moreDetails: { delivery_index: 0 }, deliveryIndex: 0 }],
      coin: 'USDC',
      coinAmount: '101.30',
      originalCoinAmount: '101.30',
      couponCode: 'SAVE10',
      deliveries: [
        {
          id: 'a1b2c3d4-1111-4222-8333-444455556666',
          state: 'Created',
          kind: 'giftcard',
          deliverable: expect.objectContaining({ brandName: 'Airbnb', recipient: 'buyer@example.com', originalPrice: '22.1678' }),
        },
      ],
      httpStatus: 422,
    });
  });

  it('is valid without problems', () => {
    const result = reshapeValidation(ValidationResponseSchema.parse(fx.validationResponse), 200);
    expect(result).toMatchObject({ valid: true, problems: [], couponCode: undefined, httpStatus: 200 });
  });
});
