import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { CountryPicker } from '@/components/layout/country-picker';
import { COUNTRY_COOKIE } from '@/lib/catalog/country-detect';
import { COUNTRIES, countriesIn, toCountryCode } from '@/lib/countries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('countries');
  return { title: t('title') };
}

export default async function CountriesPage({ searchParams }: PageProps<'/countries'>) {
  const t = await getTranslations('countries');
  const from = (await searchParams).from;
  const current = toCountryCode(typeof from === 'string' ? from : (await cookies()).get(COUNTRY_COOKIE)?.value);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="mt-2 text-muted">{t('intro', { count: COUNTRIES.length })}</p>
      </div>
      <CountryPicker countries={countriesIn(await getLocale())} current={current} />
    </div>
  );
}
