'use client';

import { usePathname } from 'next/navigation';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { HomeSearch } from '@/components/catalog/home-search';
import { isLocale } from '@/lib/i18n/config';

// Loaded only on a 404 under a brand path, after the page: every page's first load carries this boundary.
const CloseMatches = lazy(() => import('@/components/catalog/search-suggestions').then((module) => ({ default: module.CloseMatches })));

const noUpdates = () => () => {};
const inTheBrowser = () => true;
const onTheServer = () => false;

/**
 * The country and the brand slug a missing page's path names (`/US/amazn`, `/en/US/amazn`), if any: the country
 * only when it is one of `countries` (the supported codes, upper case as proxy.ts writes them, space-separated:
 * this boundary is in every page's payload, so its props are kept short).
 */
export function missingPathParts(pathname: string | null, countries: string): { country?: string; slug?: string } {
  const segments = (pathname ?? '').split('/').filter(Boolean);
  if (segments[0] && isLocale(segments[0])) segments.shift();
  const country = segments[0];
  if (!country || !countries.split(' ').includes(country)) return {};
  return { country, slug: segments.length === 2 ? segments[1] : undefined };
}

/**
 * What a 404 offers besides the way home: the brand search of the country in the path (else the store's
 * default) and, under a brand path, the brands whose names come close (once in the browser). Reads only the
 * path: the 404 page is shared and cached.
 */
export function NotFoundHelp({ fallbackCountry, countries }: { fallbackCountry: string; countries: string }) {
  const { country = fallbackCountry, slug } = missingPathParts(usePathname(), countries);
  // False on the server and while hydrating, so the page's HTML never waits for (or streams) the lazy part.
  const inBrowser = useSyncExternalStore(noUpdates, inTheBrowser, onTheServer);
  return (
    <div className="mt-8 flex flex-col gap-6 text-left">
      {inBrowser && slug ? (
        <Suspense fallback={null}>
          <CloseMatches country={country} slug={slug} />
        </Suspense>
      ) : null}
      <HomeSearch country={country} />
    </div>
  );
}
