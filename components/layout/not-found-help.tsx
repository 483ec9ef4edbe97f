'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo } from 'react';
import { HomeSearch } from '@/components/catalog/home-search';
import { slugWords } from '@/lib/catalog/near-brand';
import { toCountryCode } from '@/lib/countries';
import { isLocale } from '@/lib/i18n/config';
import { rankBrands } from '@/lib/search/rank';
import { useBrandIndex } from '@/lib/search/use-brand-index';

const SUGGESTIONS = 5;

/** The country and the brand slug a missing page's path names (`/US/amazn`, `/en/US/amazn`), if any. */
export function missingPathParts(pathname: string | null): { country?: string; slug?: string } {
  const segments = (pathname ?? '').split('/').filter(Boolean);
  if (segments[0] && isLocale(segments[0])) segments.shift();
  const country = toCountryCode(segments[0]);
  if (!country || segments[0] !== country) return {};
  return { country, slug: segments.length === 2 ? segments[1] : undefined };
}

/**
 * What a 404 offers besides the way home: the brand search of the country in the path (else the store's
 * default) and, under a brand path, the brands whose names come close. Reads only the path: the 404 page
 * is shared and cached.
 */
export function NotFoundHelp({ fallbackCountry }: { fallbackCountry: string }) {
  const t = useTranslations('errors');
  const { country = fallbackCountry, slug } = missingPathParts(usePathname());
  const { brands, load } = useBrandIndex(country);
  useEffect(() => {
    if (slug) load();
  }, [slug, load]);
  const query = slug ? slugWords(safeDecode(slug)) : '';
  const close = useMemo(() => (brands && query ? rankBrands(brands, { q: query }).slice(0, SUGGESTIONS) : []), [brands, query]);
  return (
    <div className="mt-8 flex flex-col gap-6 text-left">
      {close.length > 0 ? (
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
      ) : null}
      <HomeSearch country={country} />
    </div>
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
