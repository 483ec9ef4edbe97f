// What a visitor who may not see the codes gets of an order: its status and amounts, nothing that redeems
// or identifies. Built from allow-lists, so a field the upstream adds tomorrow stays hidden. Client-safe.
import type { Deliverable, Order, OrderDelivery } from '@/lib/cryptorefills/types';

/** Fields that redeem a delivery: never shown to a visitor who has not proved the order's e-mail. */
export const CODE_FIELDS = [
  'pinCode',
  'pinSerial',
  'securityCode',
  'barcodeImageUrl',
  'qrImageUrl',
  'redeemInstructions',
  'howToRedeem',
  'operatorReference',
] as const satisfies readonly (keyof Deliverable)[];

const PUBLIC_DELIVERABLE_FIELDS = [
  'denomination',
  'localizedDenomination',
  'productValue',
  'family',
  'brandName',
  'countryCode',
  'deliveryType',
  'points',
  'coinAmount',
  'originalPrice',
  'currencyCode',
] as const satisfies readonly (keyof Deliverable)[];

const PUBLIC_ORDER_FIELDS = [
  'id',
  'state',
  'paymentState',
  'createdAt',
  'paymentRequestedAt',
  'updatedAt',
  'coin',
  'network',
  'coinAmount',
  'originalCoinAmount',
  'originalPrice',
  'sentCoinAmount',
  'receivedAmount',
  'walletAddress',
  'paymentMethod',
  'protocol',
  'paymentVia',
  'paymentValue',
  'qrText',
  'isPaymentProcessorExternal',
] as const satisfies readonly (keyof Order)[];

// Every field left out is optional in the type, so the picked object is still a valid value of it; the
// required ones are set explicitly below.
function pick<T extends object>(source: T, keys: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const key of keys) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out as T;
}

function redactDelivery(delivery: OrderDelivery): OrderDelivery {
  return {
    id: delivery.id,
    state: delivery.state,
    kind: delivery.kind,
    deliverable: delivery.deliverable && pick(delivery.deliverable, PUBLIC_DELIVERABLE_FIELDS),
  };
}

/** The order without codes, buyer e-mail, recipients or refund address. */
export function redactOrder(order: Order): Order {
  return {
    ...pick(order, PUBLIC_ORDER_FIELDS),
    id: order.id,
    state: order.state,
    coin: order.coin,
    coinAmount: order.coinAmount,
    walletAddress: order.walletAddress,
    deliveries: order.deliveries.map(redactDelivery),
  };
}
