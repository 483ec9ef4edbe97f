import { getTranslations } from 'next-intl/server';
import { ogImage, OG_SIZE } from '@/lib/seo/og-image';
import { getSiteConfig } from '@/lib/site/config';

// Share images are shared cache entries like their pages: one per language and window.
export const revalidate = 300;
export const generateStaticParams = () => [];
export const size = OG_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const site = getSiteConfig();
  // A share image is a route handler: it names its language (root params reach only pages).
  const t = await getTranslations({ locale, namespace: 'site' });
  return ogImage({ site, title: site.name, subtitle: t('tagline') });
}
