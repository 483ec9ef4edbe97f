// zod schema of the order body shared by POST /v5/orders/validations and POST /v5/orders (§8).
// Shape errors (wrong types, missing fields) are HTTP 400s; business rules become `problems` (validation.ts).
import { z } from 'zod';
import { isEmail } from './problems';

const email = z.string().trim().max(254).refine(isEmail, 'must be an e-mail address');

const productValue = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?$/, 'must be a number')
      .transform(Number),
  ])
  .nullable()
  .optional();

export const DeliveryInput = z.object({
  beneficiary_account: z.string().trim().min(1).max(254),
  brand_name: z.string().trim().min(1).max(200),
  country_code: z.string().trim().min(2).max(2),
  denomination: z.string().trim().min(1).max(200),
  localized_denomination: z.string().max(200).optional(),
  product_value: productValue,
});

export const OrderBody = z.object({
  email: email.optional(),
  full_name: z.string().trim().max(200).optional(),
  user: z
    .object({
      email,
      has_accepted_newsletter: z.boolean().optional(),
      full_name: z.string().trim().max(200).optional(),
    })
    .optional(),
  payment: z.object({
    type: z.literal('via'),
    payment_via: z.string().trim().min(1).max(50),
    coin: z.string().trim().min(1).max(20),
    network: z.string().trim().min(1).max(50).optional(),
  }),
  // More than 10 is a business problem (PRODUCT_COUNT_EXCEEDED); far more is a malformed request.
  deliveries: z.array(DeliveryInput).min(1).max(100),
  lang: z.string().max(10).optional(),
  promo_code: z.string().trim().max(64).optional(),
  coupon_code: z.string().trim().max(64).optional(),
  refund_wallet_address: z.string().trim().max(200).optional(),
  acquisition: z.object({ utm_source: z.string().max(200).optional() }).optional(),
});

export type OrderBody = z.infer<typeof OrderBody>;
export type DeliveryInput = z.infer<typeof DeliveryInput>;

/** The buyer's e-mail: `user.email` wins over the top-level `email`. */
export function buyerEmail(body: OrderBody): string | undefined {
  return body.user?.email ?? body.email;
}

export function fullName(body: OrderBody): string | undefined {
  const name = body.user?.full_name ?? body.full_name;
  return name && name.length > 0 ? name : undefined;
}

export function couponOf(body: OrderBody): string | undefined {
  const code = body.promo_code ?? body.coupon_code;
  return code && code.length > 0 ? code : undefined;
}
