'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useCart } from '@/lib/cart/store';

export function CartLink() {
  const t = useTranslations('site');
  const count = useCart().length;
  return (
    <Link
      prefetch={false}
      href="/checkout"
      aria-label={t('cartCount', { count })}
      className="flex items-center gap-2 rounded-lg border border-border px-3 py-1.5 text-sm font-medium hover:border-primary-ink"
    >
      {t('cart')}
      <span aria-hidden="true" className="rounded-full bg-primary px-2 text-xs leading-5 text-primary-fg">
        {count}
      </span>
    </Link>
  );
}
