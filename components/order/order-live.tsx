'use client';

import { useEffect } from 'react';
import { isAwaitingPayment } from '@/lib/cryptorefills/shared';
import type { Order } from '@/lib/cryptorefills/types';
import { orderSummary } from '@/lib/order-display/format';
import { rememberRecentOrder } from '@/lib/order-feed/recent';
import { useOrderSubscription } from '@/lib/order-feed/use-order-subscription';
import { OrderView, type OrderViewProps } from './order-view';
import { Rehearsal } from './rehearsal';

/** The view's props that stay the same for the page's life; the feed supplies the order, the states seen and its mode. */
type Props = Omit<OrderViewProps, 'order' | 'seen' | 'mode'> & { initialOrder: Order };

/**
 * What an order awaiting payment most likely looks like next, rehearsed off-page (./rehearsal): paid (the payment
 * card leaves, the timeline moves on) and then expired (the next steps and the refund card come). Twice over: the
 * browser's engine speeds code up once it has run a few times, and the second pass took the status change's
 * render and commit from ~4.7 to ~3.7 ms (median of bench/order-latency.ts runs).
 */
const NEXT_LOOKS = ['PaymentReceived', 'Expired'] as const;
const REHEARSED_STATES = [...NEXT_LOOKS, ...NEXT_LOOKS];

/** The order page's live part: status, payment, timeline and codes, kept current by the order feed. */
export function OrderLive({ initialOrder, revealed, serverNow, token, wallet, sandbox, drawnQr }: Props) {
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
      <OrderView order={order} seen={seen} mode={mode} drawnQr={drawnQr} {...shared} />
      {mode !== 'stopped' && isAwaitingPayment(order.state) ? (
        <Rehearsal
          steps={REHEARSED_STATES.map((state) => (
            <OrderView key="rehearsal" order={{ ...order, state }} seen={[...seen, state]} mode={mode} {...shared} />
          ))}
        />
      ) : null}
    </div>
  );
}
