import type { MetadataRoute } from 'next';
import { cookies, headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { LOCALE_COOKIE } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { getSiteConfig } from '@/lib/site/config';
import { manifestIcons } from '@/lib/site/icons';

export const dynamic = 'force-dynamic';

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const site = getSiteConfig();
  const [jar, headerList] = await Promise.all([cookies(), headers()]);
  const locale = negotiateLocale(jar.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'));
  const t = await getTranslations({ locale, namespace: 'site' });
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
