'use client';

import { lazy, Suspense, useState } from 'react';
import { useTranslations } from '@/lib/i18n/client';
import { BrandSearchInput } from './brand-search-input';

// Loaded on the first focus, pointer or keystroke in the form, with the brand index: never with the page.
const SearchSuggestions = lazy(() => import('./search-suggestions').then((module) => ({ default: module.SearchSuggestions })));

/**
 * The country home's brand search: a GET form to the directory (`?q=`), so it works without JavaScript; with
 * it, the best few matches of the brand index show as links while typing (the index and the code that ranks it
 * load on the first focus or pointer over the form).
 */
export function HomeSearch({ country }: { country: string }) {
  const t = useTranslations('catalog');
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  return (
    <form
      role="search"
      method="get"
      action={`/${country}/brands`}
      onFocus={want}
      onPointerEnter={want}
      className="mt-6 flex max-w-2xl flex-col gap-2"
    >
      <div className="flex items-end gap-2">
        <BrandSearchInput
          value={query}
          onChange={(value) => {
            want();
            setQuery(value);
          }}
        />
        <button type="submit" className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
          {t('searchSubmit')}
        </button>
      </div>
      {wanted ? (
        <Suspense fallback={null}>
          <SearchSuggestions country={country} query={query} />
        </Suspense>
      ) : null}
    </form>
  );
}
