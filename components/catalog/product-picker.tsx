'use client';

import { useTranslations } from '@/lib/i18n/client';
import { type ReactNode, useEffect, useState } from 'react';
import { type PickedProduct, resolveChoice, summarize } from '@/lib/catalog/picked';
import type { BrandOffer } from '@/lib/catalog/products';
import { type Selection, writeSelection } from '@/lib/catalog/selection';
import { usePrice } from '@/lib/catalog/use-price';
import { OfferChoices } from './offer-choices';
import { PriceSummary } from './price-summary';

export type { PickedProduct } from '@/lib/catalog/picked';

interface ProductPickerProps {
  country: string;
  coin: string;
  offers: BrandOffer[];
  initialSelection: Selection | null;
  /** Slot for the purchase step (e.g. a "Buy now" button), given the current choice; nothing renders without it. */
  renderAction?: (picked: PickedProduct | null) => ReactNode;
}

/** The brand page's interactive part: fixed amounts, plans or an open amount, and the price to pay. */
export function ProductPicker({ country, coin, offers, initialSelection, renderAction }: ProductPickerProps) {
  const t = useTranslations('brandPage');
  const [selection, setSelection] = useState(initialSelection);
  const [amounts, setAmounts] = useState<Record<string, string>>(() =>
    initialSelection && 'amount' in initialSelection ? { [initialSelection.brand]: initialSelection.amount } : {},
  );
  useSelectionInUrl(selection, offers.length > 1);

  const resolved = resolveChoice(offers, selection);
  const live = usePrice(resolved.kind === 'range' ? { country, brand: resolved.offer.brand, value: String(resolved.value), coin } : null);
  const { summary, picked } = summarize(resolved, offers, coin, live);

  const select = (next: Selection) => {
    setSelection(next);
    if ('amount' in next) setAmounts((previous) => ({ ...previous, [next.brand]: next.amount }));
  };
  const single = offers.length === 1;
  return (
    <div className="flex flex-col gap-6">
      {offers.map((offer) => (
        <OfferChoices
          key={offer.brand}
          offer={offer}
          legend={single ? t(offer.kind === 'esim' ? 'choosePlan' : 'chooseAmount') : offer.brand}
          radioName="choice"
          coin={coin}
          selection={selection}
          amount={amounts[offer.brand] ?? ''}
          onSelect={select}
        />
      ))}
      <PriceSummary state={summary} />
      {renderAction?.(picked)}
    </div>
  );
}

// The choice goes into the URL without a navigation, so a reload or a shared link keeps it.
function useSelectionInUrl(selection: Selection | null, multiBrand: boolean) {
  useEffect(() => {
    const { pathname, search, hash } = window.location;
    const params = writeSelection(search, selection, multiBrand).toString();
    const url = `${pathname}${params ? `?${params}` : ''}${hash}`;
    if (url !== `${pathname}${search}${hash}`) window.history.replaceState(null, '', url);
  }, [selection, multiBrand]);
}
