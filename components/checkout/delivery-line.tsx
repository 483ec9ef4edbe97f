'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { itemLabel, type CartItem } from '@/lib/cart/cart';
import { formatFaceValue } from '@/lib/catalog/products';
import { recipientId, removeId } from '@/lib/checkout/blocking';
import type { FormProblem } from '@/lib/checkout/responses';
import { countryName } from '@/lib/countries';
import { ProblemMessage } from './problem-message';

interface Props {
  item: CartItem;
  index: number;
  recipient: string;
  recipientError?: string;
  problems: FormProblem[];
  /** The line's price in the chosen coin ("10.15 USDC"), once known. */
  price?: string;
  onRecipient: (value: string) => void;
  /** Takes the line out of the cart; without it (Buy now) "Remove" goes back to the brand page. */
  onRemove?: () => void;
}

/** An open amount reads like the brand page's ("$30", "COP 5.000"); a fixed one keeps its upstream label. */
export function lineLabel(item: CartItem, locale: string): string {
  return item.productValue !== undefined && !item.localizedDenomination && !item.denomination
    ? formatFaceValue(item.productValue, item.currency, locale)
    : itemLabel(item);
}

const remove = 'text-sm text-primary-ink underline underline-offset-2';

/** One delivery: what it is, its price, where it goes (e-mail, or phone for a top-up), and its problems. */
export function DeliveryLine({ item, index, recipient, recipientError, problems, price, onRecipient, onRemove }: Props) {
  const t = useTranslations('checkout');
  const locale = useLocale();
  const label = lineLabel(item, locale);
  const byPhone = item.deliveryType === 'by_phone';
  const inputId = recipientId(item.id);
  const errorId = `${inputId}-error`;
  // A problem about "a line" or "the recipient" that names none is shown at every line.
  const lineProblems = problems.filter(
    (p) => p.line === index || ((p.field === 'recipient' || p.field === 'line') && p.line === undefined),
  );
  return (
    <li className="flex flex-col gap-3 rounded-card border border-border bg-surface p-4" aria-label={`${item.brand} ${label}`}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="font-semibold">
            {item.brand} <span className="font-normal">· {label}</span>
          </p>
          <p className="text-sm text-muted">{countryName(item.country, locale)}</p>
        </div>
        <div className="flex flex-col items-end gap-1">
          {price ? (
            <p className="font-semibold" data-testid="line-price">
              {price}
            </p>
          ) : null}
          {onRemove ? (
            <button id={removeId(item.id)} type="button" onClick={onRemove} className={remove}>
              {t('remove', { item: item.brand })}
            </button>
          ) : (
            <Link id={removeId(item.id)} href={`/${item.country}/${item.slug}`} prefetch={false} className={remove}>
              {t('remove', { item: item.brand })}
            </Link>
          )}
        </div>
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
