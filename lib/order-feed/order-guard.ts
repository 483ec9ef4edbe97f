// The browser's check of an order from our own routes (GET /api/orders/{id}, each relayed SSE event). The server
// already validated the upstream's data with zod before sending it; this small guard only makes sure the page
// gets the app's order shape (and nothing else: an unknown field is dropped), without shipping zod to the
// browser (~28 KB gzip). Unit-tested against the zod/mini schema it replaced (tests/unit/order-feed/order-payload-schema.ts).
import type { Deliverable, Order, OrderDelivery, OrderRefund } from '@/lib/cryptorefills/types';

/** Reads one field: `undefined` for "absent", the value, or `INVALID`. */
type Field = (value: unknown) => unknown;
const INVALID = Symbol('invalid');

/** Every field of `T`, each with its check: a field added to the type must be added here. */
type ShapeOf<T> = { [K in keyof T]-?: Field };

const isText = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const optional =
  (read: Field): Field =>
  (value) =>
    value === undefined ? undefined : read(value);
const text: Field = optional((value) => (isText(value) ? value : INVALID));
const someText: Field = (value) => (isText(value) && value.length > 0 ? value : INVALID);
const count: Field = optional((value) => (isNumber(value) ? value : INVALID));
const flag: Field = optional((value) => (typeof value === 'boolean' ? value : INVALID));
const textOrNull: Field = (value) => (value === null || isText(value) ? value : INVALID);

/** The object with only the shape's fields (absent ones left out), or `INVALID`. */
function readObject(value: unknown, shape: Record<string, Field>): Record<string, unknown> | typeof INVALID {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return INVALID;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in shape) {
    const read = shape[key]!(source[key]);
    if (read === INVALID) return INVALID;
    if (read !== undefined) out[key] = read;
  }
  return out;
}
const object =
  (shape: Record<string, Field>): Field =>
  (value) =>
    readObject(value, shape);
const list =
  (item: Field): Field =>
  (value) => {
    if (!Array.isArray(value)) return INVALID;
    const out = value.map(item);
    return out.includes(INVALID) ? INVALID : out;
  };

const deliverableShape: ShapeOf<Deliverable> = {
  denomination: text,
  localizedDenomination: text,
  productValue: count,
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
};

const deliveryShape: ShapeOf<OrderDelivery> = {
  id: text,
  state: text,
  kind: text,
  deliverable: optional(object(deliverableShape)),
};

const refundShape: ShapeOf<OrderRefund> = { amount: text, currency: text, reason: text };

const orderShape: ShapeOf<Order> = {
  id: someText,
  state: someText,
  paymentState: text,
  createdAt: count,
  paymentRequestedAt: count,
  updatedAt: count,
  coin: someText,
  network: text,
  coinAmount: someText,
  originalCoinAmount: text,
  originalPrice: text,
  sentCoinAmount: text,
  receivedAmount: text,
  walletAddress: textOrNull,
  paymentMethod: text,
  protocol: text,
  paymentVia: text,
  paymentId: text,
  paymentValue: text,
  qrText: text,
  qrUrl: text,
  deliveries: list(object(deliveryShape)),
  user: optional(object({ email: text })),
  isPaymentProcessorExternal: flag,
  refundWalletAddress: text,
  refund: optional(object(refundShape)),
  referenceId: text,
};

/** An order payload from our own routes (parsed JSON), or null when it is not one (e.g. `{}` on stop). */
export function readOrderPayload(json: unknown): Order | null {
  const order = readObject(json, orderShape);
  return order === INVALID ? null : (order as unknown as Order);
}
