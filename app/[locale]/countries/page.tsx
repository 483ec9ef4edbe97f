import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CountryPicker } from '@/components/layout/country-picker';
import { ClientMessages } from '@/components/layout/client-messages';
import { COUNTRIES, countriesIn } from '@/lib/countries';

// One shared page per language: the country the visitor comes from is marked by the browser (country-picker.tsx).
export const revalidate = 86400;
export const generateStaticParams = () => [];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('countries');
  return { title: t('title') };
}

export default async function CountriesPage() {
  const t = await getTranslations('countries');
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="mt-2 text-muted">{t('intro', { count: COUNTRIES.length })}</p>
      </div>
      <ClientMessages namespaces={['countries']}>
        <CountryPicker countries={countriesIn(await getLocale())} />
      </ClientMessages>
    </div>
  );
}
