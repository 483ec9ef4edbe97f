'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from '@/lib/i18n/client';
import { useState } from 'react';
import { buyNowHref } from '@/lib/cart/buy-now';
import type { NewCartItem } from '@/lib/cart/cart';
import type { PickedProduct } from '@/lib/catalog/picked';
import { formatFaceValue, type BrandOffer } from '@/lib/catalog/products';
import { formatCoinAmount } from '@/lib/order-display/amount-text';
import { usePadBelow } from './use-pad-below';

export interface CartContext {
  country: string;
  slug: string;
  logoBaseUrl?: string;
  bgColor?: string;
  /** The coin the buyer chose on the page (`?coin=`), carried to checkout; none on the shared page. */
  coin?: string;
}

function toCartItem(picked: PickedProduct, offer: BrandOffer, context: CartContext): NewCartItem {
  const base = { ...context, brand: offer.brand, deliveryType: offer.deliveryType, recipient: '' };
  if (picked.kind === 'range') return { ...base, productValue: picked.productValue, currency: offer.range?.currency };
  const choice = offer.fixed.find((c) => c.denomination === picked.denomination);
  return { ...base, denomination: picked.denomination, localizedDenomination: choice?.label };
}

// The cart store (and its checks) loads on the first "Add to cart", not with the page (the header's count loads
// it just after the page anyway).
async function addToCart(item: NewCartItem): Promise<'added' | 'full'> {
  const { cart } = await import('@/lib/cart/store');
  return cart.add(item).ok ? 'added' : 'full';
}

function amountLabel(picked: PickedProduct, offer: BrandOffer, locale: string): string {
  if (picked.kind === 'range') return formatFaceValue(picked.productValue, offer.range?.currency, locale);
  return offer.fixed.find((c) => c.denomination === picked.denomination)?.label ?? picked.denomination;
}

/**
 * "Buy now" (straight to checkout with this one item) and "Add to cart" for the current choice. Below `md` the
 * same buttons ride in a bar fixed to the bottom of the screen with the amount and its price, so they stay in
 * reach while the buyer scrolls the amounts; the page is padded by the bar's height so nothing hides under it.
 * One set of buttons at every width: the bar is not a copy.
 */
export function PurchaseActions({ picked, offers, context }: { picked: PickedProduct | null; offers: BrandOffer[]; context: CartContext }) {
  const t = useTranslations('brandPage');
  const locale = useLocale();
  const [status, setStatus] = useState<'idle' | 'added' | 'full'>('idle');
  const bar = usePadBelow<HTMLElement>();
  const offer = offers.find((o) => o.brand === picked?.brand);
  const item = picked && offer ? toCartItem(picked, offer, context) : null;
  const button = 'flex-1 rounded-lg px-4 py-3 text-center font-semibold md:flex-none';
  return (
    <section
      ref={bar}
      aria-label={t('purchaseBar')}
      data-testid="purchase-bar"
      className="fixed inset-x-0 bottom-0 z-30 flex flex-col gap-2 border-t border-border bg-surface px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] shadow-[0_-4px_12px_rgb(0_0_0/0.12)] md:static md:z-auto md:border-0 md:bg-transparent md:p-0 md:shadow-none"
    >
      {/* The bar's reminder of the choice; from `md` up the price summary just above says it. */}
      <p className="flex items-baseline justify-between gap-3 md:hidden" data-testid="purchase-bar-choice">
        {picked && offer ? (
          <>
            <span className="font-medium">{amountLabel(picked, offer, locale)}</span>
            <span className="font-mono font-semibold">
              {picked.coinAmount
                ? t('priceIn', { amount: formatCoinAmount(picked.coinAmount, locale), coin: picked.coin })
                : t('barNoPrice')}
            </span>
          </>
        ) : (
          <span className="text-muted">{t('barNothingChosen')}</span>
        )}
      </p>
      <div className="flex gap-3 md:flex-wrap">
        {item ? (
          <Link href={buyNowHref(item)} className={`${button} bg-primary text-primary-fg`}>
            {t('buyNow')}
          </Link>
        ) : (
          <span aria-disabled="true" className={`${button} cursor-not-allowed bg-primary text-primary-fg opacity-60`}>
            {t('buyNow')}
          </span>
        )}
        <button
          type="button"
          disabled={!item}
          onClick={() => item && void addToCart(item).then(setStatus)}
          className={`${button} border border-primary-ink bg-surface text-primary-ink disabled:cursor-not-allowed disabled:opacity-60`}
        >
          {t('addToCart')}
        </button>
      </div>
      <p aria-live="polite" className="text-sm">
        {status === 'added' ? (
          <>
            {t('addedToCart')}{' '}
            <Link href="/checkout" className="text-primary-ink underline underline-offset-2">
              {t('goToCheckout')}
            </Link>
          </>
        ) : status === 'full' ? (
          <span className="text-danger">{t('cartFull')}</span>
        ) : null}
      </p>
    </section>
  );
}
