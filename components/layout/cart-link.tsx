'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useTranslations } from '@/lib/i18n/client';

/**
 * The header's cart and its count. The count is the browser's (the server renders 0, as useCart did), so the cart
 * store and its checks load just after the page, not with every page's first load.
 */
export function CartLink() {
  const t = useTranslations('site');
  const [count, setCount] = useState(0);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void import('@/lib/cart/store').then(({ watchCart }) => {
      if (live) stop = watchCart((items) => setCount(items.length));
    });
    return () => {
      live = false;
      stop?.();
    };
  }, []);
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
