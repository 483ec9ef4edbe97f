import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { BrandGrid } from '@/components/catalog/brand-grid';
import { CategoryLinks } from '@/components/catalog/category-links';
import { HomeSearch } from '@/components/catalog/home-search';
import { KindLinks } from '@/components/catalog/kind-links';
import { PaymentMethods } from '@/components/checkout/payment-methods';
import { countKinds, deriveCategories } from '@/lib/catalog/categories';
import { countryName, toCountryCode } from '@/lib/countries';
import { getBrands, getHomepage, getPaymentVias, type Brand, type HomepageSection } from '@/lib/cryptorefills';
import { logRejected } from '@/lib/log';
import { pageMetadata } from '@/lib/seo/metadata';
import { leaveOnTrouble } from '@/lib/unavailable';

const POPULAR_LIMIT = 8;

export async function countryHomeMetadata(code: string): Promise<Metadata> {
  const country = toCountryCode(code);
  if (!country) return {};
  const t = await getTranslations('catalog');
  return pageMetadata({
    title: t('countryTitle', { country: countryName(country, await getLocale()) ?? country }),
    description: t('intro'),
    path: `/${country}`,
  });
}

export async function CountryHome({ country: code }: { country: string }) {
  const country = toCountryCode(code);
  // The layout's notFound() does not stop this page from rendering in parallel (e.g. /favicon.ico).
  if (!country) notFound();
  const t = await getTranslations('catalog');
  const name = countryName(country, await getLocale()) ?? country;
  const [directory, homepage, vias] = await Promise.allSettled([getBrands(country), getHomepage(country), getPaymentVias()]);
  logRejected('country home', { directory, homepage, vias });
  if (directory.status === 'rejected') return leaveOnTrouble(`/${country}`, directory.reason);

  const { brands, popularBrands } = directory.value;
  const popular = (popularBrands.length > 0 ? popularBrands : brands).slice(0, POPULAR_LIMIT);
  // The homepage feed has its own "Popular" row (the directory's popular brands come from it): shown once, above.
  const sections =
    homepage.status === 'fulfilled'
      ? homepage.value.sections.filter((s) => s.brands.length > 0 && !repeatsPopular(s, popular, t('popular')))
      : [];

  return (
    <div className="flex flex-col gap-12">
      <section>
        <h1 className="text-3xl font-semibold tracking-tight">{t('countryTitle', { country: name })}</h1>
        <p className="mt-2 max-w-2xl text-muted">{t('intro')}</p>
        <HomeSearch country={country} />
        <KindLinks country={country} counts={countKinds(brands)} />
      </section>

      <Section id="popular" title={t('popular')}>
        <BrandGrid brands={popular} country={country} outOfStock={t('outOfStock')} />
      </Section>

      {sections.map((section, index) => (
        <Section key={`${section.title ?? ''}-${index}`} id={`feed-${index}`} title={section.title ?? t('featured')}>
          <BrandGrid brands={section.brands.slice(0, POPULAR_LIMIT)} country={country} outOfStock={t('outOfStock')} eager={0} />
        </Section>
      ))}

      <Section id="categories" title={t('categoriesHeading')}>
        <CategoryLinks country={country} categories={deriveCategories(brands)} />
      </Section>

      {vias.status === 'fulfilled' ? (
        <Section id="payment" title={t('paymentHeading')}>
          <PaymentMethods vias={vias.value} />
        </Section>
      ) : null}
    </div>
  );
}

/** A feed row that is the Popular row again: titled so, or listing the same brands first. */
function repeatsPopular(section: HomepageSection, popular: readonly Brand[], title: string): boolean {
  const named = section.title?.trim().toLowerCase();
  if (named === 'popular' || named === title.toLowerCase()) return true;
  const key = (brands: readonly Brand[]) =>
    brands
      .slice(0, POPULAR_LIMIT)
      .map((brand) => brand.id ?? brand.name)
      .join(',');
  return key(section.brands) === key(popular);
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
