import 'server-only';
import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { getSiteConfig } from '@/lib/site/config';

/** A catalog page's title, description, canonical URL and Open Graph / Twitter card (images come from opengraph-image). */
export async function pageMetadata({ title, description, path }: { title: string; description: string; path: string }): Promise<Metadata> {
  const site = getSiteConfig();
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, siteName: site.name, type: 'website', locale: await getLocale() },
    twitter: { card: 'summary_large_image', title, description },
  };
}
