// The price of a checkout not yet filled in: a recipient the buyer has not typed yet is stood in for by a neutral
// one of the right kind, for this validation only (never for an order), and what the upstream says about that
// stand-in is dropped. The buyer's e-mail is simply left out: the validation accepts an order without its buyer.
import 'server-only';
import { getExampleNumber, type CountryCode } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import type { OrderProblem } from '@/lib/cryptorefills';
import type { CheckoutItem, CheckoutRequest, QuoteRequest } from '../request';

/** A reserved example domain (RFC 2606): nothing is ever sent there. */
export const STAND_IN_EMAIL = 'price-check@example.com';

/** What the stand-in may draw from the upstream: it is about the recipient, whom the buyer still has to give. */
const ABOUT_THE_RECIPIENT = new Set(['INVALID_BENEFICIARY_ACCOUNT', 'INVALID_EMAIL_DOMAIN']);

export type PricedRequest = Omit<CheckoutRequest, 'email'> & { email?: string };

function standIn(item: QuoteRequest['items'][number]): string {
  if (item.deliveryType === 'by_email') return STAND_IN_EMAIL;
  return getExampleNumber(item.country as CountryCode, examples)?.number ?? '+14155550100';
}

export function pricedRequest(quote: QuoteRequest): { request: PricedRequest; standIns: Set<number> } {
  const standIns = new Set<number>();
  const items: CheckoutItem[] = quote.items.map((item, index) => {
    if (item.recipient !== undefined) return { ...item, recipient: item.recipient };
    standIns.add(index);
    return { ...item, recipient: standIn(item) };
  });
  return { request: { ...quote, items }, standIns };
}

/** The problems that are the order's, not the stand-in recipients'. */
export function withoutStandInProblems(problems: readonly OrderProblem[], standIns: ReadonlySet<number>): OrderProblem[] {
  return problems.filter(
    (problem) => !(problem.deliveryIndex !== undefined && standIns.has(problem.deliveryIndex) && ABOUT_THE_RECIPIENT.has(problem.code)),
  );
}
