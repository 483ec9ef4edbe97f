import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { directorySearch } from '@/lib/catalog/directory';
import type { BrandFilter } from '@/lib/catalog/filter';

const linkClass = 'rounded-lg border border-border bg-surface px-4 py-2 font-medium hover:border-primary-ink';

/** Previous / next links between the directory's server-rendered pages: plain links, no JavaScript needed. */
export async function DirectoryPages({ path, filter, page, pages }: { path: string; filter: BrandFilter; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations('catalog');
  return (
    <nav aria-label={t('pagesLabel')} className="flex items-center justify-center gap-4">
      {page > 1 ? (
        <Link href={`${path}${directorySearch(filter, page - 1)}`} prefetch={false} className={linkClass}>
          {t('previousPage')}
        </Link>
      ) : null}
      <span className="text-sm text-muted">{t('pageOf', { page, pages })}</span>
      {page < pages ? (
        <Link href={`${path}${directorySearch(filter, page + 1)}`} prefetch={false} className={linkClass}>
          {t('nextPage')}
        </Link>
      ) : null}
    </nav>
  );
}
