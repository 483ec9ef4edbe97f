import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <title>{t('notFoundTitle')}</title>
      <h1 className="text-3xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-4 text-muted">{t('notFoundBody')}</p>
      <Link href="/" className="mt-8 inline-block rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
        {t('backHome')}
      </Link>
    </section>
  );
}
