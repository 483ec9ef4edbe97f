'use client';

import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/config';

/** Plain links (they work before JavaScript): /api/locale remembers the choice and comes back to this page. */
export function LanguageSwitch() {
  const t = useTranslations('site');
  const current = useLocale();
  const pathname = usePathname() || '/';
  return (
    <nav aria-label={t('language')}>
      <ul className="flex flex-wrap gap-3">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={`/api/locale?lang=${locale}&next=${encodeURIComponent(pathname)}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? 'true' : undefined}
              className={locale === current ? 'font-semibold text-fg' : 'underline hover:text-primary-ink'}
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
