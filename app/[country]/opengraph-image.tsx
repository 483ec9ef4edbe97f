import { getLocale, getTranslations } from 'next-intl/server';
import { countryName } from '@/lib/countries';
import { ogImage, OG_SIZE } from '@/lib/seo/og-image';
import { getSiteConfig } from '@/lib/site/config';

export const dynamic = 'force-dynamic';
export const size = OG_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ country: string }> }) {
  const { country } = await params;
  const t = await getTranslations('catalog');
  const site = getSiteConfig();
  return ogImage({ site, title: t('countryTitle', { country: countryName(country, await getLocale()) ?? country }), subtitle: t('intro') });
}
