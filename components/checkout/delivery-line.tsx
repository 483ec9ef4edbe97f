'use client';

import { useLocale, useTranslations } from 'next-intl';
import { itemLabel, type CartItem } from '@/lib/cart/cart';
import { formatFaceValue } from '@/lib/catalog/products';
import type { FormProblem } from '@/lib/checkout/responses';
import { countryName } from '@/lib/countries';
import { ProblemMessage } from './problem-message';

interface Props {
  item: CartItem;
  index: number;
  recipient: string;
  recipientError?: string;
  problems: FormProblem[];
  onRecipient: (value: string) => void;
  onRemove?: () => void;
}

/** One delivery: what it is, where it goes (e-mail, or phone for a top-up), and its problems. */
export function DeliveryLine({ item, index, recipient, recipientError, problems, onRecipient, onRemove }: Props) {
  const t = useTranslations('checkout');
  const locale = useLocale();
  // An open amount reads like the brand page's ("$30", "COP 5.000"); a fixed one keeps its upstream label.
  const label =
    item.productValue !== undefined && !item.localizedDenomination && !item.denomination
      ? formatFaceValue(item.productValue, item.currency, locale)
      : itemLabel(item);
  const byPhone = item.deliveryType === 'by_phone';
  const inputId = `recipient-${item.id}`;
  const errorId = `${inputId}-error`;
  const lineProblems = problems.filter((p) => p.line === index || (p.field === 'recipient' && p.line === undefined));
  return (
    <li className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4" aria-label={`${item.brand} ${label}`}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="font-semibold">
            {item.brand} <span className="font-normal">· {label}</span>
          </p>
          <p className="text-sm text-muted">{countryName(item.country, locale)}</p>
        </div>
        {onRemove ? (
          <button type="button" onClick={onRemove} className="text-sm text-primary-ink underline underline-offset-2">
            {t('remove', { item: item.brand })}
          </button>
        ) : null}
      </div>
      <label htmlFor={inputId} className="text-sm font-medium">
        {byPhone ? t('recipientPhone', { country: countryName(item.country, locale) ?? item.country }) : t('recipientEmail')}
      </label>
      <input
        id={inputId}
        type={byPhone ? 'tel' : 'email'}
        inputMode={byPhone ? 'tel' : 'email'}
        autoComplete={byPhone ? 'tel' : 'email'}
        value={recipient}
        onChange={(event) => onRecipient(event.target.value)}
        aria-invalid={recipientError ? true : undefined}
        aria-describedby={recipientError ? errorId : undefined}
        placeholder={byPhone ? t('phonePlaceholder') : t('emailPlaceholder')}
        className="rounded-lg border border-border bg-bg px-3 py-2"
      />
      {recipientError ? (
        <p id={errorId} className="text-sm text-danger">
          {recipientError}
        </p>
      ) : null}
      <ProblemMessage problems={lineProblems} />
    </li>
  );
}
