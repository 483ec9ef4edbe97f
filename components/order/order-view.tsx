'use client';

import { useMemo } from 'react';
import type { Order } from '@/lib/cryptorefills/types';
import { compareDecimals, isPartlyPaid } from '@/lib/order-display/amounts';
import type { PaymentToken } from '@/lib/order-display/payment-uri';
import { describeState, timelineOf, toBePaid, type PaidSoFar } from '@/lib/order-display/states';
import type { FeedMode } from '@/lib/order-feed/order-feed';
import type { WalletOffer } from '@/lib/wallet/due-now';
import { DeliveryCodes } from './delivery-codes';
import { NextSteps } from './next-steps';
import { OrderStatus } from './order-status';
import { OrderSummary } from './order-summary';
import { OrderTimeline } from './order-timeline';
import { PaymentPanel } from './payment-panel';
import { RefundInfo } from './refund-info';
import { SandboxPanel } from './sandbox-panel';
import { UnlockForm } from './unlock-form';
import type { DrawnCode } from './qr-tile';
import { WalletSent } from './wallet-pay/wallet-sent';

export interface OrderViewProps {
  order: Order;
  /** The states this page has seen, oldest first. */
  seen: string[];
  mode: FeedMode;
  /** This session may see the codes (it placed the order or proved its e-mail). */
  revealed: boolean;
  serverNow: number;
  token?: PaymentToken;
  /** What a wallet in the browser may pay, from the server-rendered order (absent when no wallet can). */
  wallet?: WalletOffer;
  sandbox: boolean;
  /** The payment QR drawn by the server for the order it rendered. */
  drawnQr?: DrawnCode;
}

function paidSoFar(order: Order): PaidSoFar {
  if (isPartlyPaid(order)) return 'partial';
  return compareDecimals(order.sentCoinAmount ?? '0', order.coinAmount) === -1 ? 'none' : 'full';
}

/** The order page's live part as it looks for one state of the order: status, payment, timeline and codes. */
export function OrderView({ order, seen, mode, revealed, serverNow, token, wallet, sandbox, drawnQr }: OrderViewProps) {
  // Each event brings a new copy of the order: the parts drawn from it stay the same objects while their inputs do
  // (describeState gives one object per state), so the status and the timeline (memo components) are drawn again
  // only when they change.
  const info = describeState(order.state);
  const paid = paidSoFar(order);
  const steps = useMemo(() => timelineOf(order.state, seen, paid), [order.state, seen, paid]);
  const payable = toBePaid(order);
  return (
    <>
      <OrderStatus info={info} mode={mode} />
      <div className="grid gap-4 sm:gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-4 sm:gap-6">
          <WalletSent orderId={order.id} />
          {payable ? <PaymentPanel order={payable} token={token} wallet={wallet} serverNow={serverNow} drawnQr={drawnQr} /> : null}
          {revealed ? <RefundInfo order={order} /> : null}
          {order.state === 'Done' ? revealed ? <DeliveryCodes order={order} /> : <UnlockForm orderId={order.id} /> : null}
          {info.next && info.next !== 'pay' ? <NextSteps next={info.next} orderId={order.id} /> : null}
          {sandbox && !info.terminal ? <SandboxPanel order={order} /> : null}
        </div>
        <div className="flex flex-col gap-6">
          <OrderTimeline steps={steps} />
          <OrderSummary order={order} />
        </div>
      </div>
    </>
  );
}
