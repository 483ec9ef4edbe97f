'use client';

// The order page's live data: `useSWRSubscription` keyed per order, seeded with the order the server
// rendered, fed by the order feed (SSE with backoff, polling fallback). No subscription for an order
// that is already final.
import useSWRSubscription from 'swr/subscription';
import { isTerminalOrderState } from '@/lib/cryptorefills/shared';
import type { Order } from '@/lib/cryptorefills/types';
import { browserFeedEnv, initialFeedState, startOrderFeed, type FeedState } from './order-feed';

/**
 * `scope` separates subscriptions that must not share data: after a visitor unlocks the codes, the page
 * subscribes afresh (the relay then sends the codes too) instead of keeping the redacted events.
 */
export function useOrderSubscription(initial: Order, scope: string): FeedState {
  const orderId = initial.id;
  const key = isTerminalOrderState(initial.state) ? null : `order-feed:${orderId}:${scope}`;
  const { data } = useSWRSubscription<FeedState, Error, string | null>(
    key,
    (_key, { next }) => {
      let current = true;
      // The feed's own "stopped" on cleanup is not news for the page: it is leaving, or remounting (strict mode).
      const stop = startOrderFeed(orderId, initial, (state) => current && next(null, state), browserFeedEnv());
      return () => {
        current = false;
        stop();
      };
    },
    { fallbackData: initialFeedState(initial) },
  );
  return data ?? initialFeedState(initial);
}
