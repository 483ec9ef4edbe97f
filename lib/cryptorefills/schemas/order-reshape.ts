// The order wire payloads (./order.ts) → the app's own order types (../order-types.ts). Field by field, so a
// field the upstream adds stays on the wire side until the app chooses to use it. Client-safe.
import { toOrderProblem } from '../errors';
import type { Deliverable, Order, OrderDelivery, OrderValidation } from '../order-types';
import type { WireDeliverable, WireOrder, WireOrderDelivery, WireValidationResponse } from './order-wire-types';

export function reshapeDeliverable(wire: WireDeliverable): Deliverable {
  return {
    denomination: wire.denomination,
    localizedDenomination: wire.localized_denomination,
    productValue: wire.product_value,
    family: wire.family,
    brandName: wire.brand_name,
    recipient: wire.beneficiary_account,
    countryCode: wire.country_code,
    deliveryType: wire.delivery_type,
    points: wire.points,
    coinAmount: wire.coin_amount,
    originalPrice: wire.original_price,
    currencyCode: wire.currency_code,
    pinCode: wire.pin_code,
    pinSerial: wire.pin_serial,
    securityCode: wire.security_code,
    barcodeImageUrl: wire.barcode_image_url,
    qrImageUrl: wire.qr_image_url,
    redeemInstructions: wire.redeem_instructions,
    howToRedeem: wire.how_to_redeem,
    operatorReference: wire.operator_reference,
    errorDescription: wire.error_description,
    failureReason: wire.failure_reason,
  };
}

export function reshapeOrderDelivery(wire: WireOrderDelivery): OrderDelivery {
  return {
    id: wire.id,
    state: wire.delivery_state,
    kind: wire.kind,
    deliverable: wire.deliverable && reshapeDeliverable(wire.deliverable),
  };
}

export function reshapeOrder(wire: WireOrder): Order {
  return {
    id: wire.order_id,
    state: wire.order_state,
    paymentState: wire.payment_state,
    createdAt: wire.created_at,
    paymentRequestedAt: wire.payment_requested_at,
    updatedAt: wire.updated_at,
    coin: wire.coin,
    network: wire.network,
    coinAmount: wire.coin_amount,
    originalCoinAmount: wire.original_coin_amount,
    originalPrice: wire.original_price,
    sentCoinAmount: wire.sent_coin_amount,
    receivedAmount: wire.received_amount,
    walletAddress: wire.wallet_address,
    paymentMethod: wire.payment_method,
    protocol: wire.payment_method_protocol,
    paymentVia: wire.payment_via,
    paymentId: wire.payment_id,
    paymentValue: wire.payment_value,
    qrText: wire.qr_text,
    qrUrl: wire.qr_url,
    deliveries: wire.deliveries.map(reshapeOrderDelivery),
    user: wire.user && { email: wire.user.email },
    isPaymentProcessorExternal: wire.is_payment_processor_external,
    refundWalletAddress: wire.refund_wallet_address,
    refund: wire.refund && { amount: wire.refund.amount, currency: wire.refund.currency, reason: wire.refund.reason },
    referenceId: wire.reference_id,
  };
}

/** `httpStatus`: the status the response came with (problems may arrive on a 4xx). */
export function reshapeValidation(wire: WireValidationResponse, httpStatus: number): OrderValidation {
  const problems = wire.problems.map(toOrderProblem);
  return {
    valid: problems.length === 0,
    problems,
    coin: wire.coin,
    coinAmount: wire.coin_amount,
    originalCoinAmount: wire.original_coin_amount,
    couponCode: wire.coupon_code,
    deliveries: wire.deliveries.map(reshapeOrderDelivery),
    httpStatus,
  };
}
