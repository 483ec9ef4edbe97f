'use client';

// The order page's live data: the order feed (SSE with backoff, polling fallback) for as long as the page shows the
// order, seeded with the order the server rendered. No subscription for an order that is already final.
import { useCallback, useState, useSyncExternalStore } from 'react';
import { isTerminalOrderState } from '@/lib/cryptorefills/shared';
import type { Order } from '@/lib/cryptorefills/types';
import { browserFeedEnv, initialFeedState, startOrderFeed, type FeedState } from './order-feed';

/**
 * `scope` separates subscriptions that must not share data: after a visitor unlocks the codes, the page
 * subscribes afresh (the relay then sends the codes too) instead of keeping the redacted events.
 */
export function useOrderSubscription(initial: Order, scope: string): FeedState {
  // The server's order seeds the feed once; a later render's `initial` does not restart it. The latest state lives
  // in this box, read through an external store so that every event is drawn as it comes (no batching of states).
  const [box] = useState(() => ({ seed: initial, state: initialFeedState(initial) }));
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (isTerminalOrderState(box.seed.state)) return () => undefined;
      let current = true;
      const stop = startOrderFeed(
        box.seed.id,
        box.seed,
        (next) => {
          // The feed's own "stopped" on cleanup is not news for this page (it is leaving, or remounting in dev).
          if (!current) return;
          box.state = next;
          onChange();
        },
        browserFeedEnv(),
      );
      return () => {
        current = false;
        stop();
      };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the contract: a new scope is a new subscription
    [box, scope],
  );
  const snapshot = useCallback(() => box.state, [box]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
