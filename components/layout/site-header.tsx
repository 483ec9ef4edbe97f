import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { SiteConfig } from '@/lib/site/config';
import { CartLink } from './cart-link';

// Navigation links do not prefetch: on a cached catalog page, prefetching every visible link fetched a dozen
// whole pages (the directory among them) and parsed them while the page was loading; a cached page answers a
// click in milliseconds anyway.
export async function SiteHeader({ site }: { site: Pick<SiteConfig, 'name' | 'logo'> }) {
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
        <Link prefetch={false} href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight" data-testid="site-home">
          {site.logo ? (
            // A partner's file or URL of unknown size: a fixed height, the width follows, nothing shifts.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={site.logo} alt={site.name} height={32} className="h-8 w-auto" />
          ) : (
            site.name
          )}
        </Link>
        <nav aria-label={t('mainNav')} className="flex items-center gap-4">
          <Link prefetch={false} href="/orders" className="text-sm font-medium hover:text-primary-ink">
            {t('recentOrders')}
          </Link>
          <CartLink />
        </nav>
      </div>
    </header>
  );
}
