// What the checkout form sends to our route handlers (our own shape, not the upstream's): checked with zod
// before anything is forwarded. Client-safe.
import { z } from 'zod';
import { isSupportedCountry } from '@/lib/countries';
import { MAX_DELIVERIES_PER_ORDER } from '@/lib/cryptorefills/shared';
import { refineRefundAddress, RefundAddressField } from './refund-address';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL_MAX = 254;

const CheckoutItemFields = z.object({
  country: z.string().refine(isSupportedCountry, 'unsupported country'),
  brand: z.string().trim().min(1).max(200),
  /** Fixed products: the exact upstream denomination ("100 USD"). */
  denomination: z.string().trim().min(1).max(200).optional(),
  localizedDenomination: z.string().trim().max(200).optional(),
  /** Range products: the face value in the product's currency. */
  productValue: z.number().positive().max(1e9).optional(),
  deliveryType: z.enum(['by_email', 'by_phone']),
  recipient: z.string().trim().min(1).max(EMAIL_MAX),
});

function checkItem(item: { denomination?: string; productValue?: number; deliveryType: string; recipient?: string }, ctx: z.RefinementCtx) {
  if ((item.denomination === undefined) === (item.productValue === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['denomination'], message: 'give either a denomination or a product value' });
  }
  if (item.recipient === undefined) return;
  const valid = item.deliveryType === 'by_phone' ? E164.test(item.recipient) : z.email().safeParse(item.recipient).success;
  if (!valid)
    ctx.addIssue({
      code: 'custom',
      path: ['recipient'],
      message: item.deliveryType === 'by_phone' ? 'must be an E.164 phone number' : 'must be an e-mail address',
    });
}

export const CheckoutItemSchema = CheckoutItemFields.superRefine(checkItem);

const CheckoutFieldsSchema = z.object({
  email: z.email().max(EMAIL_MAX),
  fullName: z.string().trim().max(200).optional(),
  newsletter: z.boolean().default(false),
  coupon: z
    .string()
    .trim()
    .max(64)
    .regex(/^[A-Za-z0-9_-]*$/, 'letters, digits, - and _ only')
    .optional(),
  coin: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9.]{2,10}$/),
  network: z.string().trim().min(1).max(50),
  items: z.array(CheckoutItemSchema).min(1).max(MAX_DELIVERIES_PER_ORDER),
  refundAddress: RefundAddressField,
});
/** The refund address is checked against the request's own coin and network; the create schema extends this. */
export const CheckoutRequestSchema = CheckoutFieldsSchema.superRefine(refineRefundAddress);

export const CreateOrderRequestSchema = CheckoutRequestSchema.extend({
  /** One per checkout attempt, made by the browser: a double click or a retry reuses it. */
  attemptId: z.uuid(),
  /** The total the buyer saw and accepted, as the validation gave it. */
  expectedCoinAmount: z.string().regex(/^\d{1,12}(\.\d{1,18})?$/),
});

/**
 * What the price needs: the products, coin and network. The buyer's e-mail and the recipients are sent once
 * typed and valid; the order cannot be placed without them, but its price can be shown.
 */
export const QuoteRequestSchema = CheckoutFieldsSchema.extend({
  email: z.email().max(EMAIL_MAX).optional(),
  items: z
    .array(CheckoutItemFields.extend({ recipient: CheckoutItemFields.shape.recipient.optional() }).superRefine(checkItem))
    .min(1)
    .max(MAX_DELIVERIES_PER_ORDER),
}).superRefine(refineRefundAddress);

export type CheckoutItem = z.output<typeof CheckoutItemSchema>;
export type CheckoutRequest = z.output<typeof CheckoutRequestSchema>;
export type CheckoutRequestInput = z.input<typeof CheckoutRequestSchema>;
export type QuoteRequest = z.output<typeof QuoteRequestSchema>;
export type QuoteRequestInput = z.input<typeof QuoteRequestSchema>;
export type CreateOrderRequest = z.output<typeof CreateOrderRequestSchema>;

/** zod issues as `{ field: message }`, e.g. `{ "items.0.recipient": "must be an e-mail address" }`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join('.') || '(body)'] ??= issue.message;
  return out;
}
