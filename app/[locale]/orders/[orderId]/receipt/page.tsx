import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Receipt } from '@/components/order/receipt';
import { isValidOrderId } from '@/lib/cryptorefills';
import { toBrowserOrder } from '@/lib/orders/browser-order';
import { loadOrderForPage } from '@/lib/orders/page-load';
import { shortOrderId } from '@/lib/order-display/format';
import { hasReceipt, receiptUrl } from '@/lib/order-display/receipt';
import { getSiteConfig } from '@/lib/site/config';
import './receipt.css';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/orders/[orderId]/receipt'>): Promise<Metadata> {
  const { orderId } = await params;
  const t = await getTranslations('order');
  if (!isValidOrderId(orderId)) return { title: t('notFound.title') };
  return { title: t('receipt.metaTitle', { id: shortOrderId(orderId) }) };
}

/**
 * A delivered order's receipt. The same rule as the order page decides what it shows: the session that placed the
 * order (or proved its e-mail) sees recipients and codes; anyone else with the link, the receipt without them.
 */
export default async function ReceiptPage({ params }: PageProps<'/[locale]/orders/[orderId]/receipt'>) {
  const { orderId } = await params;
  const { order: loaded, revealed } = await loadOrderForPage(orderId, `/orders/${orderId}/receipt`);
  const order = toBrowserOrder(loaded, revealed);
  if (!hasReceipt(order.state)) {
    const t = await getTranslations('order.receipt.notReady');
    const back = await getTranslations('order.receipt');
    return (
      <section className="mx-auto max-w-xl py-16 text-center">
        <h1 className="text-3xl font-semibold">{t('title')}</h1>
        <p className="mt-4 text-muted">{t('body')}</p>
        <Link href={`/orders/${orderId}`} className="mt-8 inline-block rounded-lg bg-primary px-4 py-2 font-medium text-primary-fg">
          {back('backToOrder')}
        </Link>
      </section>
    );
  }
  const site = getSiteConfig();
  return <Receipt order={order} revealed={revealed} url={receiptUrl(site.url, orderId)} siteName={site.name} />;
}
