import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { countryName } from '@/lib/countries';
import { PRODUCT_KINDS } from '@/lib/catalog/kinds';

/** Where am I and where can I go: the country (with a way to change it) and the kinds of products. */
export async function CountryNav({ country }: { country: string }) {
  const t = await getTranslations('catalog');
  return (
    <nav aria-label={t('countryNavLabel')} className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-3 text-sm">
      <p className="flex items-center gap-2">
        <span className="text-muted">{t('shoppingIn')}</span>
        <Link prefetch={false} href={`/${country}`} className="font-semibold">
          {countryName(country, await getLocale())}
        </Link>
        <Link prefetch={false} href={`/countries?from=${country}`} className="text-primary-ink underline underline-offset-2">
          {t('changeCountry')}
        </Link>
      </p>
      <ul className="flex flex-wrap gap-2">
        {PRODUCT_KINDS.map((kind) => (
          <li key={kind}>
            <Link
              prefetch={false}
              href={`/${country}/brands?kind=${kind}`}
              className="rounded-full border border-border bg-surface px-3 py-1 hover:border-primary-ink"
            >
              {t(`kindPlural.${kind}`)}
            </Link>
          </li>
        ))}
        <li>
          <Link
            prefetch={false}
            href={`/${country}/brands`}
            className="rounded-full border border-border bg-surface px-3 py-1 hover:border-primary-ink"
          >
            {t('allBrands')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
