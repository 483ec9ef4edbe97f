// @vitest-environment jsdom
// The order page's hook on the order feed: the server's order first, then every event drawn in turn; no stream for
// an order already final; the stream closed when the page leaves, without a last "stopped" render.
import { act, StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Order } from '@/lib/cryptorefills/types';
import { useOrderSubscription } from '@/lib/order-feed/use-order-subscription';
import { doneOrder, orderAt, waitingOrder } from '../orders/fixtures';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

class FakeSource {
  static all: FakeSource[] = [];
  closed = false;
  readyState = 0;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(readonly url: string) {
    FakeSource.all.push(this);
  }
  addEventListener() {}
  close() {
    this.closed = true;
  }
  message(order: Order) {
    this.onmessage?.({ data: JSON.stringify(order) } as MessageEvent<string>);
  }
}

/** Each committed render's [state, feed mode]. */
const seen: string[][] = [];
/** Each test's own scope: the hook is useSWRSubscription, whose cache outlives a test as it outlives a page. */
let scope = 0;
function Probe({ initial }: { initial: Order }) {
  const { order, mode } = useOrderSubscription(initial, `test-${scope}`);
  useEffect(() => {
    seen.push([order.state, mode]);
  });
  return null;
}

describe('useOrderSubscription', () => {
  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    FakeSource.all = [];
    seen.length = 0;
    scope += 1;
    vi.stubGlobal('EventSource', FakeSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("draws the server's order, then each event of the order's stream in turn", async () => {
    const root = createRoot(document.createElement('div'));
    await act(() => root.render(<Probe initial={waitingOrder} />));
    expect(seen).toEqual([['WaitingForPayment', 'connecting']]);
    const [source] = FakeSource.all;
    expect(source?.url).toBe(`/api/orders/${waitingOrder.id}/subscribe`);

    await act(() => source?.message(orderAt('PaymentStarted', 1767225700)));
    await act(() => source?.message(orderAt('PaymentReceived', 1767225800)));
    expect(seen.slice(1)).toEqual([
      ['PaymentStarted', 'live'],
      ['PaymentReceived', 'live'],
    ]);

    // Leaving the page closes the stream; the feed's own "stopped" is not drawn.
    await act(() => root.unmount());
    expect(source?.closed).toBe(true);
    expect(seen.at(-1)).toEqual(['PaymentReceived', 'live']);
    expect(FakeSource.all).toHaveLength(1);
  });

  it("a remount (React's strict mode) starts the feed afresh, not 'stopped' by the first one", async () => {
    const root = createRoot(document.createElement('div'));
    await act(() =>
      root.render(
        <StrictMode>
          <Probe initial={waitingOrder} />
        </StrictMode>,
      ),
    );
    expect(FakeSource.all.map((source) => source.closed)).toEqual([true, false]);
    expect(seen.at(-1)).toEqual(['WaitingForPayment', 'connecting']);
    await act(() => FakeSource.all[1]?.message(orderAt('PaymentStarted', 1767225700)));
    expect(seen.at(-1)).toEqual(['PaymentStarted', 'live']);
    await act(() => root.unmount());
  });

  it('opens no stream for an order that is already final', async () => {
    const root = createRoot(document.createElement('div'));
    await act(() => root.render(<Probe initial={doneOrder} />));
    expect(seen).toEqual([['Done', 'stopped']]);
    expect(FakeSource.all).toEqual([]);
    await act(() => root.unmount());
  });

  it('keeps its feed when the page renders again with a new copy of the order', async () => {
    const root = createRoot(document.createElement('div'));
    await act(() => root.render(<Probe initial={waitingOrder} />));
    await act(() => FakeSource.all[0]?.message(orderAt('PaymentStarted', 1767225700)));
    await act(() => root.render(<Probe initial={{ ...waitingOrder }} />));
    expect(FakeSource.all).toHaveLength(1);
    expect(seen.at(-1)).toEqual(['PaymentStarted', 'live']);
    await act(() => root.unmount());
  });
});
