// In-memory order store and state machine. Time comes from an injected clock and timers, so tests can drive
// expiry (30-minute window from created_at) and the payment walk deterministically.
import { codesFor } from './deliverables';
import { HttpError } from './http';
import { defaultPaymentState, isTerminal, PAYABLE_STATES, UNPAID_STATES, type Order, type OrderState } from './order-model';

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set(fn, ms) {
    const handle = setTimeout(fn, ms);
    handle.unref();
    return handle;
  },
  clear(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};

export interface OrderStoreOptions {
  now?: () => number;
  timers?: Timers;
  /** Delay between the steps of a full payment (PaymentStarted → … → Done). */
  transitionMs?: number;
  paymentWindowMs?: number;
}

export const PAYMENT_WINDOW_MS = 30 * 60 * 1000;

export type OrderListener = (order: Order) => void;

/** What `create` needs; the store fills in state, timestamps and counters. */
export type NewOrder = Omit<Order, 'state' | 'paymentState' | 'createdAtMs' | 'updatedAtSec' | 'sentAtomic'>;

const WALK: readonly OrderState[] = ['PaymentReceived', 'WaitingForDelivery', 'Done'];

export class OrderStore {
  private readonly orders = new Map<string, Order>();
  private readonly listeners = new Map<string, Set<OrderListener>>();
  /** At most one pending step of a payment walk per order. */
  private readonly walkTimers = new Map<string, unknown>();
  private readonly expiryTimers = new Map<string, unknown>();
  readonly now: () => number;
  private readonly timers: Timers;
  transitionMs: number;
  readonly paymentWindowMs: number;

  constructor(options: OrderStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.timers = options.timers ?? realTimers;
    this.transitionMs = options.transitionMs ?? 1500;
    this.paymentWindowMs = options.paymentWindowMs ?? PAYMENT_WINDOW_MS;
  }

  create(input: NewOrder): Order {
    const nowMs = this.now();
    const order: Order = {
      ...input,
      state: 'WaitingForPayment',
      paymentState: 'WalletCreated',
      createdAtMs: nowMs,
      updatedAtSec: Math.floor(nowMs / 1000),
      sentAtomic: 0,
    };
    this.orders.set(order.id, order);
    this.armExpiry(order);
    return order;
  }

  /** The order, expired first if its payment window has passed. */
  get(id: string): Order | undefined {
    const order = this.orders.get(id);
    if (order) this.expireIfDue(order);
    return order;
  }

  list(): Order[] {
    return [...this.orders.values()].map((order) => {
      this.expireIfDue(order);
      return order;
    });
  }

  get size(): number {
    return this.orders.size;
  }

  subscribe(id: string, listener: OrderListener): () => void {
    const set = this.listeners.get(id) ?? new Set<OrderListener>();
    set.add(listener);
    this.listeners.set(id, set);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(id) === set) this.listeners.delete(id);
    };
  }

  listenerCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  /** Expires every order whose window has passed (also runs lazily on reads). */
  sweep(): void {
    for (const order of this.orders.values()) this.expireIfDue(order);
  }

  /** Simulates an incoming payment; without `atomic`, pays whatever is still due. */
  pay(id: string, atomic?: number): Order {
    const order = this.require(id);
    if (!PAYABLE_STATES.has(order.state)) {
      throw new HttpError(409, 'ORDER_NOT_PAYABLE', { reason: `An order in ${order.state} cannot receive a payment.` });
    }
    const due = Math.max(0, order.atomic - order.sentAtomic);
    order.sentAtomic += atomic ?? due;
    if (order.sentAtomic < order.atomic) {
      // A late partial payment leaves the order Expired; upstream flags it as detected after expiry.
      if (order.state === 'Expired') this.transition(order, 'Expired', 'ExpiredAfterPaymentDetection');
      else this.transition(order, 'PartialPaymentStarted');
      return order;
    }
    this.transition(order, 'PaymentStarted');
    this.walk(order, 0);
    return order;
  }

  /** Forces any state (control API); cancels a payment walk in progress. */
  force(id: string, state: OrderState, paymentState?: string): Order {
    const order = this.require(id);
    this.cancelWalk(order.id);
    this.transition(order, state, paymentState);
    this.armExpiry(order);
    return order;
  }

  expire(id: string): Order {
    const order = this.require(id);
    if (!UNPAID_STATES.has(order.state)) {
      throw new HttpError(409, 'ORDER_NOT_EXPIRABLE', { reason: `An order in ${order.state} cannot expire.` });
    }
    return this.force(id, 'Expired');
  }

  /** fail / hold: every non-terminal order; refund: anything not refunded yet. */
  shortcut(id: string, state: 'PaymentFailed' | 'WaitingForManualAction' | 'Refunded' | 'PaymentSetupFailed'): Order {
    const order = this.require(id);
    const allowed = state === 'Refunded' ? order.state !== 'Refunded' : !isTerminal(order.state);
    if (!allowed) throw new HttpError(409, 'INVALID_TRANSITION', { reason: `${order.state} cannot move to ${state}.` });
    return this.force(id, state);
  }

  reset(): void {
    for (const id of this.walkTimers.keys()) this.cancelWalk(id);
    for (const handle of this.expiryTimers.values()) this.timers.clear(handle);
    this.expiryTimers.clear();
    this.orders.clear();
  }

  private require(id: string): Order {
    const order = this.get(id);
    if (!order) throw new HttpError(404, 'ORDER_NOT_FOUND');
    return order;
  }

  private walk(order: Order, step: number): void {
    const next = WALK[step];
    if (!next) return;
    const handle = this.timers.set(() => {
      if (this.walkTimers.get(order.id) !== handle) return;
      this.walkTimers.delete(order.id);
      this.transition(order, next);
      this.walk(order, step + 1);
    }, this.transitionMs);
    this.walkTimers.set(order.id, handle);
  }

  private cancelWalk(id: string): void {
    const handle = this.walkTimers.get(id);
    if (handle !== undefined) this.timers.clear(handle);
    this.walkTimers.delete(id);
  }

  /** A timer so that subscribers see the expiry even when nobody reads the order. */
  private armExpiry(order: Order): void {
    if (this.expiryTimers.has(order.id) || !UNPAID_STATES.has(order.state)) return;
    const remaining = order.createdAtMs + this.paymentWindowMs - this.now();
    const handle = this.timers.set(
      () => {
        this.expiryTimers.delete(order.id);
        if (this.orders.get(order.id) !== order) return;
        this.expireIfDue(order);
        this.armExpiry(order);
      },
      Math.max(0, remaining),
    );
    this.expiryTimers.set(order.id, handle);
  }

  private expireIfDue(order: Order): void {
    if (UNPAID_STATES.has(order.state) && this.now() >= order.createdAtMs + this.paymentWindowMs) {
      this.transition(order, 'Expired');
    }
  }

  private transition(order: Order, state: OrderState, paymentState?: string): void {
    order.state = state;
    order.paymentState = paymentState ?? defaultPaymentState(state, order);
    // Strictly increasing, so every change is visible in `updated_at` even within one second.
    order.updatedAtSec = Math.max(Math.floor(this.now() / 1000), order.updatedAtSec + 1);
    if (state === 'Done') for (const line of order.lines) line.codes ??= codesFor(line);
    for (const listener of [...(this.listeners.get(order.id) ?? [])]) listener(order);
  }
}
