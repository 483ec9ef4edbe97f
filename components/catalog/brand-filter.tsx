'use client';

import { useTranslations } from '@/lib/i18n/client';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { directorySearch, sameFilter } from '@/lib/catalog/directory-query';
import type { BrandFilter as Filter } from '@/lib/catalog/filter';
import { isProductKind, PRODUCT_KINDS } from '@/lib/catalog/kinds';
import { useBrandIndex } from '@/lib/search/use-brand-index';
import { BrandCardList } from './brand-grid';
import { BrandSearchInput } from './brand-search-input';
import { useAfterPaint } from './use-after-paint';

interface Props {
  country: string;
  total: number;
  categories: { slug: string; name: string }[];
  initial: Filter;
  initialPage: number;
  /** The server's status line for its page. */
  status: string;
  /** The server-rendered page of results (list and page links), shown while the filter is the one it was rendered for. */
  children: ReactNode;
}

// Next.js re-renders the page tree on every history update: do it once typing pauses, not per keystroke.
const URL_UPDATE_DELAY_MS = 500;
/** Cards the type-ahead shows (about a screen, so a keystroke repaints few nodes), and adds per "Show more". */
const RESULTS_WINDOW = 12;
const MORE_RESULTS = 48;

// Re-rendered only when the cards shown change, not on every keystroke's first (input-only) render.
const ResultCards = memo(BrandCardList);

/**
 * Search and filters for the brand directory. Without JavaScript it is a GET form over server-rendered pages;
 * with it, the first sign of a search loads the compact brand index and each keystroke ranks it in the
 * browser and renders one page of cards (more on request) instead of the server's page.
 */
export function BrandFilter({ country, total, categories, initial, initialPage, status, children }: Props) {
  const t = useTranslations('catalog');
  const [filter, setFilter] = useState<Filter>(initial);
  const [limit, setLimit] = useState(RESULTS_WINDOW);
  const { index, load } = useBrandIndex(country);
  // The letter typed paints first; the cards for it follow in the next frame.
  const deferred = useAfterPaint(filter);
  const results = useMemo(() => (index && !sameFilter(deferred, initial) ? index.rank(deferred) : undefined), [index, deferred, initial]);
  const shown = useMemo(() => results?.slice(0, limit), [results, limit]);
  const urlTimer = useRef<number | undefined>(undefined);
  // The filter as last set, so the handlers below stay the same functions and the selects skip re-rendering.
  const current = useRef(filter);

  useEffect(() => () => window.clearTimeout(urlTimer.current), []);

  const update = useCallback(
    (change: Filter) => {
      const next = { ...current.current, ...change };
      current.current = next;
      load();
      setFilter(next);
      setLimit(RESULTS_WINDOW);
      window.clearTimeout(urlTimer.current);
      const search = sameFilter(next, initial) ? directorySearch(initial, initialPage) : directorySearch(next);
      urlTimer.current = window.setTimeout(
        () => window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`),
        URL_UPDATE_DELAY_MS,
      );
    },
    [initial, initialPage, load],
  );
  const onQuery = useCallback((q: string) => update({ q }), [update]);
  const onKind = useCallback((value: string) => update({ kind: isProductKind(value) ? value : undefined }), [update]);
  const onCategory = useCallback((value: string) => update({ category: value || undefined }), [update]);
  const kinds = useMemo(() => PRODUCT_KINDS.map((kind) => ({ value: kind, name: t(`kindPlural.${kind}`) })), [t]);
  const categoryOptions = useMemo(() => categories.map((c) => ({ value: c.slug, name: c.name })), [categories]);

  return (
    <>
      <form
        role="search"
        method="get"
        onSubmit={(event) => event.preventDefault()}
        onFocus={load}
        onPointerEnter={load}
        className="flex flex-col gap-3"
      >
        <div className="flex flex-wrap items-end gap-3">
          <BrandSearchInput value={filter.q ?? ''} onChange={onQuery} />
          <FilterSelect label={t('kindLabel')} name="kind" value={filter.kind} all={t('allKinds')} options={kinds} onChange={onKind} />
          <FilterSelect
            label={t('categoryLabel')}
            name="category"
            value={filter.category}
            all={t('allCategories')}
            options={categoryOptions}
            onChange={onCategory}
          />
          <noscript>
            <button type="submit" className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
              {t('searchSubmit')}
            </button>
          </noscript>
        </div>
        <p aria-live="polite" className="text-sm text-muted">
          {!results
            ? status
            : results.length === 0
              ? t('noMatch')
              : results.length > limit
                ? t('showingFirst', { shown: limit, matches: results.length })
                : t('showing', { shown: results.length, total })}
        </p>
      </form>
      {results && shown ? (
        <>
          <ResultCards label={t('resultsLabel')} brands={shown} country={country} outOfStock={t('outOfStock')} eager={0} />
          {results.length > limit ? (
            <button
              type="button"
              className="self-center rounded-lg border border-border bg-surface px-4 py-2 font-medium hover:border-primary-ink"
              onClick={() => setLimit((shown) => shown + MORE_RESULTS)}
            >
              {t('showMore')}
            </button>
          ) : null}
        </>
      ) : null}
      {/* Hidden, not unmounted: going back to the server's filter shows its page again without rebuilding it. */}
      <div hidden={Boolean(results)} className="flex flex-col gap-6">
        {children}
      </div>
    </>
  );
}

interface FilterSelectProps {
  label: string;
  name: string;
  value: string | undefined;
  /** The first option, for no filter. */
  all: string;
  options: { value: string; name: string }[];
  onChange: (value: string) => void;
}

/** One of the directory's filters: a labelled select whose first option means "any". Submitted as `name` without JS. */
const FilterSelect = memo(function FilterSelect({ label, name, value, all, options, onChange }: FilterSelectProps) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select
        name={name}
        value={value ?? ''}
        className="rounded-lg border border-border bg-surface px-3 py-2"
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
});
