import { getTranslations } from 'next-intl/server';
import { headingOf, lookupBrand } from '@/lib/catalog/brand-lookup';
import { countryName, toCountryCode } from '@/lib/countries';
import { ogImage, OG_SIZE } from '@/lib/seo/og-image';
import { getSiteConfig } from '@/lib/site/config';

// Share images are shared cache entries like their pages: one per language (and country, brand) and window.
export const revalidate = 300;
export const generateStaticParams = () => [];
export const size = OG_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ locale: string; country: string; brand: string }> }) {
  const { locale, country: rawCountry, brand } = await params;
  const country = toCountryCode(rawCountry) ?? 'US';
  const site = getSiteConfig();
  // A share image is a route handler: it names its language (root params reach only pages).
  const t = await getTranslations({ locale, namespace: 'brandPage' });
  const lookup = await lookupBrand(country, brand).catch(() => null);
  const place = countryName(country, locale) ?? country;
  if (lookup?.kind !== 'found') return ogImage({ site, title: site.name, subtitle: place });
  const name = headingOf(lookup);
  return ogImage({
    site,
    title: t('metaTitle', { brand: name, country: place }),
    subtitle: t('metaDescription', { brand: name, country: place }),
    badge: { text: name, color: lookup.brands[0].bgColor || site.primaryColor },
  });
}
