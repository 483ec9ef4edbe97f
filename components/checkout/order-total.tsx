'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { FormProblem } from '@/lib/checkout/responses';
import type { PlaceState } from '@/lib/checkout/use-place-order';
import { ApiError, type useCheckoutValidation } from '@/lib/checkout/use-validation';
import { formatDecimal } from '@/lib/order-display/amounts';
import { ProblemMessage } from './problem-message';

interface Props {
  coin: string;
  network: string;
  validation: ReturnType<typeof useCheckoutValidation>;
  totalProblems: FormProblem[];
  place: PlaceState;
  canPlace: boolean;
  onConfirmNewPrice: (coinAmount: string) => void;
  onRetry: () => void;
}

/** The total in crypto (from validation), the place-order button, and what happened when pressed. */
export function OrderTotal({ coin, network, validation, totalProblems, place, canPlace, onConfirmNewPrice, onRetry }: Props) {
  const t = useTranslations('checkout');
  const locale = useLocale();
  const total = validation.data?.coinAmount;
  // "12.50 USDC" for people; the amount confirmed back to the server stays the wire string.
  // Each failure by its code, in the visitor's language; the server's English sentence is never shown.
  const placeError = (code: string, retryAfterSeconds?: number) =>
    code === 'ORDER_NOT_CONFIRMED'
      ? t('notConfirmed')
      : code === 'RATE_LIMITED' && retryAfterSeconds
        ? t('rateLimitedFor', { minutes: Math.ceil(retryAfterSeconds / 60) })
        : t.has(`placeErrors.${code}`)
          ? t(`placeErrors.${code}`)
          : t('placeErrors.other', { code });
  // Why there is no total: the shop's own state store is down, this connection checked too often, or the network.
  const totalError = (error: unknown) =>
    error instanceof ApiError && error.code === 'STORE_UNAVAILABLE'
      ? t('totalErrors.STORE_UNAVAILABLE')
      : error instanceof ApiError && error.code === 'RATE_LIMITED'
        ? t('totalErrors.RATE_LIMITED')
        : t('totalUnavailable');
  const inCoin = (amount: string) => t('amountInCoin', { amount: formatDecimal(amount, locale), coin });
  const ready = canPlace && validation.settled && validation.data?.valid === true && Boolean(total);
  const busy = place.kind === 'submitting' || place.kind === 'created';
  return (
    <aside
      aria-labelledby="total-heading"
      className="flex h-fit flex-col gap-4 rounded-card border border-border bg-surface p-5 lg:sticky lg:top-4"
    >
      <h2 id="total-heading" className="text-lg font-semibold">
        {t('totalHeading')}
      </h2>
      <div aria-live="polite" className="flex flex-col gap-1">
        {!canPlace ? (
          <p className="text-muted">{t('totalIncomplete')}</p>
        ) : !validation.settled ? (
          <p className="text-muted">{t('totalUpdating')}</p>
        ) : validation.error ? (
          <div className="flex flex-col items-start gap-2">
            <p className="text-danger">{totalError(validation.error)}</p>
            <button type="button" onClick={() => void validation.mutate()} className="text-primary-ink underline underline-offset-2">
              {t('checkAgain')}
            </button>
          </div>
        ) : total ? (
          <p>
            <span className="block text-sm text-muted">{t('youPay')}</span>
            <span className="text-2xl font-semibold" data-testid="order-total">
              {inCoin(total)}
            </span>
            <span className="block text-sm text-muted">{t('onNetwork', { network })}</span>
          </p>
        ) : null}
      </div>
      <ProblemMessage problems={totalProblems} />
      {place.kind === 'price_changed' ? (
        <div role="alert" className="flex flex-col gap-2 rounded-lg border border-danger p-3">
          <p>{t('priceChanged', { amount: inCoin(place.coinAmount) })}</p>
          <button
            type="button"
            onClick={() => onConfirmNewPrice(place.coinAmount)}
            className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg"
          >
            {t('confirmNewPrice', { amount: inCoin(place.coinAmount) })}
          </button>
        </div>
      ) : (
        <button
          type="submit"
          disabled={!ready || busy}
          aria-disabled={!ready || busy}
          className="rounded-lg bg-primary px-4 py-3 font-semibold text-primary-fg disabled:opacity-60"
        >
          {busy ? t('placing') : t('placeOrder')}
        </button>
      )}
      {place.kind === 'failed' ? (
        <div role="alert" className="flex flex-col gap-2 text-sm">
          <p className="text-danger">{placeError(place.code, place.retryAfterSeconds)}</p>
          <button type="button" onClick={onRetry} className="self-start text-primary-ink underline underline-offset-2">
            {t('tryAgain')}
          </button>
        </div>
      ) : null}
      <p className="text-xs text-muted">{t('windowNote')}</p>
    </aside>
  );
}
