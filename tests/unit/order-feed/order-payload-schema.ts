// The reference for lib/order-feed/order-guard.ts: the order as our routes hand it to the browser (GET
// /api/orders/{id}, each relayed SSE event), as the zod/mini schema the browser ran before the guard replaced it
// (zod/mini cost the order page ~28 KB gzip). The guard is unit-tested to give this schema's verdict, field by field.
import { array, boolean, minLength, nullable, number, object, optional, string, type ZodMiniType } from 'zod/mini';
import type { Deliverable, Order, OrderDelivery } from '@/lib/cryptorefills/order-types';

/** Every field of `T`, each with a schema whose output fits it: a field added to the type must be added here. */
type ShapeOf<T> = { [K in keyof T]-?: ZodMiniType<T[K]> };

const text = optional(string());
const someText = string().check(minLength(1));

const deliverableShape = {
  denomination: text,
  localizedDenomination: text,
  productValue: optional(number()),
  family: text,
  brandName: text,
  recipient: text,
  countryCode: text,
  deliveryType: text,
  points: text,
  coinAmount: text,
  originalPrice: text,
  currencyCode: text,
  pinCode: text,
  pinSerial: text,
  securityCode: text,
  barcodeImageUrl: text,
  qrImageUrl: text,
  redeemInstructions: text,
  howToRedeem: text,
  operatorReference: text,
  errorDescription: text,
  failureReason: text,
} satisfies ShapeOf<Deliverable>;

const deliveryShape = {
  id: text,
  state: text,
  kind: text,
  deliverable: optional(object(deliverableShape)),
} satisfies ShapeOf<OrderDelivery>;

const orderShape = {
  id: someText,
  state: someText,
  paymentState: text,
  createdAt: optional(number()),
  paymentRequestedAt: optional(number()),
  updatedAt: optional(number()),
  coin: someText,
  network: text,
  coinAmount: someText,
  originalCoinAmount: text,
  originalPrice: text,
  sentCoinAmount: text,
  receivedAmount: text,
  walletAddress: nullable(string()),
  paymentMethod: text,
  protocol: text,
  paymentVia: text,
  paymentId: text,
  paymentValue: text,
  qrText: text,
  qrUrl: text,
  deliveries: array(object(deliveryShape)),
  user: optional(object({ email: text })),
  isPaymentProcessorExternal: optional(boolean()),
  refundWalletAddress: text,
  refund: optional(object({ amount: text, currency: text, reason: text })),
  referenceId: text,
} satisfies ShapeOf<Order>;

const OrderPayloadSchema = object(orderShape);

/** An order payload from our own routes (parsed JSON), or null when it is not one (e.g. `{}` on stop). */
export function parseOrderPayload(json: unknown): Order | null {
  const parsed = OrderPayloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
