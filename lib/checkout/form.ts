// The checkout form's state → the request our route handlers take, with the browser-side checks that
// catch mistakes before a round trip. Pure and client-safe (except toE164's metadata, which is small).
import { z } from 'zod';
import type { CartItem } from '@/lib/cart/cart';
import { toE164 } from './phone';
import type { CheckoutRequestInput } from './request';
import { needsFullName } from './payment-options';
import { refundAddressPart, type RefundFieldIssue } from './refund-address';

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
}

export type FieldIssue = 'email' | 'recipientEmail' | 'recipientPhone' | 'fullName' | RefundFieldIssue;

export interface BuiltRequest {
  request: CheckoutRequestInput | null;
  /** Per field: `email`, `fullName`, or an item id. */
  issues: Record<string, FieldIssue>;
}

const isEmail = (value: string) => z.email().safeParse(value.trim()).success;

export function buildCheckoutRequest(state: CheckoutFormState): BuiltRequest {
  const issues: Record<string, FieldIssue> = {};
  if (!isEmail(state.email)) issues.email = 'email';
  const items = state.items.map((item) => {
    const typed =
      (state.recipients[item.id] ?? item.recipient ?? '').trim() || (item.deliveryType === 'by_email' ? state.email.trim() : '');
    const recipient = item.deliveryType === 'by_phone' ? toE164(typed, item.country) : isEmail(typed) ? typed : undefined;
    if (!recipient) issues[item.id] = item.deliveryType === 'by_phone' ? 'recipientPhone' : 'recipientEmail';
    return {
      country: item.country,
      brand: item.brand,
      deliveryType: item.deliveryType,
      recipient: recipient ?? '',
      ...(item.productValue !== undefined
        ? { productValue: item.productValue }
        : {
            denomination: item.denomination,
            ...(item.localizedDenomination ? { localizedDenomination: item.localizedDenomination } : {}),
          }),
    };
  });
  const wantsName = needsFullName(state.coin, state.network);
  if (wantsName && state.fullName.trim().length < 2) issues.fullName = 'fullName';
  const { refundAddress, issue: refundIssue } = refundAddressPart(state, state.refundAddress);
  if (refundIssue) issues.refundAddress = refundIssue;
  if (Object.keys(issues).length > 0 || items.length === 0 || !state.coin || !state.network) return { request: null, issues };
  return {
    request: {
      email: state.email.trim(),
      newsletter: state.newsletter,
      coin: state.coin,
      network: state.network,
      items,
      ...(state.coupon.trim() ? { coupon: state.coupon.trim() } : {}),
      ...(wantsName ? { fullName: state.fullName.trim() } : {}),
      ...(refundAddress ? { refundAddress } : {}),
    },
    issues,
  };
}
