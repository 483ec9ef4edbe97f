// The brand page's choice lives in the URL (`?denomination=` or `?amount=`, plus `?brand=` when a family
// holds several brands), so a reload or a shared link shows the same choice. Pure and client-safe.
import type { BrandOffer } from './products';

export type Selection = { brand: string; denomination: string } | { brand: string; amount: string };

export interface SelectionParams {
  brand?: string | string[];
  denomination?: string | string[];
  amount?: string | string[];
}

const MAX_AMOUNT_LENGTH = 20;

function first(value: string | string[] | undefined): string | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
}

/** The choice the URL names, if it still exists among the offers; an amount is kept as typed (checked later). */
export function readSelection(offers: readonly BrandOffer[], params: SelectionParams): Selection | null {
  const brand = first(params.brand);
  const candidates = brand ? offers.filter((offer) => offer.brand === brand) : offers;
  const denomination = first(params.denomination);
  if (denomination) {
    const offer = candidates.find((o) => o.fixed.some((choice) => choice.denomination === denomination));
    return offer ? { brand: offer.brand, denomination } : null;
  }
  const amount = first(params.amount);
  if (amount) {
    const offer = candidates.find((o) => o.range);
    return offer ? { brand: offer.brand, amount: amount.slice(0, MAX_AMOUNT_LENGTH) } : null;
  }
  return null;
}

/** `search` with the selection written in (and any previous one removed); other params such as `coin` stay. */
export function writeSelection(search: string, selection: Selection | null, multiBrand: boolean): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const key of ['brand', 'denomination', 'amount']) params.delete(key);
  if (!selection) return params;
  if (multiBrand) params.set('brand', selection.brand);
  if ('denomination' in selection) params.set('denomination', selection.denomination);
  else if (selection.amount !== '') params.set('amount', selection.amount);
  return params;
}
