// State vocabularies of an order (lib/cryptorefills/README.md §12). Client-safe. The wire fields stay plain
// strings: an unknown state must render as "in progress", not break the order page.

export const ORDER_STATES = [
  'Created',
  'WaitingForPayment',
  'PaymentStarted',
  'PartialPaymentStarted',
  'PaymentReceived',
  'WaitingForDelivery',
  'WaitingForManualAction',
  'Done',
  'Expired',
  'PaymentFailed',
  'PaymentSetupFailed',
  'Refunded',
] as const;
export type KnownOrderState = (typeof ORDER_STATES)[number];

/** States after which nothing changes any more (the SSE stream stops, polling ends). */
export const TERMINAL_ORDER_STATES = ['Done', 'Expired', 'PaymentFailed', 'PaymentSetupFailed', 'Refunded'] as const;

/** Terminal states in which the buyer did not (successfully) pay. */
export const UNPAID_TERMINAL_ORDER_STATES = ['Expired', 'PaymentFailed', 'PaymentSetupFailed'] as const;

/** States in which the payment address is still shown and payment is expected. */
export const AWAITING_PAYMENT_ORDER_STATES = ['Created', 'WaitingForPayment', 'PartialPaymentStarted'] as const;

export const PAYMENT_STATES = [
  'WalletCreated',
  'PaymentRequested',
  'PaymentReceived',
  'PaymentCompleted',
  'Expired',
  'ExpiredAfterPaymentDetection',
] as const;
export type KnownPaymentState = (typeof PAYMENT_STATES)[number];

// The delivery vocabulary conflicts between sources (Done / Completed / Succeeded): all are "delivered".
export const DELIVERED_DELIVERY_STATES = ['Done', 'Completed', 'Succeeded'] as const;

function includes(list: readonly string[], value: string | null | undefined): boolean {
  return typeof value === 'string' && list.includes(value);
}

export function isKnownOrderState(state: string | null | undefined): state is KnownOrderState {
  return includes(ORDER_STATES, state);
}

/** `Canceled` is not in the documented list but is mentioned by Cryptorefills' own skills; it ends an order too. */
export function isTerminalOrderState(state: string | null | undefined): boolean {
  return includes(TERMINAL_ORDER_STATES, state) || state === 'Canceled';
}

export function isAwaitingPayment(state: string | null | undefined): boolean {
  return includes(AWAITING_PAYMENT_ORDER_STATES, state);
}

export function isUnpaidTerminalOrderState(state: string | null | undefined): boolean {
  return includes(UNPAID_TERMINAL_ORDER_STATES, state) || state === 'Canceled';
}

export function isDeliveredState(state: string | null | undefined): boolean {
  return includes(DELIVERED_DELIVERY_STATES, state);
}
