'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { buyNowHref } from '@/lib/cart/buy-now';
import type { NewCartItem } from '@/lib/cart/cart';
import { cart } from '@/lib/cart/store';
import type { PickedProduct } from '@/lib/catalog/picked';
import type { BrandOffer } from '@/lib/catalog/products';

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

/** "Buy now" (straight to checkout with this one item) and "Add to cart" for the current choice. */
export function PurchaseActions({ picked, offers, context }: { picked: PickedProduct | null; offers: BrandOffer[]; context: CartContext }) {
  const t = useTranslations('brandPage');
  const [status, setStatus] = useState<'idle' | 'added' | 'full'>('idle');
  const offer = offers.find((o) => o.brand === picked?.brand);
  const item = picked && offer ? toCartItem(picked, offer, context) : null;
  const button = 'rounded-lg px-4 py-3 text-center font-semibold';
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
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
          onClick={() => item && setStatus(cart.add(item).ok ? 'added' : 'full')}
          className={`${button} border border-primary-ink text-primary-ink disabled:cursor-not-allowed disabled:opacity-60`}
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
    </div>
  );
}
