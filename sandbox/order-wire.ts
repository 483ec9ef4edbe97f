// Orders and validation results → upstream wire JSON (§9, §10, §11): decimal strings, epoch-second strings.
import { randomUUID } from 'node:crypto';
import { deliveryStateFor, type DeliverableCodes, type Order, type OrderLine } from './order-model';
import { fiat, formatAtomic, isCoinSymbol, localizedAmount, plainNumber, type CoinSymbol } from './pricing';
import type { Evaluation, ResolvedLine } from './validation';

const epoch = (seconds: number) => String(seconds);

function codesWire(codes: DeliverableCodes, origin: string) {
  const { barcode, ...rest } = codes;
  return { ...rest, ...(barcode ? { barcode_image_url: `${origin}/barcodes/${barcode}.svg` } : {}) };
}

function deliverableWire(line: OrderLine, coin: CoinSymbol, revealCodes: boolean, origin: string) {
  return {
    denomination: line.denomination,
    localized_denomination: line.localizedDenomination,
    ...(line.productValue !== undefined ? { product_value: line.productValue } : {}),
    family: line.family,
    brand_name: line.brand,
    beneficiary_account: line.beneficiary,
    country_code: line.countryCode,
    delivery_type: line.deliveryType,
    points: line.points,
    coin_amount: formatAtomic(line.atomic, coin),
    original_price: plainNumber(line.faceValue),
    currency_code: line.currency,
    ...(revealCodes && line.codes ? codesWire(line.codes, origin) : {}),
  };
}

/** GET /v5/orders/{id}, the create response and every SSE event. */
export function orderWire(order: Order, origin: string) {
  const coin = order.network.coin;
  const deliveryState = deliveryStateFor(order.state);
  const createdAt = epoch(Math.floor(order.createdAtMs / 1000));
  return {
    order_id: order.id,
    order_state: order.state,
    payment_state: order.paymentState,
    created_at: createdAt,
    payment_requested_at: createdAt,
    updated_at: epoch(order.updatedAtSec),
    coin,
    network: order.network.name,
    coin_amount: formatAtomic(order.atomic, coin),
    original_coin_amount: formatAtomic(order.originalAtomic, coin),
    original_price: formatAtomic(order.originalAtomic, coin),
    sent_coin_amount: formatAtomic(order.sentAtomic, coin),
    wallet_address: order.walletAddress,
    payment_method: order.network.paymentMethod,
    payment_method_protocol: order.network.protocol,
    payment_via: 'USER_WALLET',
    payment_id: order.paymentId,
    payment_value: fiat(order.usd),
    qr_text: order.qrText,
    qr_url: `${origin}/v3/qrs/${order.id}`,
    user: { email: order.email },
    is_payment_processor_external: false,
    coupon_code: order.couponCode ?? null,
    ...(order.refundWalletAddress ? { refund_wallet_address: order.refundWalletAddress } : {}),
    deliveries: order.lines.map((line) => ({
      id: line.id,
      delivery_state: deliveryState,
      kind: line.kind,
      deliverable: deliverableWire(line, coin, deliveryState === 'Done', origin),
    })),
  };
}

export type OrderWire = ReturnType<typeof orderWire>;

function localizedOf(line: ResolvedLine): string | null {
  if (line.product && !line.product.isDynamic) return line.product.localizedDenomination;
  if (line.product && line.faceValue !== undefined) return localizedAmount(line.faceValue, line.product.currency);
  return line.input.localized_denomination ?? null;
}

function lineFiat(line: ResolvedLine): string | undefined {
  return line.faceValue !== undefined ? plainNumber(line.faceValue) : undefined;
}

/** Body of POST /v5/orders/validations (HTTP 200 even with problems). */
export function validationWire(evaluation: Evaluation) {
  const coin = evaluation.coin;
  const format = (atomic: number) => (isCoinSymbol(coin) ? formatAtomic(atomic, coin) : '0');
  const discount = evaluation.originalAtomic - evaluation.atomic;
  return {
    coin,
    coin_amount: format(evaluation.atomic),
    original_coin_amount: format(evaluation.originalAtomic),
    coupon_code: evaluation.coupon?.code ?? null,
    loyalty_summary: null,
    summary: {
      items: evaluation.lines.length,
      subtotal_coin_amount: format(evaluation.originalAtomic),
      discount_coin_amount: format(discount),
      total_coin_amount: format(evaluation.atomic),
      fiat_value: fiat(evaluation.usd),
      fiat_currency: 'USD',
    },
    deliveries: evaluation.lines.map((line) => ({
      id: randomUUID(),
      delivery_state: 'Created',
      kind: line.brand?.kind ?? null,
      deliverable: {
        denomination: line.input.denomination,
        localized_denomination: localizedOf(line),
        ...(line.input.product_value !== undefined && line.input.product_value !== null ? { product_value: line.input.product_value } : {}),
        family: line.brand?.family ?? null,
        brand_name: line.brand?.brand ?? line.input.brand_name,
        beneficiary_account: line.input.beneficiary_account,
        country_code: line.input.country_code,
        delivery_type: line.product?.deliveryType ?? null,
        points: line.points,
        coin_amount: format(line.atomic),
        original_price: lineFiat(line) ?? null,
        currency_code: line.product?.currency ?? null,
      },
    })),
    problems: evaluation.problems.length > 0 ? evaluation.problems : null,
  };
}
