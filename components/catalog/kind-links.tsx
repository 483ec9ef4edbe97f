import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PRODUCT_KINDS, type ProductKind } from '@/lib/catalog/kinds';

/** The three ways in: gift cards, mobile top-ups, eSIMs, with how many brands each has here. */
export async function KindLinks({ country, counts }: { country: string; counts: Record<ProductKind, number> }) {
  const t = await getTranslations('catalog');
  return (
    <ul className="mt-6 grid gap-3 sm:grid-cols-3">
      {PRODUCT_KINDS.map((kind) => (
        <li key={kind}>
          <Link
            prefetch={false}
            href={`/${country}/brands?kind=${kind}`}
            className="flex h-full flex-col rounded-card border border-border bg-surface p-4 hover:border-primary-ink"
          >
            <span className="text-lg font-semibold">{t(`kindPlural.${kind}`)}</span>
            <span className="text-sm text-muted">{t('brandCount', { count: counts[kind] })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
