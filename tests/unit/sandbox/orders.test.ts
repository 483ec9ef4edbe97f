import { describe, expect, it } from 'vitest';
import { ORDER_STATES, type Order, type OrderState } from '../../../sandbox/order-model';
import { orderWire } from '../../../sandbox/order-wire';
import { OrderStore, PAYMENT_WINDOW_MS } from '../../../sandbox/orders';
import { FakeTime, newOrder } from './fixtures';

const STEP = 5;

function setup() {
  const time = new FakeTime();
  const store = new OrderStore({ now: time.now, timers: time, transitionMs: STEP });
  const seen: { state: OrderState; payment: string; updated: number }[] = [];
  const order = store.create(newOrder());
  store.subscribe(order.id, (o) => seen.push({ state: o.state, payment: o.paymentState, updated: o.updatedAtSec }));
  return { time, store, order, seen };
}

describe('OrderStore: creation', () => {
  it('starts WaitingForPayment / WalletCreated with nothing sent', () => {
    const { order, time } = setup();
    expect(order.state).toBe('WaitingForPayment');
    expect(order.paymentState).toBe('WalletCreated');
    expect(order.sentAtomic).toBe(0);
    expect(order.createdAtMs).toBe(time.nowMs);
  });
});

describe('OrderStore: full payment walk', () => {
  it('walks PaymentStarted → PaymentReceived → WaitingForDelivery → Done, one step per transition', () => {
    const { store, order, time, seen } = setup();
    store.pay(order.id);
    expect(order.state).toBe('PaymentStarted');
    expect(order.sentAtomic).toBe(order.atomic);
    time.advance(STEP);
    expect(order.state).toBe('PaymentReceived');
    time.advance(STEP);
    expect(order.state).toBe('WaitingForDelivery');
    time.advance(STEP);
    expect(order.state).toBe('Done');
    expect(order.paymentState).toBe('PaymentCompleted');
    expect(seen.map((s) => s.state)).toEqual(['PaymentStarted', 'PaymentReceived', 'WaitingForDelivery', 'Done']);
    expect(seen.map((s) => s.payment)).toEqual(['PaymentReceived', 'PaymentCompleted', 'PaymentCompleted', 'PaymentCompleted']);
    const updates = seen.map((s) => s.updated);
    updates.forEach((u, i) => i > 0 && expect(u).toBeGreaterThan(updates[i - 1] ?? 0));
  });

  it('reveals codes only once Done', () => {
    const { store, order, time } = setup();
    const before = orderWire(order, 'http://h');
    expect(before.deliveries[0]?.delivery_state).toBe('WaitingForPayment');
    expect(before.deliveries[0]?.deliverable).not.toHaveProperty('pin_code');
    store.pay(order.id);
    time.advance(STEP * 3);
    const after = orderWire(order, 'http://h');
    expect(after.deliveries[0]?.delivery_state).toBe('Done');
    expect(after.deliveries[0]?.deliverable.pin_code).toEqual(expect.any(String));
    expect(after.deliveries[0]?.deliverable.redeem_instructions).toContain('<');
  });

  it('refuses to pay an order that is being paid or done', () => {
    const { store, order, time } = setup();
    store.pay(order.id);
    expect(() => store.pay(order.id)).toThrow(expect.objectContaining({ status: 409 }));
    time.advance(STEP * 3);
    expect(() => store.pay(order.id)).toThrow(expect.objectContaining({ status: 409 }));
  });
});

describe('OrderStore: partial payment', () => {
  it('pay part → PartialPaymentStarted, pay the rest → Done', () => {
    const { store, order, time, seen } = setup();
    const half = Math.floor(order.atomic / 2);
    store.pay(order.id, half);
    expect(order.state).toBe('PartialPaymentStarted');
    expect(order.paymentState).toBe('PaymentReceived');
    expect(order.sentAtomic).toBe(half);
    expect(orderWire(order, 'http://h').sent_coin_amount).toBe('50.75');
    store.pay(order.id, order.atomic - half);
    expect(order.state).toBe('PaymentStarted');
    time.advance(STEP * 3);
    expect(order.state).toBe('Done');
    expect(order.sentAtomic).toBe(order.atomic);
    expect(seen[0]?.state).toBe('PartialPaymentStarted');
  });

  it('paying without an amount settles what is still due', () => {
    const { store, order } = setup();
    store.pay(order.id, 1_000_000);
    store.pay(order.id);
    expect(order.sentAtomic).toBe(order.atomic);
    expect(order.state).toBe('PaymentStarted');
  });
});

describe('OrderStore: expiry (30 minutes from created_at, injected clock)', () => {
  it('expires through its timer when the clock passes the window, and notifies subscribers', () => {
    const { order, time, seen } = setup();
    time.advance(PAYMENT_WINDOW_MS - 1);
    expect(order.state).toBe('WaitingForPayment');
    time.advance(1);
    expect(order.state).toBe('Expired');
    expect(order.paymentState).toBe('Expired');
    expect(seen.map((s) => s.state)).toEqual(['Expired']);
  });

  it('expires lazily on read even when no timer fired', () => {
    const { store, order, time } = setup();
    time.nowMs += PAYMENT_WINDOW_MS + 1000;
    expect(store.get(order.id)?.state).toBe('Expired');
  });

  it('a partly paid order expires as ExpiredAfterPaymentDetection', () => {
    const { store, order, time } = setup();
    store.pay(order.id, 1_000_000);
    time.advance(PAYMENT_WINDOW_MS);
    expect(order.state).toBe('Expired');
    expect(order.paymentState).toBe('ExpiredAfterPaymentDetection');
  });

  it('a late full payment still completes; a late partial one stays Expired', () => {
    const { store, order, time } = setup();
    time.advance(PAYMENT_WINDOW_MS);
    store.pay(order.id, 1_000_000);
    expect(order.state).toBe('Expired');
    expect(order.paymentState).toBe('ExpiredAfterPaymentDetection');
    store.pay(order.id);
    time.advance(STEP * 3);
    expect(order.state).toBe('Done');
  });

  it('a paid order does not expire', () => {
    const { store, order, time } = setup();
    store.pay(order.id);
    time.advance(PAYMENT_WINDOW_MS * 2);
    expect(order.state).toBe('Done');
  });
});

describe('OrderStore: forced states and shortcuts', () => {
  it.each(ORDER_STATES)('can force %s', (state) => {
    const { store, order } = setup();
    store.force(order.id, state);
    expect(order.state).toBe(state);
    expect(orderWire(order, 'http://h').order_state).toBe(state);
  });

  it('uses the given payment_state and cancels a walk in progress', () => {
    const { store, order, time } = setup();
    store.pay(order.id);
    store.force(order.id, 'WaitingForManualAction', 'PaymentRequested');
    time.advance(STEP * 5);
    expect(order.state).toBe('WaitingForManualAction');
    expect(order.paymentState).toBe('PaymentRequested');
  });

  it('maps delivery_state from the order state', () => {
    const { store, order } = setup();
    const expected: Partial<Record<OrderState, string>> = {
      Created: 'WaitingForPayment',
      PaymentReceived: 'WaitingForDelivery',
      WaitingForManualAction: 'WaitingForDelivery',
      Done: 'Done',
      Expired: 'Failed',
      PaymentFailed: 'Failed',
      Refunded: 'Refunded',
    };
    for (const [state, delivery] of Object.entries(expected)) {
      store.force(order.id, state as OrderState);
      expect(orderWire(order, 'http://h').deliveries[0]?.delivery_state).toBe(delivery);
    }
  });

  it('fail, setup-fail, hold and refund shortcuts; expire only while unpaid', () => {
    const { store } = setup();
    const a = store.create(newOrder());
    expect(store.shortcut(a.id, 'WaitingForManualAction').state).toBe('WaitingForManualAction');
    expect(store.shortcut(a.id, 'PaymentFailed').state).toBe('PaymentFailed');
    expect(() => store.shortcut(a.id, 'PaymentFailed')).toThrow(expect.objectContaining({ status: 409 }));
    expect(store.shortcut(a.id, 'Refunded').paymentState).toBe('Refunded');
    expect(() => store.shortcut(a.id, 'Refunded')).toThrow(expect.objectContaining({ status: 409 }));
    const b = store.create(newOrder());
    expect(store.shortcut(b.id, 'PaymentSetupFailed').state).toBe('PaymentSetupFailed');
    const c = store.create(newOrder());
    expect(store.expire(c.id).state).toBe('Expired');
    expect(() => store.expire(c.id)).toThrow(expect.objectContaining({ status: 409 }));
  });

  it('unknown ids are 404s; reset forgets orders and pending timers', () => {
    const { store, time, order } = setup();
    expect(() => store.pay('00000000-0000-4000-8000-000000000000')).toThrow(expect.objectContaining({ status: 404 }));
    store.pay(order.id);
    store.reset();
    expect(store.size).toBe(0);
    expect(time.pending).toBe(0);
  });

  it('unsubscribing leaves no listener behind', () => {
    const store = new OrderStore({ timers: new FakeTime() });
    const order: Order = store.create(newOrder());
    const off = store.subscribe(order.id, () => {});
    expect(store.listenerCount()).toBe(1);
    off();
    expect(store.listenerCount()).toBe(0);
  });
});
