// The wire's fixed words the browser needs too, as plain values: no zod here, so importing them (through
// ../shared.ts) never brings the schemas into a page's JavaScript.

export const BRAND_KINDS = ['giftcard', 'mobile_recharge', 'nft_giftcard'] as const;
export type KnownBrandKind = (typeof BRAND_KINDS)[number];

export const DELIVERY_TYPES = ['by_email', 'by_phone'] as const;
export type KnownDeliveryType = (typeof DELIVERY_TYPES)[number];

/** The literal sent as `denomination` for an open-value (range) product, together with `product_value`. */
export const RANGE_DENOMINATION = 'range';

/** The payment via storefronts use: the buyer pays to a deposit address from their own wallet. */
export const USER_WALLET_VIA = 'USER_WALLET';

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
