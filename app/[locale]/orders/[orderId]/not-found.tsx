import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function OrderNotFound() {
  const t = await getTranslations('order.notFound');
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-semibold">{t('title')}</h1>
      <p className="mt-4 text-muted">{t('body')}</p>
      <Link href="/orders" className="mt-8 inline-block rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
        {t('toOrders')}
      </Link>
    </section>
  );
}
