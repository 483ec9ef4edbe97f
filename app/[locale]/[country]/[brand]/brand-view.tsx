import type { Metadata } from 'next';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { BrandDetails } from '@/components/catalog/brand-details';
import { BrandHeader } from '@/components/catalog/brand-header';
import { CoinSwitch } from '@/components/catalog/coin-switch';
import { IndicativePrices } from '@/components/catalog/indicative-prices';
import { planText } from '@/components/catalog/plan-text';
import { PurchasePicker } from '@/components/catalog/purchase-picker';
import { headingOf, lookupBrand } from '@/lib/catalog/brand-lookup';
import { CATALOG_COINS, pickCoin } from '@/lib/catalog/coins';
import { productKindOf } from '@/lib/catalog/kinds';
import { toBrandOffer } from '@/lib/catalog/products';
import { readSelection } from '@/lib/catalog/selection';
import { productJsonLd } from '@/lib/catalog/structured-data';
import { countryName, toCountryCode } from '@/lib/countries';
import { getPricedProducts, toUpstreamLang } from '@/lib/cryptorefills';
import { getServerConfig } from '@/lib/env';
import { pageMetadata } from '@/lib/seo/metadata';
import { orUnavailable } from '@/lib/unavailable';

type SearchParams = Record<string, string | string[] | undefined>;

interface BrandViewProps {
  country: string;
  brand: string;
  /** The coin and choice asked for; none on the shared page (`page.tsx`), the URL's on `_query/`. */
  query: SearchParams;
}

function queryString(params: SearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, item);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function brandMetadata(rawCountry: string, brand: string): Promise<Metadata> {
  const country = toCountryCode(rawCountry);
  const lookup = country ? await lookupBrand(country, brand).catch(() => null) : null;
  if (!country || lookup?.kind !== 'found') return {};
  const t = await getTranslations('brandPage');
  const values = { brand: headingOf(lookup), country: countryName(country, await getLocale()) ?? country };
  return pageMetadata({ title: t('metaTitle', values), description: t('metaDescription', values), path: `/${country}/${lookup.slug}` });
}

export async function BrandView({ country: rawCountry, brand, query }: BrandViewProps) {
  const country = toCountryCode(rawCountry);
  if (!country) notFound();
  const here = `/${country}/${encodeURIComponent(brand)}`;
  const lookup = await orUnavailable(here, lookupBrand(country, brand));
  if (lookup.kind === 'missing') notFound();
  if (lookup.kind === 'moved') permanentRedirect(`/${country}/${lookup.slug}${queryString(query)}`);
  // A guess, not a move: temporary, so a brand that later takes this slug gets its page.
  if (lookup.kind === 'near') redirect(`/${country}/${lookup.slug}${queryString(query)}`);

  const { defaultCoin } = getServerConfig();
  const coin = pickCoin(query.coin, defaultCoin);
  const coins = (CATALOG_COINS as readonly string[]).includes(defaultCoin) ? CATALOG_COINS : [defaultCoin, ...CATALOG_COINS];
  const { families, pricedAt } = await orUnavailable(
    `${here}${queryString(query)}`,
    getPricedProducts({ countryCode: country, familyName: lookup.family, coin, lang: toUpstreamLang(await getLocale()) }),
  );
  const offers = families.map(toBrandOffer).filter((offer) => offer.fixed.length > 0 || offer.range);
  const name = headingOf(lookup);
  const t = await getTranslations('brandPage');
  const locale = await getLocale();
  // eSIM plans go to the picker already written out in the page's language; the rest as is.
  const picked = offers.map((offer) => ({
    ...offer,
    fixed: offer.fixed.map(({ plan, ...choice }) => (plan ? { ...choice, planText: planText(plan, t, locale) } : choice)),
  }));

  return (
    <div className="flex flex-col gap-10">
      <BrandHeader name={name} brand={lookup.brands[0]} kind={productKindOf(families[0] ?? lookup.brands[0])} country={country}>
        <CoinSwitch path={`/${country}/${lookup.slug}`} coin={coin} coins={coins} />
        {offers.length > 0 ? (
          // Keyed by brand: a client-side move to another brand page starts with a fresh choice.
          <>
            <PurchasePicker
              key={`${country}/${lookup.slug}`}
              country={country}
              coin={coin}
              offers={picked}
              initialSelection={readSelection(offers, query)}
              cartContext={{
                country,
                slug: lookup.slug,
                logoBaseUrl: lookup.brands[0].logoBaseUrl,
                bgColor: lookup.brands[0].bgColor,
                ...(query.coin === undefined ? {} : { coin }),
              }}
            />
            <IndicativePrices pricedAt={pricedAt} />
          </>
        ) : (
          <p className="font-medium text-danger">
            {t('noProducts', { brand: name, country: countryName(country, await getLocale()) ?? country })}
          </p>
        )}
      </BrandHeader>
      <BrandDetails name={name} families={families} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: productJsonLd({
            name,
            image: lookup.brands[0].logoBaseUrl && `${lookup.brands[0].logoBaseUrl}_500x318.webp`,
            coin,
            offers,
          }),
        }}
      />
    </div>
  );
}
