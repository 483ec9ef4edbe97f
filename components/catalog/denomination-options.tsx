import { useLocale, useTranslations } from '@/lib/i18n/client';
import type { FixedChoice } from '@/lib/catalog/products';
import { formatCoinAmount } from '@/lib/order-display/amount-text';

interface DenominationOptionsProps {
  /** The radio group's name: one per page, so a single choice is selected across brands. */
  name: string;
  choices: FixedChoice[];
  coin: string;
  selected: string | undefined;
  disabled: boolean;
  onSelect: (denomination: string) => void;
}

export const CHOICE_CLASS =
  'flex cursor-pointer items-start gap-3 rounded-card border border-border bg-surface p-3 has-[:checked]:border-primary-ink has-[:checked]:bg-primary/10 has-[:checked]:ring-1 has-[:checked]:ring-primary-ink has-[:disabled]:cursor-not-allowed has-[:disabled]:border-dashed';

/** Fixed amounts (or eSIM plans) as real radio buttons, each with its price in the page's coin. */
export function DenominationOptions({ name, choices, coin, selected, disabled, onSelect }: DenominationOptionsProps) {
  const t = useTranslations('brandPage');
  const locale = useLocale();
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      {choices.map((choice) => (
        <li key={choice.productId}>
          <label className={CHOICE_CLASS}>
            <input
              type="radio"
              name={name}
              value={choice.denomination}
              checked={selected === choice.denomination}
              disabled={disabled}
              onChange={() => onSelect(choice.denomination)}
              className="mt-1 size-4 accent-primary-ink"
            />
            <span className="flex flex-col">
              <span className="font-medium">{choice.planText ?? choice.label}</span>
              {choice.coinAmount ? (
                <span className="text-sm text-muted">{t('priceIn', { amount: formatCoinAmount(choice.coinAmount, locale), coin })}</span>
              ) : null}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
