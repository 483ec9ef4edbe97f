// What a visitor who may not see the codes gets of an order: its status and amounts, nothing that redeems
// or identifies. Built from allow-lists, so a field the upstream adds tomorrow stays hidden. Client-safe.
import type { Order, OrderDelivery } from '@/lib/cryptorefills/types';

/** Fields that redeem a delivery: never shown to a visitor who has not proved the order's e-mail. */
export const CODE_FIELDS = [
  'pin_code',
  'pin_serial',
  'security_code',
  'barcode_image_url',
  'qr_image_url',
  'redeem_instructions',
  'how_to_redeem',
  'operator_reference',
] as const;

const PUBLIC_DELIVERABLE_FIELDS = [
  'denomination',
  'localized_denomination',
  'product_value',
  'family',
  'brand_name',
  'country_code',
  'delivery_type',
  'points',
  'coin_amount',
  'original_price',
  'currency_code',
] as const;

const PUBLIC_ORDER_FIELDS = [
  'order_id',
  'order_state',
  'payment_state',
  'created_at',
  'payment_requested_at',
  'updated_at',
  'coin',
  'network',
  'coin_amount',
  'original_coin_amount',
  'original_price',
  'sent_coin_amount',
  'received_amount',
  'wallet_address',
  'payment_method',
  'payment_method_protocol',
  'payment_via',
  'payment_value',
  'qr_text',
  'is_payment_processor_external',
] as const;

// Every field left out is optional on the wire (`undefined` in the schema's output), so the picked object
// is still a valid value of the type; the required ones are set explicitly below.
function pick<T extends object>(source: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

function redactDelivery(delivery: OrderDelivery): OrderDelivery {
  return {
    id: delivery.id,
    delivery_state: delivery.delivery_state,
    kind: delivery.kind,
    deliverable: delivery.deliverable && pick(delivery.deliverable, PUBLIC_DELIVERABLE_FIELDS),
  };
}

/** The order without codes, buyer e-mail, recipients or refund address. */
export function redactOrder(order: Order): Order {
  return {
    ...pick(order, PUBLIC_ORDER_FIELDS),
    order_id: order.order_id,
    order_state: order.order_state,
    coin: order.coin,
    coin_amount: order.coin_amount,
    wallet_address: order.wallet_address,
    deliveries: order.deliveries.map(redactDelivery),
  };
}
