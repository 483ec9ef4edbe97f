'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { visibleEntries } from '@/lib/catalog/directory';
import type { BrandFilter as Filter, SearchableBrand } from '@/lib/catalog/filter';
import { isProductKind, PRODUCT_KINDS } from '@/lib/catalog/kinds';

interface Item extends SearchableBrand {
  el: HTMLElement;
}

interface Props {
  listId: string;
  total: number;
  initialMatches: number;
  initialShowAll: boolean;
  categories: { slug: string; name: string }[];
  initial: Filter;
}

// Next.js re-renders the page tree on every history update: do it once typing pauses, not per keystroke.
const URL_UPDATE_DELAY_MS = 500;

function readItems(listId: string): Item[] {
  return Array.from(document.getElementById(listId)?.children ?? [], (node) => {
    const el = node as HTMLElement;
    const kind = el.dataset.kind;
    return {
      el,
      name: el.dataset.name ?? '',
      kind: isProductKind(kind) ? kind : 'giftcard',
      categories: (el.dataset.categories ?? '').split(' '),
    };
  });
}

/** The query string of a filter: also rendered on the server, so no `window` here. */
function searchFor(filter: Filter, showAll: boolean): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'kind', 'category'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (showAll) params.set('all', '1');
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * Search and filters for the server-rendered brand list. Without JavaScript it is a GET form; with it, each
 * keystroke toggles `hidden` on the list items directly: no re-render of thousands of cards.
 */
export function BrandFilter({ listId, total, initialMatches, initialShowAll, categories, initial }: Props) {
  const t = useTranslations('catalog');
  const [filter, setFilter] = useState<Filter>(initial);
  const [showAll, setShowAll] = useState(initialShowAll);
  const [counts, setCounts] = useState(() => ({
    matches: initialMatches,
    shown: initialShowAll ? initialMatches : Math.min(initialMatches, 120),
  }));
  const items = useRef<Item[] | null>(null);
  const urlTimer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(urlTimer.current), []);

  function update(next: Filter, all = showAll) {
    setFilter(next);
    setShowAll(all);
    items.current ??= readItems(listId);
    const { visible, matches } = visibleEntries(items.current, next, all);
    let shown = 0;
    items.current.forEach((item, index) => {
      const show = visible[index] === true;
      if (item.el.hidden === show) item.el.hidden = !show;
      if (show) shown += 1;
    });
    setCounts({ matches, shown });
    window.clearTimeout(urlTimer.current);
    urlTimer.current = window.setTimeout(
      () => window.history.replaceState(window.history.state, '', `${window.location.pathname}${searchFor(next, all)}`),
      URL_UPDATE_DELAY_MS,
    );
  }

  const field = 'rounded-lg border border-border bg-surface px-3 py-2';
  return (
    <form role="search" method="get" onSubmit={(event) => event.preventDefault()} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-60 flex-1 flex-col gap-1 text-sm font-medium">
          {t('searchLabel')}
          <input
            type="search"
            name="q"
            value={filter.q ?? ''}
            placeholder={t('searchPlaceholder')}
            autoComplete="off"
            className={`${field} text-base font-normal`}
            onChange={(event) => update({ ...filter, q: event.target.value })}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('kindLabel')}
          <select
            name="kind"
            value={filter.kind ?? ''}
            className={field}
            onChange={(event) => update({ ...filter, kind: isProductKind(event.target.value) ? event.target.value : undefined })}
          >
            <option value="">{t('allKinds')}</option>
            {PRODUCT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kindPlural.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('categoryLabel')}
          <select
            name="category"
            value={filter.category ?? ''}
            className={field}
            onChange={(event) => update({ ...filter, category: event.target.value || undefined })}
          >
            <option value="">{t('allCategories')}</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <noscript>
          <button type="submit" className="rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
            {t('searchSubmit')}
          </button>
        </noscript>
      </div>
      <p aria-live="polite" className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
        {counts.matches === 0
          ? t('noMatch')
          : counts.shown < counts.matches
            ? t('showingFirst', { shown: counts.shown, matches: counts.matches })
            : t('showing', { shown: counts.matches, total })}
        {counts.shown < counts.matches ? (
          <a
            href={searchFor(filter, true)}
            className="font-medium text-primary-ink underline underline-offset-2"
            onClick={(event) => {
              event.preventDefault();
              update(filter, true);
            }}
          >
            {t('showAll', { matches: counts.matches })}
          </a>
        ) : null}
      </p>
    </form>
  );
}
