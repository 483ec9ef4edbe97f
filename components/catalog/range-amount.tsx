import { useFormatter, useLocale, useTranslations } from '@/lib/i18n/client';
import { useId } from 'react';
import { type RangeProblem, checkRangeAmount, nearestValidAmount } from '@/lib/catalog/range';
import { type RangeOption, formatFaceValue } from '@/lib/catalog/products';
import { CHOICE_CLASS } from './denomination-options';

interface RangeAmountProps {
  range: RangeOption;
  value: string;
  /** Shown with an "Other amount" radio when the brand also has fixed amounts. */
  radioName?: string;
  selected: boolean;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** An open amount with its bounds in the label, checked as the buyer types. */
export function RangeAmount({ range, value, radioName, selected, disabled, onChange }: RangeAmountProps) {
  const t = useTranslations('brandPage');
  const format = useFormatter();
  const locale = useLocale();
  const id = useId();
  const money = (amount: number) => formatFaceValue(amount, range.currency, locale);
  const check = value.trim() === '' ? null : checkRangeAmount(value, range);
  const problem = check && !check.ok ? check.reason : null;
  const errorId = `${id}-error`;

  const input = (
    <span className="flex flex-col gap-1">
      <label htmlFor={`${id}-amount`} className="font-medium">
        {t('amountLabel', { currency: range.currency ?? '', min: format.number(range.min), max: format.number(range.max) })}
      </label>
      <input
        id={`${id}-amount`}
        type="number"
        inputMode="decimal"
        min={range.min}
        max={range.max}
        step={range.stepSize ?? 'any'}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        // A click means "this amount"; a mere focus does not, so tabbing past keeps a chosen fixed amount.
        onClick={() => onChange(value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        className="w-full max-w-xs rounded-lg border border-border bg-surface px-3 py-2 text-fg aria-[invalid]:border-danger"
      />
      <span id={errorId} aria-live="polite" className="text-sm font-medium text-danger empty:hidden">
        {problem ? problemMessage(t, problem, range, value, money) : null}
      </span>
    </span>
  );

  if (!radioName) return input;
  return (
    <div className={`${CHOICE_CLASS} flex-col sm:flex-row`}>
      <label className="flex items-center gap-3">
        <input
          type="radio"
          name={radioName}
          value=""
          checked={selected}
          disabled={disabled}
          onChange={() => onChange(value)}
          className="size-4 accent-primary-ink"
        />
        <span className="font-medium">{t('otherAmount')}</span>
      </label>
      {input}
    </div>
  );
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

function problemMessage(t: Translate, problem: RangeProblem, range: RangeOption, value: string, money: (n: number) => string): string {
  const example = money(nearestValidAmount(value, range) ?? range.min);
  switch (problem) {
    case 'below_min':
      return t('amountErrors.below_min', { min: money(range.min) });
    case 'above_max':
      return t('amountErrors.above_max', { max: money(range.max) });
    case 'off_step':
      return t('amountErrors.off_step', { step: money(range.stepSize ?? 1), nearest: example });
    default:
      return t('amountErrors.invalid', { example });
  }
}
