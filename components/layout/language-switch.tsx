'use client';

import { usePathname } from 'next/navigation';
import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/config';

/**
 * Plain links (they work before JavaScript): /api/locale remembers the choice and comes back to this page. The
 * server's footer hands it its words, so the browser runs only the path read here (the layout is shared by every
 * page and knows no path), not the translation library.
 */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() || '/';
  return (
    <nav aria-label={label}>
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
