'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatCoinAmount } from '@/lib/order-display/amount-text';
import type { Reason } from '@/lib/checkout/blocking';
import type { PlaceState } from '@/lib/checkout/use-place-order';
import { ApiError, type useCheckoutValidation } from '@/lib/checkout/use-validation';
import { compareDecimals, subtractDecimals } from '@/lib/order-display/amounts';
import { BlockedSummary } from './blocked-summary';

interface Props {
  coin: string;
  network: string;
  validation: ReturnType<typeof useCheckoutValidation>;
  place: PlaceState;
  /** The price can be asked for: products, coin and network are there. */
  priced: boolean;
  /** The order can be placed: everything it needs is there. */
  canPlace: boolean;
  reasons: Reason[];
  lineNames: string[];
  accountUrl: string;
  onConfirmNewPrice: (coinAmount: string) => void;
  onRetry: () => void;
}

const BLOCKED_ID = 'place-blocked';

/** The price in crypto (from validation), the place-order button with why it cannot be pressed, and what happened. */
export function OrderTotal(props: Props) {
  const { coin, network, validation, place, priced, canPlace, onConfirmNewPrice, onRetry } = props;
  const t = useTranslations('checkout');
  const locale = useLocale();
  const total = validation.settled ? validation.data?.coinAmount : undefined;
  const original = validation.settled ? validation.data?.originalCoinAmount : undefined;
  const discount = total && original && compareDecimals(original, total) === 1 ? subtractDecimals(original, total) : undefined;
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
  // One rule for every amount here: the coin's exact digits, at least two decimals.
  const inCoin = (amount: string) => t('amountInCoin', { amount: formatCoinAmount(amount, locale), coin });
  const ready = canPlace && validation.settled && validation.data?.valid === true && Boolean(total);
  const busy = place.kind === 'submitting' || place.kind === 'created';
  const blocked = !ready && !busy && place.kind !== 'price_changed';
  // With nothing to list, the summary still says why: the price is on its way, or could not be had (said above).
  const status = !priced
    ? t('totalNeedsPayment')
    : !validation.settled
      ? t('blocked.checking')
      : validation.error
        ? t('blocked.noPrice')
        : t('totalUnavailable');
  return (
    <aside
      aria-labelledby="total-heading"
      className="flex h-fit flex-col gap-4 rounded-card border border-border bg-surface p-5 lg:sticky lg:top-4"
    >
      <h2 id="total-heading" className="text-lg font-semibold">
        {t('totalHeading')}
      </h2>
      <div aria-live="polite" className="flex flex-col gap-1">
        {!priced ? (
          <p className="text-muted">{t('totalNeedsPayment')}</p>
        ) : !validation.settled ? (
          <p className="text-muted">{t('totalUpdating')}</p>
        ) : validation.error ? (
          <div className="flex flex-col items-start gap-2">
            <p className="text-danger">{totalError(validation.error)}</p>
            <button type="button" onClick={validation.recheck} className="text-primary-ink underline underline-offset-2">
              {t('checkAgain')}
            </button>
          </div>
        ) : total ? (
          <>
            {discount && original ? (
              <dl className="grid grid-cols-[1fr_auto] gap-x-3 text-sm">
                <dt className="text-muted">{t('subtotal')}</dt>
                <dd>{inCoin(original)}</dd>
                <dt className="text-muted">{t('discount', { code: validation.data?.couponCode ?? '' })}</dt>
                <dd data-testid="order-discount">{t('minus', { amount: inCoin(discount) })}</dd>
              </dl>
            ) : null}
            {place.kind === 'price_changed' ? (
              <p className="text-sm text-muted">
                {t('previousTotal')} <del data-testid="order-total">{inCoin(total)}</del>
              </p>
            ) : (
              <p>
                <span className="block text-sm text-muted">{t('youPay')}</span>
                <span className="text-2xl font-semibold" data-testid="order-total">
                  {inCoin(total)}
                </span>
                <span className="block text-sm text-muted">{t('onNetwork', { network })}</span>
              </p>
            )}
          </>
        ) : null}
      </div>
      {place.kind === 'price_changed' ? (
        <div role="alert" className="flex flex-col gap-2 rounded-lg border border-danger p-3">
          <p>{t('priceChangedTo')}</p>
          <p className="text-2xl font-semibold" data-testid="new-total">
            {inCoin(place.coinAmount)}
          </p>
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
          aria-describedby={blocked ? BLOCKED_ID : undefined}
          className="rounded-lg bg-primary px-4 py-3 font-semibold text-primary-fg disabled:opacity-60"
        >
          {busy ? t('placing') : t('placeOrder')}
        </button>
      )}
      {/* Always there, so that a reason appearing in it is read out. */}
      <div aria-live="polite">
        {blocked ? (
          <BlockedSummary
            id={BLOCKED_ID}
            reasons={props.reasons}
            lineNames={props.lineNames}
            accountUrl={props.accountUrl}
            fallback={status}
          />
        ) : null}
      </div>
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
