// Error and problem shapes (lib/cryptorefills/README.md §9, §14). Client-safe.
import { z } from 'zod';

/** One validation problem: `{problem: "UPPER_SNAKE_CODE", moreDetails?}`. `moreDetails` is data, never display text. */
export const ProblemSchema = z.looseObject({
  problem: z.string().min(1),
  moreDetails: z.unknown().optional(),
});

/** `problems` is `null` when an order is valid (observed), `[]` also possible; both come out as `[]`. */
export const ProblemsSchema = z
  .array(ProblemSchema)
  .nullish()
  .transform((value) => value ?? []);

/** A body that carries validation problems, on a 200 or on a 4xx. */
export const ProblemsEnvelopeSchema = z.looseObject({
  problems: z.array(ProblemSchema),
});

/**
 * A top-level HTTP error body: `{status, detail, moreDetails?}` (DOC); `status` seen as number and as
 * string; `{message}`, `{error_code}` and `{reason}` bodies also occur. Every field optional: this is
 * read on a best-effort basis, never required.
 */
export const ErrorBodySchema = z.looseObject({
  status: z.union([z.number(), z.string()]).optional(),
  detail: z.string().optional(),
  moreDetails: z.unknown().optional(),
  reason: z.string().optional(),
  error_code: z.string().optional(),
  message: z.string().optional(),
});

/** Problem and error codes documented upstream (others may appear; codes are open strings). */
export const KNOWN_PROBLEM_CODES = [
  'AMOUNT_LESS_THEN_MINIMUM_ALLOWED',
  'MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED',
  'DAILY_SPENDING_LIMIT_EXCEEDED',
  'MONTHLY_SPENDING_LIMIT_EXCEEDED',
  'PRODUCT_COUNT_EXCEEDED',
  'MULTIPLE_LIMITED_PRODUCT_SAME_ORDER',
  'NOT_AVAILABLE_PRODUCT',
  'PRODUCT_NOT_AVAILABLE',
  'OUT_OF_STOCK',
  'NOT_ACTIVE',
  'INVALID_BENEFICIARY_ACCOUNT',
  'INVALID_EMAIL_DOMAIN',
  'NOT_ALLOWED_PAYMENT_VIA',
  'UNSUPPORTED_PROTOCOL_COIN_COMBINATION',
  'LOGIN_REQUIRED',
  'COUPON_REQUIRES_LOGIN',
  'COUPON_NOT_FOUND',
  'COUPON_NOT_ACTIVE',
  'COUPON_ALREADY_SPENT',
  'COUPON_MAX_USAGE_REACHED',
  'COUPON_EXPIRED',
  'COUPON_BELOW_MIN_AMOUNT',
  'COUPON_NOT_VALID_FOR_USER',
  'COUPON_NOT_VALID_FOR_CATEGORY',
  'COUPON_NOT_VALID_FOR_KIND',
  'COUPON_NOT_VALID_FOR_BRAND',
  'COUPON_NOT_VALID_FOR_COUNTRY',
  'COUPON_NOT_VALID_FOR_STORE',
  'KYC_MISSING',
  'KYC_PENDING',
  'VERIFICATION_REQUIRED',
  'FULLNAME_MISSING',
  'SUSPENDED_COIN',
  'SUSPENDED_NETWORK',
] as const;
export type KnownProblemCode = (typeof KNOWN_PROBLEM_CODES)[number];

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** True for strings shaped like the upstream's machine codes ("SUSPENDED_COIN"), not free text. */
export function isUpperSnakeCode(value: string): boolean {
  return value.length <= 80 && UPPER_SNAKE.test(value);
}
