import { humanizeCategory } from '@/lib/catalog/categories';

type Translator = { (key: string): string; has(key: string): boolean };

/** The category's name from the message catalog, or a readable form of a slug the catalog does not know. */
export function categoryName(t: Translator, slug: string): string {
  const key = `categories.${slug}`;
  return t.has(key) ? t(key) : humanizeCategory(slug);
}
