// Where each upstream problem belongs on the checkout form. The words are in the message files
// (`problems.{CODE}`); unknown codes fall back to `problems.UNKNOWN` with the code shown.
import { KNOWN_PROBLEM_CODES, type KnownProblemCode } from '@/lib/cryptorefills/shared';

/** The part of the form a problem is shown next to. */
export const PROBLEM_FIELDS = ['line', 'recipient', 'email', 'coupon', 'payment', 'fullName', 'total', 'account'] as const;
export type ProblemField = (typeof PROBLEM_FIELDS)[number];

const FIELDS: Record<KnownProblemCode, ProblemField> = {
  AMOUNT_LESS_THEN_MINIMUM_ALLOWED: 'total',
  MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED: 'total',
  DAILY_SPENDING_LIMIT_EXCEEDED: 'account',
  MONTHLY_SPENDING_LIMIT_EXCEEDED: 'account',
  PRODUCT_COUNT_EXCEEDED: 'total',
  MULTIPLE_LIMITED_PRODUCT_SAME_ORDER: 'line',
  NOT_AVAILABLE_PRODUCT: 'line',
  PRODUCT_NOT_AVAILABLE: 'line',
  OUT_OF_STOCK: 'line',
  NOT_ACTIVE: 'line',
  INVALID_BENEFICIARY_ACCOUNT: 'recipient',
  INVALID_EMAIL_DOMAIN: 'email',
  NOT_ALLOWED_PAYMENT_VIA: 'payment',
  UNSUPPORTED_PROTOCOL_COIN_COMBINATION: 'payment',
  LOGIN_REQUIRED: 'account',
  COUPON_REQUIRES_LOGIN: 'coupon',
  COUPON_NOT_FOUND: 'coupon',
  COUPON_NOT_ACTIVE: 'coupon',
  COUPON_ALREADY_SPENT: 'coupon',
  COUPON_MAX_USAGE_REACHED: 'coupon',
  COUPON_EXPIRED: 'coupon',
  COUPON_BELOW_MIN_AMOUNT: 'coupon',
  COUPON_NOT_VALID_FOR_USER: 'coupon',
  COUPON_NOT_VALID_FOR_CATEGORY: 'coupon',
  COUPON_NOT_VALID_FOR_KIND: 'coupon',
  COUPON_NOT_VALID_FOR_BRAND: 'coupon',
  COUPON_NOT_VALID_FOR_COUNTRY: 'coupon',
  COUPON_NOT_VALID_FOR_STORE: 'coupon',
  KYC_MISSING: 'account',
  KYC_PENDING: 'account',
  VERIFICATION_REQUIRED: 'account',
  FULLNAME_MISSING: 'fullName',
  SUSPENDED_COIN: 'payment',
  SUSPENDED_NETWORK: 'payment',
};

export function isKnownProblemCode(code: string): code is KnownProblemCode {
  return (KNOWN_PROBLEM_CODES as readonly string[]).includes(code);
}

export function problemField(code: string): ProblemField {
  return isKnownProblemCode(code) ? FIELDS[code] : 'total';
}

/** The message key of a code: every documented code has its own sentence; others share a generic one. */
export function problemMessageKey(code: string): string {
  return isKnownProblemCode(code) ? code : 'UNKNOWN';
}
