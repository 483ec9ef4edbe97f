'use client';

import { useTranslations } from '@/lib/i18n/client';

// Never shows the error itself: a person gets what happened and what to do, not a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <section className="mx-auto max-w-xl py-16 text-center" role="alert">
      <h1 className="text-3xl font-semibold">{t('genericTitle')}</h1>
      <p className="mt-4 text-muted">{t('genericBody')}</p>
      <button type="button" onClick={reset} className="mt-8 rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
        {t('retry')}
      </button>
    </section>
  );
}
