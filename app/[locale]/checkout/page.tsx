import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { IntlScope } from '@/components/layout/intl-scope';
import { parseBuyNow } from '@/lib/cart/buy-now';
import { paymentOptions } from '@/lib/checkout/payment-options';
import { getPaymentVias } from '@/lib/cryptorefills';
import { getServerConfig } from '@/lib/env';
import { getSiteConfig } from '@/lib/site/config';
import { orUnavailable } from '@/lib/unavailable';

// Per visitor: the cart arrives in the URL or from the browser, the order is created with this visitor's session.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('checkout');
  return { title: t('title'), robots: { index: false } };
}

export default async function CheckoutPage({ searchParams }: PageProps<'/[locale]/checkout'>) {
  const t = await getTranslations('checkout');
  const { item } = await searchParams;
  const buyNow = parseBuyNow(item);
  const config = getServerConfig();
  const here = typeof item === 'string' ? `/checkout?item=${encodeURIComponent(item)}` : '/checkout';
  const options = paymentOptions(await orUnavailable(here, getPaymentVias()));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t('title')}</h1>
      <IntlScope namespaces={['checkout', 'problems', 'refundAddress']}>
        <CheckoutForm
          options={options}
          defaults={{ coin: config.defaultCoin, network: config.defaultNetwork }}
          buyNow={buyNow}
          accountUrl={getSiteConfig().accountUrl}
        />
      </IntlScope>
    </div>
  );
}
