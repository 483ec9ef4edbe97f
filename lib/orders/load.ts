// Server reads for the order pages: the order (null when the upstream does not know it) and the token
// contract of its network, for building payment URIs when the order's `qrText` cannot be used.
import 'server-only';
import { getOrder, getPaymentVias, UpstreamHttpError, type Order, type RequestContext } from '@/lib/cryptorefills';
import { USER_WALLET_VIA } from '@/lib/cryptorefills/shared';
import { logRejected } from '@/lib/log';
import { isUpstreamTrouble } from '@/lib/unavailable';
import type { PaymentToken } from '../order-display/payment-uri';

export interface LoadedOrder {
  order: Order;
  /** The server's clock when the order was read: the browser measures its clock skew against it. */
  readAt: number;
}

/**
 * The order, or null when the upstream does not know it (a 404 page, not an error). Any other refusal of this one
 * order (400, 410, 422…) is the same to the visitor: there is no order to show. Trouble (down, 5xx, 401/403/408/429,
 * garbage) is thrown for the page's unavailable screen.
 */
export async function loadOrder(orderId: string, ctx: RequestContext): Promise<LoadedOrder | null> {
  try {
    const order = await getOrder(orderId, ctx);
    return { order, readAt: Date.now() };
  } catch (error) {
    if (error instanceof UpstreamHttpError && !isUpstreamTrouble(error)) return null;
    throw error;
  }
}

/** From the cached /v3/payment_vias; undefined when it cannot be read (the URI then comes from qrText). */
export async function paymentTokenFor(order: Pick<Order, 'coin' | 'network'>): Promise<PaymentToken | undefined> {
  const [vias] = await Promise.allSettled([getPaymentVias()]);
  if (vias.status === 'rejected') {
    logRejected('order page', { vias });
    return undefined;
  }
  const currency = vias.value
    .find((via) => via.name === USER_WALLET_VIA)
    ?.currencies.find((c) => c.name.toUpperCase() === order.coin.toUpperCase());
  const network = currency?.networks.find((n) => n.name.toLowerCase() === order.network?.toLowerCase());
  if (!network) return undefined;
  return {
    ...(network.smartContract?.address ? { address: network.smartContract.address } : {}),
    ...(network.smartContract?.decimals !== undefined ? { decimals: network.smartContract.decimals } : {}),
    ...(network.chainId !== undefined ? { chainId: network.chainId } : {}),
    ...(network.baseToken ? { baseToken: network.baseToken } : {}),
  };
}
