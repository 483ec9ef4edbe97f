import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('site');
  return (
    <footer className="border-t border-border bg-surface">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>{t('poweredBy')}</p>
      </div>
    </footer>
  );
}
