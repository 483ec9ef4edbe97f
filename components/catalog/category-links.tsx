import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { CategoryCount } from '@/lib/catalog/categories';
import { categoryName } from './category-name';

export async function CategoryLinks({ country, categories }: { country: string; categories: CategoryCount[] }) {
  const t = await getTranslations('catalog');
  const format = await getFormatter();
  return (
    <ul className="flex flex-wrap gap-2">
      {categories.map(({ slug, count }) => (
        <li key={slug}>
          <Link
            prefetch={false}
            href={`/${country}/brands?category=${encodeURIComponent(slug)}`}
            className="inline-flex items-center gap-2 rounded-full border border-border bg-surface px-3 py-1.5 text-sm hover:border-primary-ink"
          >
            {categoryName(t, slug)}
            <span className="text-muted">{format.number(count)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
