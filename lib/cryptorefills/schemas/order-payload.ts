// The order as our routes hand it to the browser (GET /api/orders/{id}, each relayed SSE event): the app's
// own shape, checked again in the browser before the page uses it. Client-safe.
import { z } from 'zod';
import type { Deliverable, Order, OrderDelivery } from '../order-types';

/** Every field of `T`, each with a schema whose output fits it: a field added to the type must be added here. */
type ShapeOf<T> = { [K in keyof T]-?: z.ZodType<T[K]> };

const text = z.string().optional();

const deliverableShape = {
  denomination: text,
  localizedDenomination: text,
  productValue: z.number().optional(),
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
  deliverable: z.object(deliverableShape).optional(),
} satisfies ShapeOf<OrderDelivery>;

const orderShape = {
  id: z.string().min(1),
  state: z.string().min(1),
  paymentState: text,
  createdAt: z.number().optional(),
  paymentRequestedAt: z.number().optional(),
  updatedAt: z.number().optional(),
  coin: z.string().min(1),
  network: text,
  coinAmount: z.string().min(1),
  originalCoinAmount: text,
  originalPrice: text,
  sentCoinAmount: text,
  receivedAmount: text,
  walletAddress: z.string().nullable(),
  paymentMethod: text,
  protocol: text,
  paymentVia: text,
  paymentId: text,
  paymentValue: text,
  qrText: text,
  qrUrl: text,
  deliveries: z.array(z.object(deliveryShape)),
  user: z.object({ email: text }).optional(),
  isPaymentProcessorExternal: z.boolean().optional(),
  refundWalletAddress: text,
  refund: z.object({ amount: text, currency: text, reason: text }).optional(),
  referenceId: text,
} satisfies ShapeOf<Order>;

const OrderPayloadSchema = z.object(orderShape);

/** An order payload from our own routes (parsed JSON), or null when it is not one (e.g. `{}` on stop). */
export function parseOrderPayload(json: unknown): Order | null {
  const parsed = OrderPayloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
