import { getTranslations } from 'next-intl/server';
import type { Brand } from '@/lib/cryptorefills';
import { BrandLogo } from './brand-logo';

export async function BrandCard({ brand, priority = false }: { brand: Brand; priority?: boolean }) {
  const t = await getTranslations('home');
  const range = brand.min && brand.max ? `${brand.min} – ${brand.max}` : (brand.min ?? brand.max);
  return (
    <article className="flex flex-col gap-2 rounded-card border border-border bg-surface p-3">
      <BrandLogo logoBaseUrl={brand.logo_base_url} logoUrl={brand.logo_url} bgColor={brand.bg_color} priority={priority} />
      <h3 className="font-medium leading-tight">{brand.brand}</h3>
      <p className="text-sm text-muted">
        {brand.is_out_of_stock ? <span className="font-medium text-danger">{t('outOfStock')}</span> : range}
      </p>
    </article>
  );
}
