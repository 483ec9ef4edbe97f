// The problem codes of lib/cryptorefills/README.md §9 and the sandbox's deterministic triggers for them.
import type { Json } from './http';

export const PROBLEM_CODES = [
  'AMOUNT_LESS_THEN_MINIMUM_ALLOWED',
  'MAXIMUM_AMOUNT_PER_ORDER_EXCEEDED',
  'DAILY_SPENDING_LIMIT_EXCEEDED',
  'MONTHLY_SPENDING_LIMIT_EXCEEDED',
  'PRODUCT_COUNT_EXCEEDED',
  'MULTIPLE_LIMITED_PRODUCT_SAME_ORDER',
  'NOT_AVAILABLE_PRODUCT',
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
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** HTTP-level errors (top-level `detail`), not entries of `problems`. */
export const SUSPENSION_CODES = ['SUSPENDED_COIN', 'SUSPENDED_NETWORK'] as const;
export type SuspensionCode = (typeof SUSPENSION_CODES)[number];

export interface Problem {
  problem: ProblemCode;
  moreDetails?: { [key: string]: Json | undefined };
}

const BY_LOWER = new Map<string, ProblemCode | SuspensionCode>(
  [...PROBLEM_CODES, ...SUSPENSION_CODES].map((code) => [code.toLowerCase(), code]),
);

/** `kyc_missing@example.com` or `kyc_missing+2@example.com` → KYC_MISSING (case-insensitive). */
export function emailTrigger(email: string): ProblemCode | SuspensionCode | undefined {
  const at = email.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = email.slice(0, at).split('+')[0] ?? '';
  return BY_LOWER.get(local.toLowerCase());
}

const DISPOSABLE_DOMAINS = new Set([
  'mailinator.com',
  'guerrillamail.com',
  '10minutemail.com',
  'yopmail.com',
  'tempmail.com',
  'trashmail.com',
  'sharklasers.com',
  'dispostable.com',
]);

/** Disposable-mail domains and the reserved `.invalid` TLD are refused. */
export function isRefusedEmailDomain(email: string): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return DISPOSABLE_DOMAINS.has(domain) || domain === 'invalid' || domain.endsWith('.invalid');
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

export const isEmail = (value: string) => EMAIL_PATTERN.test(value);
export const isE164 = (value: string) => E164_PATTERN.test(value);

export type CouponResult = { code: string; percent: number } | { problem: ProblemCode };

/**
 * `COUPON_*` codes trigger themselves; `SAVE<n>` (1–90) is a valid coupon worth n % off;
 * anything else is COUPON_NOT_FOUND.
 */
export function evaluateCoupon(raw: string): CouponResult {
  const code = raw.trim().toUpperCase();
  const triggered = BY_LOWER.get(code.toLowerCase());
  if (triggered?.startsWith('COUPON_')) return { problem: triggered as ProblemCode };
  const save = /^SAVE(\d{1,2})$/.exec(code);
  const percent = Number(save?.[1] ?? 0);
  if (percent >= 1 && percent <= 90) return { code, percent };
  return { problem: 'COUPON_NOT_FOUND' };
}

/** Human-readable reasons carried in `moreDetails.reason` for codes triggered without a natural cause. */
export function reasonFor(code: ProblemCode | SuspensionCode): string {
  return `Sandbox trigger for ${code}.`;
}
