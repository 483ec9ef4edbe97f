'use client';

// The brand search's suggestions, loaded (with the brand index, lib/search/use-brand-index.ts) on the first sign of
// a search, not with the page: home-search.tsx and the 404's help (components/layout/not-found-help.tsx) render
// these lazily.
import Link from 'next/link';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslations } from '@/lib/i18n/client';
import { useBrandIndex } from '@/lib/search/use-brand-index';

const SUGGESTIONS = 6;
const CLOSE_MATCHES = 5;

/** The best few brands for what is typed, as links. */
export function SearchSuggestions({ country, query }: { country: string; query: string }) {
  const t = useTranslations('catalog');
  const matches = useSuggestions(country, useDeferredValue(query), SUGGESTIONS);
  if (matches.length === 0) return null;
  return (
    <ul aria-label={t('suggestionsLabel')} className="flex flex-col divide-y divide-border rounded-lg border border-border bg-surface">
      {matches.map((brand) => (
        <li key={`${brand.slug} ${brand.name}`}>
          <Link href={`/${country}/${brand.slug}`} prefetch={false} className="block px-3 py-2 hover:bg-bg">
            {brand.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Under a missing brand path, the brands whose names come close to the slug ("amazon-com" reads "amazon com"). */
export function CloseMatches({ country, slug }: { country: string; slug: string }) {
  const t = useTranslations('errors');
  const close = useSuggestions(country, safeDecode(slug), CLOSE_MATCHES);
  if (close.length === 0) return null;
  return (
    <nav aria-label={t('closeMatches')}>
      <h2 className="font-semibold">{t('closeMatches')}</h2>
      <ul className="mt-2 flex flex-col gap-1">
        {close.map((brand) => (
          <li key={`${brand.slug} ${brand.name}`}>
            <Link href={`/${country}/${brand.slug}`} prefetch={false} className="text-primary-ink underline underline-offset-2">
              {brand.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The `count` brands of `country` closest to `query`, once the brand index (asked for on mount) is in. */
function useSuggestions(country: string, query: string, count: number) {
  const { index, load } = useBrandIndex(country);
  useEffect(load, [load]);
  return useMemo(() => index?.suggest(query, count) ?? [], [index, query, count]);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
