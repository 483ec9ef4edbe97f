import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { retryPath } from '@/lib/unavailable/paths';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('errors');
  return { title: t('unavailableTitle'), robots: { index: false } };
}

// Served with HTTP 503 and Retry-After by proxy.ts. A plain link retries, so it works without JavaScript.
export default async function Unavailable({ searchParams }: PageProps<'/[locale]/unavailable'>) {
  const from = (await searchParams).from;
  const t = await getTranslations('errors');
  return (
    <section className="mx-auto max-w-xl py-16 text-center" role="alert">
      <h1 className="text-3xl font-semibold">{t('unavailableTitle')}</h1>
      <p className="mt-4 text-muted">{t('unavailableBody')}</p>
      <a
        href={retryPath(typeof from === 'string' ? from : undefined)}
        className="mt-8 inline-block rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg"
      >
        {t('retry')}
      </a>
    </section>
  );
}
