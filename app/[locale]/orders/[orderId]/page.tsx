import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OrderHeader } from '@/components/order/order-header';
import { OrderLive } from '@/components/order/order-live';
import { isAwaitingPayment, isValidOrderId, requestContextFrom } from '@/lib/cryptorefills';
import { getServerConfig } from '@/lib/env';
import { maySeeCodes } from '@/lib/orders/access';
import { toBrowserOrder } from '@/lib/orders/browser-order';
import { shortOrderId } from '@/lib/order-display/format';
import { loadOrder, paymentTokenFor } from '@/lib/orders/load';
import { getSession } from '@/lib/session';
import { explorerTxUrlFor } from '@/lib/wallet/explorers';
import type { WalletOffer } from '@/lib/wallet/due-now';
import { walletPaymentFor } from '@/lib/wallet/payment-target';
import { solanaWalletPayEnabled } from '@/lib/wallet/solana/server/config';
import { orUnavailable } from '@/lib/unavailable';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: PageProps<'/[locale]/orders/[orderId]'>): Promise<Metadata> {
  const { orderId } = await params;
  const t = await getTranslations('order');
  // An id that cannot be an order is never echoed back: the page is the order not-found page.
  if (!isValidOrderId(orderId)) return { title: t('notFound.title') };
  return { title: t('metaTitle', { id: shortOrderId(orderId) }) };
}

export default async function OrderPage({ params }: PageProps<'/[locale]/orders/[orderId]'>) {
  const { orderId } = await params;
  if (!isValidOrderId(orderId)) notFound();
  const [session, loaded] = await Promise.all([
    getSession(),
    orUnavailable(`/orders/${orderId}`, loadOrder(orderId, requestContextFrom(await headers()))),
  ]);
  if (!loaded) notFound();
  const { order, readAt } = loaded;
  const revealed = maySeeCodes(session, orderId);
  const token = isAwaitingPayment(order.state) ? await paymentTokenFor(order) : undefined;
  const walletPayment = token ? walletPaymentFor(order, token, { solanaRpc: solanaWalletPayEnabled() }) : null;
  const explorerTxUrl = walletPayment ? explorerTxUrlFor(walletPayment.network) : undefined;
  const wallet: WalletOffer | undefined = walletPayment
    ? { payment: walletPayment, ...(explorerTxUrl ? { explorerTxUrl } : {}) }
    : undefined;
  return (
    <article className="flex flex-col gap-6">
      <OrderHeader orderId={orderId} />
      <OrderLive
        key={revealed ? 'revealed' : 'status'}
        initialOrder={toBrowserOrder(order, revealed)}
        revealed={revealed}
        serverNow={readAt}
        token={token}
        wallet={wallet}
        sandbox={getServerConfig().sandbox}
      />
    </article>
  );
}
