'use client';

import { useEffect } from 'react';
import type { Order } from '@/lib/cryptorefills/types';
import { orderSummary } from '@/lib/order-display/format';
import type { PaymentToken } from '@/lib/order-display/payment-uri';
import { rememberRecentOrder } from '@/lib/order-feed/recent';
import { useOrderSubscription } from '@/lib/order-feed/use-order-subscription';
import type { WalletOffer } from '@/lib/wallet/due-now';
import { OrderView } from './order-view';

interface Props {
  initialOrder: Order;
  /** This session may see the codes (it placed the order or proved its e-mail). */
  revealed: boolean;
  serverNow: number;
  token?: PaymentToken;
  /** What a wallet in the browser may pay, from the server-rendered order (absent when no wallet can). */
  wallet?: WalletOffer;
  sandbox: boolean;
}

/** The order page's live part: status, payment, timeline and codes, kept current by the order feed. */
export function OrderLive({ initialOrder, revealed, serverNow, token, wallet, sandbox }: Props) {
  const { order, seen, mode } = useOrderSubscription(initialOrder, revealed ? 'revealed' : 'status');
  const shared = { revealed, serverNow, token, wallet, sandbox };

  const { id: orderId, createdAt, coinAmount, coin } = order;
  const summary = orderSummary(order);
  useEffect(() => {
    // The buyer's own orders stay reachable from "My orders", also after the session cookie is gone.
    if (!revealed) return;
    rememberRecentOrder(window.localStorage, { orderId, createdAt: createdAt ? createdAt * 1000 : Date.now(), summary, coinAmount, coin });
  }, [revealed, orderId, createdAt, summary, coinAmount, coin]);

  return (
    <div className="flex flex-col gap-4 sm:gap-6" data-testid="order-live" data-order-state={order.state} data-feed={mode}>
      <OrderView order={order} seen={seen} mode={mode} {...shared} />
    </div>
  );
}
