// The app's order input → the upstream's order body (lib/cryptorefills/README.md §8). Validation takes the same body.
import { RANGE_DENOMINATION } from './catalog';
import type { WireCreateOrderBody, WireOrderRequestBody } from './order-wire-types';
import { USER_WALLET_VIA } from './payment';
import type { OrderInput, OrderItemInput } from '../order-types';

function delivery(item: OrderItemInput) {
  const base = { beneficiary_account: item.recipient, brand_name: item.brand, country_code: item.country };
  // A range product is ordered as the literal "range" plus its value: sending "100 USD" would buy a dearer SKU.
  if (item.productValue !== undefined) return { ...base, denomination: RANGE_DENOMINATION, product_value: item.productValue };
  return {
    ...base,
    denomination: item.denomination ?? '',
    ...(item.localizedDenomination ? { localized_denomination: item.localizedDenomination } : {}),
  };
}

/** The body for creation: the buyer is required. */
export function toOrderBody(input: OrderInput & { email: string }): WireCreateOrderBody;
/** The body for a validation, which may go without the buyer (`user`) to price an order not yet filled in. */
export function toOrderBody(input: OrderInput): WireOrderRequestBody;
export function toOrderBody(input: OrderInput): WireOrderRequestBody {
  const { utm_source: visitorSource, ...visitorRest } = input.acquisition.visitor ?? {};
  const { email } = input;
  return {
    ...(email
      ? {
          email,
          user: { email, has_accepted_newsletter: input.newsletter, ...(input.fullName ? { full_name: input.fullName } : {}) },
        }
      : {}),
    payment: { type: 'via', payment_via: USER_WALLET_VIA, coin: input.coin, network: input.network },
    deliveries: input.items.map(delivery),
    lang: input.lang,
    ...(input.coupon ? { promo_code: input.coupon } : {}),
    ...(input.refundAddress ? { refund_wallet_address: input.refundAddress } : {}),
    acquisition: {
      utm_source: input.acquisition.utmSource,
      ...visitorRest,
      ...(visitorSource ? { utm_referrer: visitorSource } : {}),
    },
  };
}
