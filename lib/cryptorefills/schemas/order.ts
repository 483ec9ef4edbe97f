// Order wire shapes (lib/cryptorefills/README.md): the request body (§8), the validation response (§9) and the order (§10–11), which is
// also the SSE payload (§13). Only lib/cryptorefills reads them: ./order-reshape turns them into the app's types.
import { z } from 'zod';
import { MAX_DELIVERIES_PER_ORDER } from '../constants';
import { ProblemsSchema } from './errors';
import { decimal, epochSeconds, looseDecimal, optionalFlag, optionalText } from './primitives';
import { RANGE_DENOMINATION } from './catalog';

const optionalDecimal = decimal.nullish().transform((value) => value ?? undefined);
const optionalLooseDecimal = looseDecimal.nullish().transform((value) => value ?? undefined);
const optionalEpoch = epochSeconds.nullish().transform((value) => value ?? undefined);

/** Display-only amounts (`product_value` on a delivery): a number or numeric string; anything else is dropped. */
const displayNumber = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value) => {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
  });

// ── Request body (ours; unknown keys are stripped so nothing unexpected is forwarded) ──

export const OrderUserSchema = z.object({
  email: z.email(),
  has_accepted_newsletter: z.boolean().optional(),
  /** Needed for stablecoins on Tron (FULLNAME_MISSING otherwise). */
  full_name: z.string().trim().min(1).max(200).optional(),
});

const utm = z.string().trim().min(1).max(200).optional();

export const OrderPaymentSchema = z.object({
  type: z.literal('via'),
  payment_via: z.string().trim().min(1),
  coin: z.string().trim().min(1),
  /** Exact network name from /v3/payment_vias; without it the upstream picks a default chain. */
  network: z.string().trim().min(1).optional(),
});

export const OrderDeliveryRequestSchema = z
  .object({
    /** E-mail for gift cards and eSIMs, E.164 phone number for `by_phone` top-ups. */
    beneficiary_account: z.string().trim().min(1).max(254),
    brand_name: z.string().trim().min(1),
    country_code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'),
    /** The exact fixed denomination ("100 USD") or the literal "range". */
    denomination: z.string().trim().min(1),
    localized_denomination: z.string().optional(),
    product_value: z
      .union([
        z.number().finite().positive(),
        z
          .string()
          .trim()
          .regex(/^\d+(\.\d+)?$/),
      ])
      .transform(Number)
      .optional(),
  })
  .refine((delivery) => (delivery.denomination === RANGE_DENOMINATION) === (delivery.product_value !== undefined), {
    message: 'product_value is required with denomination "range", and only then',
    path: ['product_value'],
  });

export const OrderRequestBodySchema = z.object({
  email: z.email().optional(),
  user: OrderUserSchema.optional(),
  payment: OrderPaymentSchema,
  deliveries: z.array(OrderDeliveryRequestSchema).min(1).max(MAX_DELIVERIES_PER_ORDER),
  lang: z.string().trim().min(2).max(10).optional(),
  promo_code: z.string().trim().min(1).optional(),
  coupon_code: z.string().trim().min(1).optional(),
  refund_wallet_address: z.string().trim().min(1).optional(),
  acquisition: z
    .object({ utm_source: utm, utm_medium: utm, utm_campaign: utm, utm_term: utm, utm_content: utm, utm_referrer: utm })
    .optional(),
});

/** Creation needs the buyer (`user.email`); validation accepts the body without it. */
export const CreateOrderBodySchema = OrderRequestBodySchema.extend({ user: OrderUserSchema });

// ── Responses ──

export const DeliverableSchema = z.looseObject({
  denomination: optionalText,
  localized_denomination: optionalText,
  product_value: displayNumber,
  family: optionalText,
  brand_name: optionalText,
  beneficiary_account: optionalText,
  country_code: optionalText,
  delivery_type: optionalText,
  points: optionalLooseDecimal,
  coin_amount: optionalDecimal,
  /** Fiat value of the delivery. */
  original_price: optionalLooseDecimal,
  currency_code: optionalText,
  /** The code once delivered; may be an http(s) URL to visit instead of a code. */
  pin_code: optionalText,
  pin_serial: optionalText,
  security_code: optionalText,
  barcode_image_url: optionalText,
  qr_image_url: optionalText,
  /** HTML fragments from the upstream: sanitise before rendering. */
  redeem_instructions: optionalText,
  how_to_redeem: optionalText,
  operator_reference: optionalText,
  error_description: optionalText,
  failure_reason: optionalText,
});

export const OrderDeliverySchema = z.looseObject({
  id: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((value) => (value == null ? undefined : String(value))),
  /** Vocabulary conflicts between sources (Created, WaitingForPayment, Done, Completed, Succeeded). */
  delivery_state: optionalText,
  kind: optionalText,
  deliverable: DeliverableSchema.nullish().transform((value) => value ?? undefined),
});

const deliveryList = z
  .array(OrderDeliverySchema)
  .nullish()
  .transform((value) => value ?? []);

export const ValidationResponseSchema = z.looseObject({
  coin: optionalText,
  /** Total to pay, in `coin`. */
  coin_amount: optionalDecimal,
  original_coin_amount: optionalDecimal,
  coupon_code: optionalText,
  loyalty_summary: z.unknown().optional(),
  summary: z.unknown().optional(),
  deliveries: deliveryList,
  problems: ProblemsSchema,
});

export const OrderSchema = z.looseObject({
  order_id: z.string().min(1),
  order_state: z.string().min(1),
  payment_state: optionalText,
  created_at: optionalEpoch,
  payment_requested_at: optionalEpoch,
  updated_at: optionalEpoch,
  coin: z.string().min(1),
  network: optionalText,
  /** Exact amount to pay, in `coin`. */
  coin_amount: decimal,
  original_coin_amount: optionalDecimal,
  original_price: optionalLooseDecimal,
  sent_coin_amount: optionalDecimal,
  received_amount: optionalLooseDecimal,
  /** Deposit address; for Lightning the BOLT11 invoice. Null when no payment could be set up. */
  wallet_address: z.string().nullable(),
  payment_method: optionalText,
  payment_method_protocol: optionalText,
  payment_via: optionalText,
  payment_id: optionalText,
  /** Fiat value of the order (number or string on the wire). */
  payment_value: optionalLooseDecimal,
  /** Payment URI for the QR code: BIP21, Solana Pay, EIP-681, `lightning:`, or a bare address. */
  qr_text: optionalText,
  qr_url: optionalText,
  deliveries: deliveryList,
  user: z
    .looseObject({ email: optionalText })
    .nullish()
    .transform((value) => value ?? undefined),
  is_payment_processor_external: optionalFlag,
  refund_wallet_address: optionalText,
  refund: z
    .looseObject({ amount: optionalLooseDecimal, currency: optionalText, reason: optionalText })
    .nullish()
    .transform((value) => value ?? undefined),
  reference_id: optionalText,
});
