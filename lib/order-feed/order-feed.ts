// The live feed of one order in the browser, framework-free: an EventSource on our relay, reconnecting with
// exponential backoff (1 s → 30 s); polling GET /api/orders/{id} every 5 s when EventSource is missing or
// keeps failing; catching up at once when the tab becomes visible or the network returns; stopping for
// good on `event: stop` or a terminal state. Every payload is checked by the order guard (./order-guard). Client-safe.
import { isTerminalOrderState } from '@/lib/cryptorefills/shared';
import type { Order } from '@/lib/cryptorefills/types';
import { readOrderPayload } from './order-guard';

export const MIN_RETRY_MS = 1000;
export const MAX_RETRY_MS = 30_000;
export const POLL_MS = 5000;
/** Consecutive stream failures after which polling takes over until the stream is back. */
export const FAILURES_BEFORE_POLLING = 3;

export type FeedMode = 'connecting' | 'live' | 'polling' | 'stopped';

export interface FeedState {
  order: Order;
  /** The states this page has seen, oldest first. */
  seen: string[];
  mode: FeedMode;
}

type EventSourceLike = Pick<EventSource, 'close' | 'addEventListener' | 'readyState'> & {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  onerror: ((event: Event) => void) | null;
};

export interface FeedEnv {
  EventSource?: new (url: string) => EventSourceLike;
  fetch: typeof fetch;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  /** Calls `resume` when the tab becomes visible or the network comes back; returns the cleanup. */
  onResume: (resume: () => void) => () => void;
}

export function browserFeedEnv(): FeedEnv {
  return {
    EventSource: typeof window.EventSource === 'function' ? window.EventSource : undefined,
    fetch: (...args) => window.fetch(...args),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
    onResume(resume) {
      const onVisible = () => document.visibilityState === 'visible' && resume();
      document.addEventListener('visibilitychange', onVisible);
      window.addEventListener('online', resume);
      return () => {
        document.removeEventListener('visibilitychange', onVisible);
        window.removeEventListener('online', resume);
      };
    },
  };
}

export function parseOrderJson(text: string): Order | null {
  try {
    return readOrderPayload(JSON.parse(text));
  } catch {
    return null;
  }
}

export function initialFeedState(order: Order): FeedState {
  return { order, seen: [order.state], mode: isTerminalOrderState(order.state) ? 'stopped' : 'connecting' };
}

/** Starts the feed; `onChange` gets every new state. Returns the function that stops it. */
export function startOrderFeed(orderId: string, initial: Order, onChange: (state: FeedState) => void, env: FeedEnv): () => void {
  const streamUrl = `/api/orders/${orderId}/subscribe`;
  const orderUrl = `/api/orders/${orderId}`;
  let state = initialFeedState(initial);
  let stopped = false;
  let source: EventSourceLike | null = null;
  let retryTimer: unknown = null;
  let pollTimer: unknown = null;
  let retryMs = MIN_RETRY_MS;
  let failures = 0;
  let polling = false;
  let fetching = false;

  const update = (next: Partial<FeedState>) => {
    state = { ...state, ...next };
    onChange(state);
  };
  const setMode = (mode: FeedMode) => mode !== state.mode && update({ mode });

  const deliver = (order: Order) => {
    if (stopped || order.id !== orderId) return;
    // A slower path (a poll in flight) must not take the page back to an older state.
    if (order.updatedAt !== undefined && state.order.updatedAt !== undefined && order.updatedAt < state.order.updatedAt) return;
    const seen = state.seen.includes(order.state) ? state.seen : [...state.seen, order.state];
    update({ order, seen });
    if (isTerminalOrderState(order.state)) stop();
  };

  const closeSource = () => {
    source?.close();
    source = null;
  };
  const clearTimers = () => {
    if (retryTimer !== null) env.clearTimeout(retryTimer);
    if (pollTimer !== null) env.clearTimeout(pollTimer);
    retryTimer = pollTimer = null;
  };

  async function fetchOnce() {
    if (stopped || fetching) return;
    fetching = true;
    try {
      const response = await env.fetch(orderUrl, { cache: 'no-store', headers: { Accept: 'application/json' } });
      const order = response.ok ? parseOrderJson(await response.text()) : null;
      if (order) deliver(order);
    } catch {
      // offline or the server is down: the next poll or reconnect tries again
    } finally {
      fetching = false;
    }
  }

  async function poll() {
    pollTimer = null;
    await fetchOnce();
    if (!stopped && polling && pollTimer === null) pollTimer = env.setTimeout(() => void poll(), POLL_MS);
  }

  function startPolling() {
    if (polling || stopped) return;
    polling = true;
    setMode('polling');
    void poll();
  }

  function stopPolling() {
    polling = false;
    if (pollTimer !== null) env.clearTimeout(pollTimer);
    pollTimer = null;
  }

  function scheduleReconnect() {
    const delay = retryMs;
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    retryTimer = env.setTimeout(() => {
      retryTimer = null;
      connect();
    }, delay);
  }

  function connect() {
    if (stopped) return;
    closeSource();
    if (!env.EventSource) return startPolling();
    const es = new env.EventSource(streamUrl);
    source = es;
    es.onmessage = (event) => {
      const order = parseOrderJson(event.data);
      if (!order) return;
      failures = 0;
      retryMs = MIN_RETRY_MS;
      stopPolling();
      setMode('live');
      deliver(order);
    };
    es.addEventListener('stop', () => {
      // The upstream is done with this order: fetch once in case the final event was missed, then stop.
      closeSource();
      if (isTerminalOrderState(state.order.state)) return stop();
      void fetchOnce().then(stop);
    });
    // Our relay ends each stream before the host's time limit: reconnect at once, it is not a failure.
    es.addEventListener('reconnect', () => connect());
    es.onerror = () => {
      if (stopped || source !== es) return;
      closeSource();
      failures += 1;
      if (failures >= FAILURES_BEFORE_POLLING) startPolling();
      else if (!polling) setMode('connecting');
      scheduleReconnect();
    };
  }

  function resume() {
    if (stopped) return;
    if (polling) {
      if (pollTimer !== null) env.clearTimeout(pollTimer);
      void poll();
    } else {
      void fetchOnce();
    }
    if (source === null && env.EventSource) {
      if (retryTimer !== null) env.clearTimeout(retryTimer);
      retryTimer = null;
      retryMs = MIN_RETRY_MS;
      connect();
    }
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    closeSource();
    clearTimers();
    polling = false;
    removeResume();
    setMode('stopped');
  }

  const removeResume = env.onResume(resume);
  if (isTerminalOrderState(initial.state)) stop();
  else connect();
  return stop;
}
