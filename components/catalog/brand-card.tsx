import Link from 'next/link';
import type { CardBrand } from '@/lib/search/brand-index';
import { BrandLogo } from './brand-logo';

/**
 * One brand's card: rendered on the server in grids and the directory's first page, in the browser for type-ahead
 * results; its one text comes translated from either side (`outOfStock`).
 */
export function BrandCard({
  brand,
  country,
  outOfStock,
  priority = false,
}: {
  brand: CardBrand;
  country: string;
  outOfStock: string;
  priority?: boolean;
}) {
  return (
    <Link
      href={`/${country}/${brand.slug}`}
      // Grids hold hundreds of cards: prefetching every visible one floods the server and the main thread.
      prefetch={false}
      className="flex h-full flex-col gap-2 rounded-card border border-border bg-surface p-3 hover:border-primary-ink"
    >
      <BrandLogo logoBaseUrl={brand.logoBaseUrl} logoUrl={brand.logoUrl} bgColor={brand.bgColor} priority={priority} />
      <span className="font-medium leading-tight">{brand.name}</span>
      <span className="text-sm text-muted">
        {brand.outOfStock ? <span className="font-medium text-danger">{outOfStock}</span> : brand.range}
      </span>
    </Link>
  );
}
