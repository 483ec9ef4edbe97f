// What each order state means for the buyer: its tone, what to do next, and the timeline of the states the
// order went through. The words themselves are messages (`order.state.*`, `order.timeline.*`). Client-safe.
import { isAwaitingPayment, isKnownOrderState, isTerminalOrderState, type KnownOrderState } from '@/lib/cryptorefills/shared';

export type StateTone = 'waiting' | 'progress' | 'success' | 'attention' | 'failure';

/** What the buyer should do now, when it is more than waiting. */
export type NextStep = 'pay' | 'contact_support' | 'order_again' | 'refund' | 'manual_review' | null;

export interface StateInfo {
  /** Message key: the state itself, or `Unknown` for a state the storefront does not know yet. */
  key: KnownOrderState | 'Unknown';
  tone: StateTone;
  next: NextStep;
  terminal: boolean;
}

const INFO: Record<KnownOrderState, Omit<StateInfo, 'key' | 'terminal'>> = {
  Created: { tone: 'waiting', next: 'pay' },
  WaitingForPayment: { tone: 'waiting', next: 'pay' },
  PartialPaymentStarted: { tone: 'attention', next: 'pay' },
  PaymentStarted: { tone: 'progress', next: null },
  PaymentReceived: { tone: 'progress', next: null },
  WaitingForDelivery: { tone: 'progress', next: null },
  WaitingForManualAction: { tone: 'attention', next: 'manual_review' },
  Done: { tone: 'success', next: null },
  Expired: { tone: 'failure', next: 'order_again' },
  PaymentFailed: { tone: 'failure', next: 'contact_support' },
  PaymentSetupFailed: { tone: 'failure', next: 'order_again' },
  Refunded: { tone: 'attention', next: 'refund' },
};

const KNOWN = Object.fromEntries(
  Object.entries(INFO).map(([state, info]) => [state, { key: state, ...info, terminal: isTerminalOrderState(state) }]),
) as Record<KnownOrderState, StateInfo>;
const UNKNOWN_LIVE: StateInfo = { key: 'Unknown', tone: 'progress', next: null, terminal: false };
const UNKNOWN_FINAL: StateInfo = { key: 'Unknown', tone: 'failure', next: 'contact_support', terminal: true };

/** What `state` means for the buyer: the same object every time for the same state (the order page's memo parts rely on it). */
export function describeState(state: string): StateInfo {
  if (!isKnownOrderState(state)) return isTerminalOrderState(state) ? UNKNOWN_FINAL : UNKNOWN_LIVE;
  return KNOWN[state];
}

export type PaidSoFar = 'none' | 'partial' | 'full';

export interface TimelineStep {
  state: string;
  status: 'done' | 'current' | 'upcoming';
}

const HAPPY_PATH = ['Created', 'WaitingForPayment', 'PaymentStarted', 'PaymentReceived', 'WaitingForDelivery', 'Done'];

/** How far along the happy path the order had come, from the states seen and, if given, what was paid. */
function reachedIndex(path: readonly string[], history: readonly string[], paid?: PaidSoFar): number {
  const fromHistory = Math.max(...history.map((state) => path.indexOf(state)));
  const fromPaid = paid === 'full' ? path.indexOf('PaymentReceived') : paid === 'partial' ? path.indexOf('PartialPaymentStarted') : 1;
  return Math.max(fromHistory, fromPaid, 1);
}

function withStatus(path: readonly string[], currentIndex: number): TimelineStep[] {
  return path.map((state, i) => ({ state, status: i < currentIndex ? 'done' : i === currentIndex ? 'current' : 'upcoming' }));
}

/**
 * The steps to show: the happy path, a partial payment and a manual review where they happened, and a
 * failure state as the last step. `seen` lists the states observed in this browser, oldest first.
 */
export function timelineOf(current: string, seen: readonly string[], paid: PaidSoFar): TimelineStep[] {
  const history = seen.includes(current) ? [...seen] : [...seen, current];
  const path = [...HAPPY_PATH];
  if (history.includes('PartialPaymentStarted') || paid === 'partial') {
    path.splice(path.indexOf('PaymentStarted'), 0, 'PartialPaymentStarted');
  }
  const manualAt = history.indexOf('WaitingForManualAction');
  if (manualAt >= 0) {
    // A review sits where it happened: after the furthest step reached before it.
    const reached = reachedIndex(path, history.slice(0, manualAt), current === 'WaitingForManualAction' ? paid : undefined);
    path.splice(reached + 1, 0, 'WaitingForManualAction');
  }
  if (path.includes(current)) return withStatus(path, path.indexOf(current));
  // A failure (or a state we do not know) ends the timeline after the furthest step reached.
  const reached = reachedIndex(
    path,
    history.filter((state) => state !== current),
    paid,
  );
  const ended = [...path.slice(0, reached + 1), current];
  return withStatus(ended, ended.length - 1);
}

/**
 * The order as its payment screen shows it, awaiting payment to a deposit address; undefined when there is nothing
 * to pay. The order page draws the payment QR on the server for exactly the orders its payment panel shows.
 */
export function toBePaid<T extends { state: string; walletAddress?: string | null }>(
  order: T,
): (T & { walletAddress: string }) | undefined {
  const { walletAddress } = order;
  return isAwaitingPayment(order.state) && walletAddress ? { ...order, walletAddress } : undefined;
}
