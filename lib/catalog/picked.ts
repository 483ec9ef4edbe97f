// From the picker's selection to what the summary says and what an order would need. Pure, client-safe.
import type { BrandOffer, FixedChoice, RangeOption } from './products';
import { checkRangeAmount } from './range';
import type { Selection } from './selection';

export type ResolvedChoice =
  | { kind: 'none' }
  | { kind: 'sold-out'; brand: string }
  | { kind: 'fixed'; offer: BrandOffer; choice: FixedChoice }
  | { kind: 'range'; offer: BrandOffer; range: RangeOption; value: number }
  /** An amount that is empty or fails the range check (the field itself says why). */
  | { kind: 'range-unfinished' };

export type SummaryState =
  | { kind: 'prompt'; prompt: 'choose' | 'choose-plan' | 'enter' }
  | { kind: 'pending' }
  | { kind: 'price'; coinAmount: string; coin: string }
  | { kind: 'error'; code: string; status: number }
  | { kind: 'out-of-stock'; brand: string };

/** What the buyer has chosen, in the terms an order needs. */
export type PickedProduct = { brand: string; productId: string; coin: string; coinAmount?: string } & (
  { kind: 'fixed'; denomination: string } | { kind: 'range'; productValue: number }
);

export interface LiveQuote {
  price?: { coin: string; coinAmount: string };
  error?: { code: string; status: number };
  pending: boolean;
}

function promptFor(offers: readonly BrandOffer[]): 'choose' | 'choose-plan' | 'enter' {
  if (!offers.some((offer) => offer.fixed.length > 0)) return 'enter';
  return offers.every((offer) => offer.kind === 'esim') ? 'choose-plan' : 'choose';
}

export function resolveChoice(offers: readonly BrandOffer[], selection: Selection | null): ResolvedChoice {
  const offer = offers.find((o) => o.brand === selection?.brand);
  if (offer?.outOfStock) return { kind: 'sold-out', brand: offer.brand };
  if (offers.length > 0 && offers.every((o) => o.outOfStock)) return { kind: 'sold-out', brand: offers[0]?.brand ?? '' };
  if (!offer || !selection) return { kind: 'none' };
  if ('denomination' in selection) {
    const choice = offer.fixed.find((c) => c.denomination === selection.denomination);
    return choice ? { kind: 'fixed', offer, choice } : { kind: 'none' };
  }
  const check = offer.range ? checkRangeAmount(selection.amount, offer.range) : undefined;
  if (!offer.range || !check?.ok) return { kind: 'range-unfinished' };
  return { kind: 'range', offer, range: offer.range, value: check.value };
}

export function summarize(
  resolved: ResolvedChoice,
  offers: readonly BrandOffer[],
  coin: string,
  live: LiveQuote,
): { summary: SummaryState; picked: PickedProduct | null } {
  switch (resolved.kind) {
    case 'sold-out':
      return { summary: { kind: 'out-of-stock', brand: resolved.brand }, picked: null };
    case 'none':
      return { summary: { kind: 'prompt', prompt: promptFor(offers) }, picked: null };
    case 'range-unfinished':
      return { summary: { kind: 'prompt', prompt: 'enter' }, picked: null };
    case 'fixed': {
      const { offer, choice } = resolved;
      const summary: SummaryState = choice.coinAmount
        ? { kind: 'price', coinAmount: choice.coinAmount, coin }
        : { kind: 'error', code: 'NO_PRICE', status: 0 };
      const picked: PickedProduct = {
        brand: offer.brand,
        productId: choice.productId,
        coin,
        kind: 'fixed',
        denomination: choice.denomination,
      };
      return { summary, picked: choice.coinAmount ? { ...picked, coinAmount: choice.coinAmount } : picked };
    }
    case 'range': {
      const picked: PickedProduct = {
        brand: resolved.offer.brand,
        productId: resolved.range.productId,
        coin,
        kind: 'range',
        productValue: resolved.value,
      };
      if (live.pending) return { summary: { kind: 'pending' }, picked };
      if (live.error) return { summary: { kind: 'error', code: live.error.code, status: live.error.status }, picked };
      if (!live.price) return { summary: { kind: 'pending' }, picked };
      const { coinAmount } = live.price;
      return { summary: { kind: 'price', coinAmount, coin: live.price.coin }, picked: { ...picked, coinAmount } };
    }
  }
}
