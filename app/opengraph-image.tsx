import { getTranslations } from 'next-intl/server';
import { ogImage, OG_SIZE } from '@/lib/seo/og-image';
import { getSiteConfig } from '@/lib/site/config';

export const dynamic = 'force-dynamic';
export const size = OG_SIZE;
export const contentType = 'image/png';

export default async function Image() {
  const site = getSiteConfig();
  const t = await getTranslations('site');
  return ogImage({ site, title: site.name, subtitle: t('tagline') });
}
