// @vitest-environment jsdom
// The order page's live part draws again only what an event changed: a new copy of the order in the same state
// leaves the status, the timeline, the summary and the wallet notice alone; a new state redraws the status and the
// timeline, not the summary.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OrderView, type OrderViewProps } from '@/components/order/order-view';
import type { Order } from '@/lib/cryptorefills/types';
import { orderAt } from '../orders/fixtures';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

// Each component asks for its messages once per render: the namespaces asked for are the components drawn.
const drawn: string[] = [];
vi.mock('next-intl', () => ({
  useTranslations: (namespace: string) => {
    drawn.push(namespace);
    return (key: string) => key;
  },
  useLocale: () => 'en',
}));

const STATUS = 'order';
const TIMELINE = 'order.timeline';
const SUMMARY = 'order.summary';
const WALLET_SENT = 'walletPay';

function view(order: Order, seen: string[]): OrderViewProps {
  return { order, seen, mode: 'live', revealed: false, serverNow: 1767225600_000, sandbox: false };
}

describe('OrderView', () => {
  beforeEach(() => {
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    drawn.length = 0;
  });

  it('draws again only the parts an event changed', async () => {
    const root = createRoot(document.createElement('div'));
    const received = orderAt('PaymentReceived', 1767225800);
    const seen = ['WaitingForPayment', 'PaymentReceived'];
    await act(() => root.render(<OrderView {...view(received, seen)} />));
    expect(drawn).toEqual(expect.arrayContaining([STATUS, TIMELINE, SUMMARY, WALLET_SENT]));

    // The same state again, in a new copy of the order (a later updatedAt): nothing to draw.
    drawn.length = 0;
    await act(() =>
      root.render(<OrderView {...view({ ...received, deliveries: structuredClone(received.deliveries), updatedAt: 1767225810 }, seen)} />),
    );
    expect(drawn).toEqual([]);

    // A new state: the status and the timeline, not the summary nor the wallet notice.
    drawn.length = 0;
    const delivering = orderAt('WaitingForDelivery', 1767225900);
    // The feed keeps its list of states seen until a new one comes.
    const seenNow = [...seen, 'WaitingForDelivery'];
    await act(() => root.render(<OrderView {...view(delivering, seenNow)} />));
    expect(drawn.sort()).toEqual([STATUS, TIMELINE]);

    // What the summary shows changed (another amount): the summary is drawn again.
    drawn.length = 0;
    await act(() => root.render(<OrderView {...view({ ...delivering, coinAmount: '99.00' }, seenNow)} />));
    expect(drawn).toEqual([SUMMARY]);
    await act(() => root.unmount());
  });
});
