'use client';

import Link from 'next/link';
import { useTranslations } from '@/lib/i18n/client';
import { useDeferredValue, useState, useSyncExternalStore } from 'react';
import { normalizeSearch } from '@/lib/search/fuzzy';
import { savedCountry } from './remember-country';

interface Country {
  code: string;
  name: string;
}

/** The country the visitor comes from (`?from=US`), else the one they last shopped in (remember-country.tsx). */
function currentCountry(): string | undefined {
  const from = new URLSearchParams(window.location.search).get('from');
  return (from ?? savedCountry())?.toUpperCase();
}

const noUpdates = () => () => {};

/**
 * Every supported country by name, filtered as you type (by name or ISO code). Choosing one goes there. The page
 * is shared by every visitor, so the browser marks the visitor's own country once it has loaded.
 */
export function CountryPicker({ countries }: { countries: readonly Country[] }) {
  const t = useTranslations('countries');
  const [query, setQuery] = useState('');
  // Read once the page is in the browser (the server's answer is every visitor's): none while hydrating.
  const current = useSyncExternalStore(noUpdates, currentCountry, () => undefined);
  const deferred = normalizeSearch(useDeferredValue(query));
  const matches = deferred
    ? countries.filter((c) => normalizeSearch(c.name).includes(deferred) || c.code.toLowerCase() === deferred)
    : countries;

  return (
    <div className="flex flex-col gap-4">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('searchLabel')}
        <input
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          className="rounded-lg border border-border bg-surface px-3 py-2 text-base font-normal"
        />
      </label>
      <p aria-live="polite" className="text-sm text-muted">
        {matches.length === 0 ? t('noMatch') : t('matches', { count: matches.length })}
      </p>
      <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {matches.map((country) => (
          <li key={country.code}>
            <Link
              prefetch={false}
              href={`/${country.code}`}
              aria-current={country.code === current ? 'true' : undefined}
              className="flex items-center justify-between rounded-lg px-3 py-2 hover:bg-surface aria-[current=true]:bg-surface aria-[current=true]:font-semibold"
            >
              <span>{country.name}</span>
              <span className="font-mono text-sm text-muted">{country.code}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
