import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DrawnQr } from '@/components/order/drawn-qr';
import { OrderHeader } from '@/components/order/order-header';
import { OrderLive } from '@/components/order/order-live';
import { isAwaitingPayment, isValidOrderId } from '@/lib/cryptorefills';
import { getServerConfig } from '@/lib/env';
import { toBrowserOrder } from '@/lib/orders/browser-order';
import { shortOrderId } from '@/lib/order-display/format';
import { toBePaid } from '@/lib/order-display/states';
import { orderPaymentUri } from '@/lib/order-display/payment-uri';
import { qrSizeFor } from '@/lib/order-display/qr';
import { paymentTokenFor } from '@/lib/orders/load';
import { loadOrderForPage } from '@/lib/orders/page-load';
import { explorerTxUrlFor } from '@/lib/wallet/explorers';
import type { WalletOffer } from '@/lib/wallet/due-now';
import { walletPaymentFor } from '@/lib/wallet/payment-target';
import { solanaWalletPayEnabled } from '@/lib/wallet/solana/server/config';

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
  const { order, readAt, revealed } = await loadOrderForPage(orderId, `/orders/${orderId}`);
  const token = isAwaitingPayment(order.state) ? await paymentTokenFor(order) : undefined;
  const walletPayment =
    token && getServerConfig().walletPay ? walletPaymentFor(order, token, { solanaRpc: solanaWalletPayEnabled() }) : null;
  const explorerTxUrl = walletPayment ? explorerTxUrlFor(walletPayment.network) : undefined;
  const wallet: WalletOffer | undefined = walletPayment
    ? { payment: walletPayment, ...(explorerTxUrl ? { explorerTxUrl } : {}) }
    : undefined;
  const initialOrder = toBrowserOrder(order, revealed);
  // The payment QR is drawn here, so the browser neither loads the renderer nor encodes it again while hydrating.
  const payable = toBePaid(initialOrder);
  const qrValue = payable ? orderPaymentUri(payable, token) : undefined;
  const drawnQr = qrValue ? { value: qrValue, svg: <DrawnQr value={qrValue} size={qrSizeFor(qrValue.length)} /> } : undefined;
  return (
    <article className="flex flex-col gap-4 sm:gap-6">
      <OrderHeader orderId={orderId} />
      <OrderLive
        key={revealed ? 'revealed' : 'status'}
        initialOrder={initialOrder}
        revealed={revealed}
        serverNow={readAt}
        token={token}
        wallet={wallet}
        sandbox={getServerConfig().sandbox}
        drawnQr={drawnQr}
      />
    </article>
  );
}
