import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BrandFilter } from '@/components/catalog/brand-filter';
import { BrandCardList } from '@/components/catalog/brand-grid';
import { categoryName } from '@/components/catalog/category-name';
import { DirectoryPages } from '@/components/catalog/directory-pages';
import { deriveCategories } from '@/lib/catalog/categories';
import { DIRECTORY_PAGE_SIZE, pageOf, searchDirectory } from '@/lib/catalog/directory';
import { toSearchable } from '@/lib/catalog/filter';
import { PRODUCT_KINDS } from '@/lib/catalog/kinds';
import { countryName, toCountryCode } from '@/lib/countries';
import { getBrands } from '@/lib/cryptorefills';
import { toCardBrand } from '@/lib/search/brand-index';
import { pageMetadata } from '@/lib/seo/metadata';
import { orUnavailable } from '@/lib/unavailable';

// Unknown or malformed filters are dropped rather than failing the page: a stale link still lands somewhere.
const FilterParams = z.object({
  q: z.string().max(100).optional().catch(undefined),
  kind: z.enum(PRODUCT_KINDS).optional().catch(undefined),
  category: z
    .string()
    .regex(/^[a-z0-9_-]{1,64}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export async function directoryMetadata(code: string): Promise<Metadata> {
  const country = toCountryCode(code);
  if (!country) return {};
  const t = await getTranslations('catalog');
  const title = t('directoryTitle', { country: countryName(country, await getLocale()) ?? country });
  return pageMetadata({ title, description: t('intro'), path: `/${country}/brands` });
}

type Query = Record<string, string | string[] | undefined>;

/**
 * One page of the country's brands, best matches first, rendered on the server; the browser searches the rest.
 * The plain directory is one shared page (`page.tsx`); a filtered or later page reads its query (`_query/`).
 */
export async function BrandDirectory({ country: code, query }: { country: string; query: Query }) {
  const country = toCountryCode(code);
  // The layout's notFound() does not stop this page from rendering in parallel (e.g. /favicon.ico).
  if (!country) notFound();
  const raw = query;
  const { page: askedPage, ...filter } = FilterParams.parse({
    q: first(raw.q),
    kind: first(raw.kind),
    category: first(raw.category),
    page: first(raw.page) ?? 1,
  });
  const t = await getTranslations('catalog');
  const { brands } = await orUnavailable(`/${country}/brands`, getBrands(country));
  const categories = deriveCategories(brands).map(({ slug }) => ({ slug, name: categoryName(t, slug) }));
  const category = categories.some((c) => c.slug === filter.category) ? filter.category : undefined;
  const active = { ...filter, category };
  const matches = searchDirectory(
    brands.map((brand) => ({ brand, ...toSearchable(brand) })),
    active,
  );
  const { items, page, pages } = pageOf(matches, askedPage);
  const from = (page - 1) * DIRECTORY_PAGE_SIZE + 1;
  const status =
    matches.length === 0
      ? t('noMatch')
      : pages === 1
        ? t('showing', { shown: matches.length, total: brands.length })
        : t('showingPage', { from, to: from + items.length - 1, matches: matches.length });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">
        {t('directoryTitle', { country: countryName(country, await getLocale()) ?? country })}
      </h1>
      <BrandFilter country={country} total={brands.length} categories={categories} initial={active} initialPage={page} status={status}>
        <BrandCardList
          id="brand-list"
          label={t('resultsLabel')}
          brands={items.map(({ brand }) => toCardBrand(brand))}
          country={country}
          outOfStock={t('outOfStock')}
          eager={page === 1 ? 8 : 0}
        />
        <DirectoryPages path={`/${country}/brands`} filter={active} page={page} pages={pages} />
      </BrandFilter>
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
