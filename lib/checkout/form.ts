// The checkout form's state → the request our route handlers take, with the browser-side checks that
// catch mistakes before a round trip. Pure and client-safe, and without zod: the checks are small and by hand, the
// route handlers check again with zod (./request.ts) and answer problems the form shows.
import type { CartItem } from '@/lib/cart/cart';
import type { PhoneChecker } from './phone';
import type { CheckoutRequestInput, QuoteRequestInput } from './request';
import { needsFullName } from './payment-options';
import { refundAddressPart, type RefundAddressChecker, type RefundFieldIssue } from './refund-field';

export interface CheckoutFormState {
  items: CartItem[];
  /** Recipient as typed, per item id. */
  recipients: Record<string, string>;
  email: string;
  newsletter: boolean;
  coupon: string;
  fullName: string;
  coin: string;
  network: string;
  /** Optional; checked against the chosen network (./refund-address). */
  refundAddress: string;
  /** The upstream asked for the buyer's name (FULLNAME_MISSING) although this coin and network do not always need it. */
  nameAsked?: boolean;
}

/** `recipientPending`: a phone number typed while the phone checks (./phone.ts) are still loading. */
export type FieldIssue = 'email' | 'recipientEmail' | 'recipientPhone' | 'recipientPending' | 'fullName' | 'payment' | RefundFieldIssue;

export interface BuiltRequest {
  /** The order to place: null until everything it needs is there (see `issues`). */
  request: CheckoutRequestInput | null;
  /** What the price needs (products, coin, network) and whatever else is already valid: null without those. */
  quote: QuoteRequestInput | null;
  /** Per field: `email`, `fullName`, `payment`, or an item id. */
  issues: Record<string, FieldIssue>;
}

// zod 4's z.email() pattern, which the route handlers apply (./request.ts): the form says no to exactly what they would.
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** The address as typed, trimmed, is one the server takes (zod's z.email(); tests/unit/checkout/form-checks.test.ts). */
export const isEmail = (value: string) => EMAIL.test(value.trim());

type Recipient = { recipient: string } | { issue: FieldIssue };

function recipientOf(item: CartItem, typed: string, toE164: PhoneChecker | undefined): Recipient {
  if (item.deliveryType !== 'by_phone') return isEmail(typed) ? { recipient: typed } : { issue: 'recipientEmail' };
  const number = typed && toE164?.(typed, item.country);
  if (number) return { recipient: number };
  return { issue: typed && !toE164 ? 'recipientPending' : 'recipientPhone' };
}

/**
 * `checkRefund`: the refund address checks, once loaded (an address typed before is `refundPending` until then);
 * `toE164`: the phone checks, likewise (a number typed before is `recipientPending`).
 */
export function buildCheckoutRequest(state: CheckoutFormState, checkRefund?: RefundAddressChecker, toE164?: PhoneChecker): BuiltRequest {
  const issues: Record<string, FieldIssue> = {};
  if (!isEmail(state.email)) issues.email = 'email';
  const items = state.items.map((item) => {
    const typed =
      (state.recipients[item.id] ?? item.recipient ?? '').trim() || (item.deliveryType === 'by_email' ? state.email.trim() : '');
    const checked = recipientOf(item, typed, toE164);
    const recipient = 'recipient' in checked ? checked.recipient : undefined;
    if ('issue' in checked) issues[item.id] = checked.issue;
    return {
      country: item.country,
      brand: item.brand,
      deliveryType: item.deliveryType,
      ...(recipient ? { recipient } : {}),
      ...(item.productValue !== undefined
        ? { productValue: item.productValue }
        : {
            denomination: item.denomination,
            ...(item.localizedDenomination ? { localizedDenomination: item.localizedDenomination } : {}),
          }),
    };
  });
  const wantsName = state.nameAsked === true || needsFullName(state.coin, state.network);
  const hasName = state.fullName.trim().length >= 2;
  if (wantsName && !hasName) issues.fullName = 'fullName';
  if (!state.coin || !state.network) issues.payment = 'payment';
  const { refundAddress, issue: refundIssue } = refundAddressPart(state, state.refundAddress, checkRefund);
  if (refundIssue) issues.refundAddress = refundIssue;
  if (items.length === 0 || issues.payment) return { request: null, quote: null, issues };
  const quote = {
    ...(issues.email ? {} : { email: state.email.trim() }),
    newsletter: state.newsletter,
    coin: state.coin,
    network: state.network,
    items,
    ...(state.coupon.trim() ? { coupon: state.coupon.trim() } : {}),
    ...(wantsName && hasName ? { fullName: state.fullName.trim() } : {}),
    ...(refundAddress ? { refundAddress } : {}),
  };
  // Complete, the order to place is exactly what was priced (the same request, so the same validation).
  const complete = Object.keys(issues).length === 0;
  return { request: complete ? (quote as CheckoutRequestInput) : null, quote, issues };
}
