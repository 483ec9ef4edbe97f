import { LOCALE_NAMES, LOCALES, type Locale } from '@/lib/i18n/config';

/**
 * Plain links, no JavaScript: /api/locale remembers the choice and comes back to the page the link was clicked on,
 * which the browser names in the Referer (the layout, shared by every page, knows no path). `same-origin` sends
 * it to this site only, even from the order pages, whose own policy sends none.
 */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-3">
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={`/api/locale?lang=${locale}`}
              referrerPolicy="same-origin"
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
