'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useDeferredValue, useMemo, useState } from 'react';
import { normalizeSearch } from '@/lib/catalog/filter';
import { rankBrands } from '@/lib/search/rank';
import { useBrandIndex } from '@/lib/search/use-brand-index';
import { BrandSearchInput } from './brand-search-input';

const SUGGESTIONS = 6;

/**
 * The country home's brand search: a GET form to the directory (`?q=`), so it works without JavaScript; with
 * it, the best few matches of the brand index show as links while typing.
 */
export function HomeSearch({ country }: { country: string }) {
  const t = useTranslations('catalog');
  const [query, setQuery] = useState('');
  const { brands, load } = useBrandIndex(country);
  const deferred = useDeferredValue(query);
  const matches = useMemo(
    () => (brands && normalizeSearch(deferred) ? rankBrands(brands, { q: deferred }).slice(0, SUGGESTIONS) : []),
    [brands, deferred],
  );
  return (
    <form
      role="search"
      method="get"
      action={`/${country}/brands`}
      onFocus={load}
      onPointerEnter={load}
      className="mt-6 flex max-w-2xl flex-col gap-2"
    >
      <div className="flex items-end gap-2">
        <BrandSearchInput
          value={query}
          onChange={(value) => {
            load();
            setQuery(value);
          }}
        />
        <button type="submit" className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
          {t('searchSubmit')}
        </button>
      </div>
      {matches.length > 0 ? (
        <ul aria-label={t('suggestionsLabel')} className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
          {matches.map((brand) => (
            <li key={`${brand.slug} ${brand.name}`}>
              <Link href={`/${country}/${brand.slug}`} prefetch={false} className="block px-3 py-2 hover:bg-bg">
                {brand.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
