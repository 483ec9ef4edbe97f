import type { BrandOffer } from '@/lib/catalog/products';
import type { Selection } from '@/lib/catalog/selection';
import { DenominationOptions } from './denomination-options';
import { RangeAmount } from './range-amount';

interface OfferChoicesProps {
  offer: BrandOffer;
  legend: string;
  radioName: string;
  coin: string;
  selection: Selection | null;
  /** What the buyer typed into this brand's amount field (kept while a fixed amount is chosen). */
  amount: string;
  onSelect: (selection: Selection) => void;
}

/** One brand's choices: its fixed amounts or plans, and its open amount when it has one. */
export function OfferChoices({ offer, legend, radioName, coin, selection, amount, onSelect }: OfferChoicesProps) {
  const mine = selection?.brand === offer.brand ? selection : null;
  const hasFixed = offer.fixed.length > 0;
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-3 text-lg font-semibold">{legend}</legend>
      {hasFixed ? (
        <DenominationOptions
          name={radioName}
          choices={offer.fixed}
          coin={coin}
          selected={mine && 'denomination' in mine ? mine.denomination : undefined}
          disabled={offer.outOfStock}
          onSelect={(denomination) => onSelect({ brand: offer.brand, denomination })}
        />
      ) : null}
      {offer.range ? (
        <RangeAmount
          range={offer.range}
          value={amount}
          radioName={hasFixed ? radioName : undefined}
          selected={Boolean(mine && 'amount' in mine)}
          disabled={offer.outOfStock}
          onChange={(value) => onSelect({ brand: offer.brand, amount: value })}
        />
      ) : null}
    </fieldset>
  );
}
