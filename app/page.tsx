import { getTranslations } from 'next-intl/server';
import { BrandGrid } from '@/components/catalog/brand-grid';
import { PaymentMethods } from '@/components/checkout/payment-methods';
import { countryName } from '@/lib/countries';
import { CryptorefillsError, getBrands, getPaymentVias } from '@/lib/cryptorefills';
import { getServerConfig } from '@/lib/env';
import { log } from '@/lib/log';

export default async function Home() {
  const t = await getTranslations('home');
  const { defaultCountry } = getServerConfig();
  const country = countryName(defaultCountry) ?? defaultCountry;
  const [brands, vias] = await Promise.allSettled([getBrands(defaultCountry), getPaymentVias()]);
  for (const result of [brands, vias]) {
    if (result.status === 'rejected') log.error('home: catalog read failed', { code: codeOf(result.reason) });
  }

  return (
    <div className="flex flex-col gap-10">
      <section>
        <h1 className="text-3xl font-semibold tracking-tight">{t('title', { country })}</h1>
        <p className="mt-2 max-w-2xl text-muted">{t('intro')}</p>
      </section>

      <section aria-labelledby="payment-heading">
        <h2 id="payment-heading" className="mb-4 text-xl font-semibold">
          {t('paymentHeading')}
        </h2>
        {vias.status === 'fulfilled' ? <PaymentMethods vias={vias.value} /> : <p role="alert">{t('unavailable')}</p>}
      </section>

      <section aria-labelledby="brands-heading">
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="brands-heading" className="text-xl font-semibold">
            {t('brandsHeading', { country })}
          </h2>
          {brands.status === 'fulfilled' ? (
            <p className="text-sm text-muted">{t('brandCount', { count: brands.value.brands.length })}</p>
          ) : null}
        </div>
        {brands.status === 'fulfilled' ? <BrandGrid brands={brands.value.brands} /> : <p role="alert">{t('unavailable')}</p>}
      </section>
    </div>
  );
}

function codeOf(reason: unknown): string {
  return reason instanceof CryptorefillsError ? reason.code : 'UNKNOWN';
}
