import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { brandSlug } from '@/lib/catalog/slug';
import type { Brand } from '@/lib/cryptorefills';
import { BrandLogo } from './brand-logo';

export async function BrandCard({ brand, country, priority = false }: { brand: Brand; country: string; priority?: boolean }) {
  const t = await getTranslations('catalog');
  const range = brand.min && brand.max && brand.min !== brand.max ? `${brand.min} – ${brand.max}` : (brand.min ?? brand.max);
  return (
    <Link
      href={`/${country}/${brandSlug(brand)}`}
      // Grids hold hundreds of cards: prefetching every visible one floods the server and the main thread.
      prefetch={false}
      className="flex h-full flex-col gap-2 rounded-card border border-border bg-surface p-3 hover:border-primary-ink"
    >
      <BrandLogo logoBaseUrl={brand.logoBaseUrl} logoUrl={brand.logoUrl} bgColor={brand.bgColor} priority={priority} />
      <span className="font-medium leading-tight">{brand.name}</span>
      <span className="text-sm text-muted">
        {brand.outOfStock ? <span className="font-medium text-danger">{t('outOfStock')}</span> : range}
      </span>
    </Link>
  );
}
