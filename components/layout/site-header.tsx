import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CartLink } from './cart-link';

export async function SiteHeader() {
  const t = await getTranslations('site');
  return (
    <header className="border-b border-border bg-surface">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-primary focus:px-3 focus:py-2 focus:text-primary-fg"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          {t('name')}
        </Link>
        <nav aria-label={t('name')} className="flex items-center gap-4">
          <Link href="/orders" className="text-sm font-medium hover:text-primary">
            {t('recentOrders')}
          </Link>
          <CartLink />
        </nav>
      </div>
    </header>
  );
}
