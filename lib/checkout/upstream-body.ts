// Our checkout request → the upstream's order body (cryptorefills-api.md §8).
import { RANGE_DENOMINATION } from '@/lib/cryptorefills/schemas/catalog';
import { USER_WALLET_VIA } from '@/lib/cryptorefills/schemas/payment';
import type { CreateOrderBody, OrderRequestBody } from '@/lib/cryptorefills/types';
import type { CheckoutItem, CheckoutRequest } from './request';

export interface Acquisition {
  /** The partner's own source (site configuration). */
  utmSource: string;
  /** UTM parameters the visitor arrived with (first touch), if any. */
  visitor?: Partial<Record<'utm_source' | 'utm_medium' | 'utm_campaign' | 'utm_term' | 'utm_content', string>>;
}

function delivery(item: CheckoutItem) {
  const base = { beneficiary_account: item.recipient, brand_name: item.brand, country_code: item.country };
  // A range product is ordered as the literal "range" plus its value: sending "100 USD" would buy a dearer SKU.
  if (item.productValue !== undefined) return { ...base, denomination: RANGE_DENOMINATION, product_value: item.productValue };
  return {
    ...base,
    denomination: item.denomination ?? '',
    ...(item.localizedDenomination ? { localized_denomination: item.localizedDenomination } : {}),
  };
}

export function toUpstreamOrderBody(request: CheckoutRequest, lang: string, acquisition: Acquisition): CreateOrderBody {
  const { utm_source: visitorSource, ...visitorRest } = acquisition.visitor ?? {};
  return {
    email: request.email,
    user: {
      email: request.email,
      has_accepted_newsletter: request.newsletter,
      ...(request.fullName ? { full_name: request.fullName } : {}),
    },
    payment: { type: 'via', payment_via: USER_WALLET_VIA, coin: request.coin, network: request.network },
    deliveries: request.items.map(delivery),
    lang,
    ...(request.coupon ? { promo_code: request.coupon } : {}),
    acquisition: {
      utm_source: acquisition.utmSource,
      ...visitorRest,
      ...(visitorSource ? { utm_referrer: visitorSource } : {}),
    },
  };
}

/** Validation takes the same body as creation. */
export function toUpstreamValidationBody(request: CheckoutRequest, lang: string, acquisition: Acquisition): OrderRequestBody {
  return toUpstreamOrderBody(request, lang, acquisition);
}
