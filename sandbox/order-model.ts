// The sandbox's order record, the twelve order states (§12) and how payment/delivery states follow them.
import type { BrandKind, DeliveryType } from './catalog/types';
import type { NetworkDef } from './coins';

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

export type OrderState = (typeof ORDER_STATES)[number];

export const TERMINAL_STATES: ReadonlySet<OrderState> = new Set(['Done', 'Expired', 'PaymentFailed', 'PaymentSetupFailed', 'Refunded']);
/** States in which the 30-minute payment window still runs. */
export const UNPAID_STATES: ReadonlySet<OrderState> = new Set(['Created', 'WaitingForPayment', 'PartialPaymentStarted']);
/** States that accept a (possibly late) payment through the control API. */
export const PAYABLE_STATES: ReadonlySet<OrderState> = new Set([...UNPAID_STATES, 'Expired']);

export const isTerminal = (state: OrderState) => TERMINAL_STATES.has(state);

export type DeliveryState = 'Created' | 'WaitingForPayment' | 'WaitingForDelivery' | 'Done' | 'Failed' | 'Refunded';

/** Codes revealed once the delivery is Done (wire names of `deliverable`). */
export interface DeliverableCodes {
  pin_code?: string;
  pin_serial?: string;
  security_code?: string;
  /** The code drawn at `/barcodes/{barcode}.svg`; rendered as `barcode_image_url`. */
  barcode?: string;
  redeem_instructions?: string;
  qr_image_url?: string;
  operator_reference?: string;
}

export interface OrderLine {
  id: string;
  kind: BrandKind;
  category: string;
  isEsim: boolean;
  brandId: string;
  brand: string;
  family: string;
  countryCode: string;
  deliveryType: DeliveryType;
  /** As sent: a fixed denomination or "range". */
  denomination: string;
  localizedDenomination: string;
  productValue?: number;
  beneficiary: string;
  currency: string;
  faceValue: number;
  usd: number;
  atomic: number;
  points: string;
  howToRedeem?: string;
  codes?: DeliverableCodes;
}

export interface Order {
  id: string;
  state: OrderState;
  paymentState: string;
  createdAtMs: number;
  updatedAtSec: number;
  network: NetworkDef;
  /** Amount due, atomic units, after any coupon. */
  atomic: number;
  originalAtomic: number;
  sentAtomic: number;
  walletAddress: string;
  qrText: string;
  paymentId: string;
  usd: number;
  email: string;
  couponCode?: string;
  refundWalletAddress?: string;
  lang: string;
  lines: OrderLine[];
}

/** The payment_state that goes with an order_state when none is given. */
export function defaultPaymentState(state: OrderState, order: Pick<Order, 'sentAtomic' | 'atomic' | 'paymentState'>): string {
  const paid = order.sentAtomic >= order.atomic;
  switch (state) {
    case 'Created':
    case 'WaitingForPayment':
      return 'WalletCreated';
    case 'PaymentStarted':
    case 'PartialPaymentStarted':
      return 'PaymentReceived';
    case 'PaymentReceived':
    case 'WaitingForDelivery':
    case 'Done':
      return 'PaymentCompleted';
    case 'WaitingForManualAction':
      return order.paymentState;
    case 'Expired':
      return order.sentAtomic > 0 && !paid ? 'ExpiredAfterPaymentDetection' : 'Expired';
    case 'PaymentFailed':
    case 'PaymentSetupFailed':
    case 'Refunded':
      return state;
  }
}

export function deliveryStateFor(state: OrderState): DeliveryState {
  switch (state) {
    case 'Created':
    case 'WaitingForPayment':
    case 'PaymentStarted':
    case 'PartialPaymentStarted':
      return 'WaitingForPayment';
    case 'PaymentReceived':
    case 'WaitingForDelivery':
    case 'WaitingForManualAction':
      return 'WaitingForDelivery';
    case 'Done':
      return 'Done';
    case 'Expired':
    case 'PaymentFailed':
    case 'PaymentSetupFailed':
      return 'Failed';
    case 'Refunded':
      return 'Refunded';
  }
}
