import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BrandDirectoryList } from '@/components/catalog/brand-directory-list';
import { BrandFilter } from '@/components/catalog/brand-filter';
import { categoryName } from '@/components/catalog/category-name';
import { deriveCategories } from '@/lib/catalog/categories';
import { visibleEntries } from '@/lib/catalog/directory';
import { toSearchable } from '@/lib/catalog/filter';
import { PRODUCT_KINDS } from '@/lib/catalog/kinds';
import { countryName, toCountryCode } from '@/lib/countries';
import { getBrands } from '@/lib/cryptorefills';
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
  all: z.literal('1').optional().catch(undefined),
});

export async function generateMetadata({ params }: PageProps<'/[country]/brands'>): Promise<Metadata> {
  const country = toCountryCode((await params).country);
  if (!country) return {};
  const t = await getTranslations('catalog');
  const title = t('directoryTitle', { country: countryName(country, await getLocale()) ?? country });
  return pageMetadata({ title, description: t('intro'), path: `/${country}/brands` });
}

export default async function BrandDirectoryPage({ params, searchParams }: PageProps<'/[country]/brands'>) {
  const country = toCountryCode((await params).country);
  // The layout's notFound() does not stop this page from rendering in parallel (e.g. /favicon.ico).
  if (!country) notFound();
  const raw = await searchParams;
  const { all, ...filter } = FilterParams.parse({
    q: first(raw.q),
    kind: first(raw.kind),
    category: first(raw.category),
    all: first(raw.all),
  });
  const t = await getTranslations('catalog');
  const { brands } = await orUnavailable(`/${country}/brands`, getBrands(country));
  const categories = deriveCategories(brands).map(({ slug }) => ({ slug, name: categoryName(t, slug) }));
  const category = categories.some((c) => c.slug === filter.category) ? filter.category : undefined;
  const active = { ...filter, category };
  const { matches } = visibleEntries(brands.map(toSearchable), active, true);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">
        {t('directoryTitle', { country: countryName(country, await getLocale()) ?? country })}
      </h1>
      <BrandFilter
        listId="brand-list"
        total={brands.length}
        initialMatches={matches}
        initialShowAll={all === '1'}
        categories={categories}
        initial={active}
      />
      <BrandDirectoryList id="brand-list" brands={brands} country={country} filter={active} showAll={all === '1'} />
    </div>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
