import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { NotFoundHelp } from '@/components/layout/not-found-help';
import { COUNTRIES } from '@/lib/countries';
import { getSiteConfig } from '@/lib/site/config';

// Shared and cached like the pages that end here: nothing per request (no cookies, headers or query).
export default async function NotFound() {
  const t = await getTranslations('errors');
  const site = getSiteConfig();
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <title>{`${t('notFoundTitle')} · ${site.name}`}</title>
      <h1 className="text-3xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-muted">{t('notFoundBody')}</p>
      <ClientMessages namespaces={['catalog']}>
        <NotFoundHelp fallbackCountry={site.defaultCountry} countries={COUNTRIES.map((c) => c.code).join(' ')} />
      </ClientMessages>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className="inline-block rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
          {t('backHome')}
        </Link>
        <Link
          href="/countries"
          prefetch={false}
          className="inline-block rounded-lg border border-primary-ink px-4 py-2 font-medium text-primary-ink"
        >
          {t('chooseCountry')}
        </Link>
      </div>
    </section>
  );
}
