import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { getSiteConfig } from '@/lib/site/config';
import { manifestIcons } from '@/lib/site/icons';

export const dynamic = 'force-dynamic';

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const site = getSiteConfig();
  const t = await getTranslations('site');
  return {
    name: site.name,
    short_name: site.name.slice(0, 12),
    description: t('tagline'),
    start_url: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: site.primaryColor,
    icons: manifestIcons(site),
  };
}
