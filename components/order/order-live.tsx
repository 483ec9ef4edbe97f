'use client';

import { useEffect } from 'react';
import { isAwaitingPayment } from '@/lib/cryptorefills/shared';
import type { Order } from '@/lib/cryptorefills/types';
import { compareDecimals, isPartlyPaid } from '@/lib/order-display/amounts';
import { orderSummary } from '@/lib/order-display/format';
import type { PaymentToken } from '@/lib/order-display/payment-uri';
import { rememberRecentOrder } from '@/lib/order-feed/recent';
import { describeState, timelineOf, type PaidSoFar } from '@/lib/order-display/states';
import { useOrderSubscription } from '@/lib/order-feed/use-order-subscription';
import { DeliveryCodes } from './delivery-codes';
import { NextSteps } from './next-steps';
import { OrderStatus } from './order-status';
import { OrderSummary } from './order-summary';
import { OrderTimeline } from './order-timeline';
import { PaymentPanel } from './payment-panel';
import { RefundInfo } from './refund-info';
import { SandboxPanel } from './sandbox-panel';
import { UnlockForm } from './unlock-form';
import { WalletSent } from './wallet-pay/wallet-sent';
import type { WalletOffer } from '@/lib/wallet/due-now';
import type { DrawnCode } from './qr-tile';

interface Props {
  initialOrder: Order;
  /** This session may see the codes (it placed the order or proved its e-mail). */
  revealed: boolean;
  serverNow: number;
  token?: PaymentToken;
  /** What a wallet in the browser may pay, from the server-rendered order (absent when no wallet can). */
  wallet?: WalletOffer;
  sandbox: boolean;
  /** The payment QR drawn by the server for `initialOrder`. */
  drawnQr?: DrawnCode;
}

function paidSoFar(order: Order): PaidSoFar {
  if (isPartlyPaid(order)) return 'partial';
  return compareDecimals(order.sentCoinAmount ?? '0', order.coinAmount) === -1 ? 'none' : 'full';
}

/** The order page's live part: status, payment, timeline and codes, kept current by the order feed. */
export function OrderLive({ initialOrder, revealed, serverNow, token, wallet: walletOffer, sandbox, drawnQr }: Props) {
  const { order, seen, mode } = useOrderSubscription(initialOrder, revealed ? 'revealed' : 'status');
  const info = describeState(order.state);
  const wallet = order.walletAddress;

  const { id: orderId, createdAt, coinAmount, coin } = order;
  const summary = orderSummary(order);
  useEffect(() => {
    // The buyer's own orders stay reachable from "My orders", also after the session cookie is gone.
    if (!revealed) return;
    rememberRecentOrder(window.localStorage, { orderId, createdAt: createdAt ? createdAt * 1000 : Date.now(), summary, coinAmount, coin });
  }, [revealed, orderId, createdAt, summary, coinAmount, coin]);

  return (
    <div className="flex flex-col gap-4 sm:gap-6" data-testid="order-live" data-order-state={order.state} data-feed={mode}>
      <OrderStatus info={info} mode={mode} />
      <div className="grid gap-4 sm:gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-4 sm:gap-6">
          <WalletSent orderId={order.id} />
          {isAwaitingPayment(order.state) && wallet ? (
            <PaymentPanel
              order={{ ...order, walletAddress: wallet }}
              token={token}
              wallet={walletOffer}
              serverNow={serverNow}
              drawnQr={drawnQr}
            />
          ) : null}
          {revealed ? <RefundInfo order={order} /> : null}
          {order.state === 'Done' ? revealed ? <DeliveryCodes order={order} /> : <UnlockForm orderId={order.id} /> : null}
          {info.next && info.next !== 'pay' ? <NextSteps next={info.next} orderId={order.id} /> : null}
          {sandbox && !info.terminal ? <SandboxPanel order={order} /> : null}
        </div>
        <div className="flex flex-col gap-6">
          <OrderTimeline steps={timelineOf(order.state, seen, paidSoFar(order))} />
          <OrderSummary order={order} />
        </div>
      </div>
    </div>
  );
}
