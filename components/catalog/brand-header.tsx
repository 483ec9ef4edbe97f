import { getLocale, getTranslations } from 'next-intl/server';
import { categoryName } from '@/components/catalog/category-name';
import { dialCodeOf } from '@/lib/catalog/dial-codes';
import type { ProductKind } from '@/lib/catalog/kinds';
import { countryName } from '@/lib/countries';
import type { Brand } from '@/lib/cryptorefills';
import { BrandLogo } from './brand-logo';

interface BrandHeaderProps {
  name: string;
  brand: Brand;
  kind: ProductKind;
  country: string;
  children?: React.ReactNode;
}

/**
 * Logo, name, category and where the product works (a card only in its country, a top-up only for its
 * numbers), with the page's interactive part as children beside the logo.
 */
export async function BrandHeader({ name, brand, kind, country, children }: BrandHeaderProps) {
  const t = await getTranslations('brandPage');
  const catalog = await getTranslations('catalog');
  const place = countryName(country, await getLocale()) ?? country;
  const dialCode = dialCodeOf(country);
  const note =
    kind === 'topup'
      ? dialCode
        ? t('onlyIn.topup', { country: place, dialCode })
        : t('onlyIn.topupNoCode', { country: place })
      : t(`onlyIn.${kind}`, { country: place });
  return (
    <div className="grid items-start gap-6 md:grid-cols-[minmax(0,500px)_1fr]">
      <BrandLogo
        size="large"
        priority
        logoBaseUrl={brand.logoBaseUrl}
        logoUrl={brand.logoUrl}
        bgColor={brand.bgColor}
        className="max-w-[500px]"
      />
      <div className="flex flex-col gap-6">
        <header className="flex flex-col gap-3">
          <p className="text-sm text-muted">
            {t(`kind.${kind}`)}
            {brand.category ? <> · {categoryName(catalog, brand.category)}</> : null}
          </p>
          <h1 className="text-3xl font-semibold tracking-tight">{name}</h1>
          <p className="rounded-card border border-border bg-surface px-4 py-3 font-medium">{note}</p>
        </header>
        {children}
      </div>
    </div>
  );
}
