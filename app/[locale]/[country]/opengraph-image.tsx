import { getTranslations } from 'next-intl/server';
import { countryName } from '@/lib/countries';
import { ogImage, OG_SIZE } from '@/lib/seo/og-image';
import { getSiteConfig } from '@/lib/site/config';

// Share images are shared cache entries like their pages: one per language (and country, brand) and window.
export const revalidate = 300;
export const generateStaticParams = () => [];
export const size = OG_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ locale: string; country: string }> }) {
  const { locale, country } = await params;
  // A share image is a route handler: it names its language (root params reach only pages).
  const t = await getTranslations({ locale, namespace: 'catalog' });
  const site = getSiteConfig();
  return ogImage({ site, title: t('countryTitle', { country: countryName(country, locale) ?? country }), subtitle: t('intro') });
}
