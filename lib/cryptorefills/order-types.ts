// The app's order types: what the order operations return, what our routes send to the browser, and the
// order input they take. The wire types live in ./schemas/order-wire-types: ./schemas/order-reshape turns them into
// these, and ./schemas/order-body builds the request body from `OrderInput`.

/** One delivery's product and, once delivered, its codes. */
export interface Deliverable {
  /** The upstream denomination ("100 USD", or "range" with `productValue`). */
  denomination?: string;
  localizedDenomination?: string;
  productValue?: number;
  family?: string;
  brandName?: string;
  /** E-mail for gift cards and eSIMs, phone number for top-ups. */
  recipient?: string;
  countryCode?: string;
  deliveryType?: string;
  points?: string;
  coinAmount?: string;
  /** Fiat value of the delivery. */
  originalPrice?: string;
  currencyCode?: string;
  /** The code once delivered; may be an http(s) URL to visit instead of a code. */
  pinCode?: string;
  pinSerial?: string;
  securityCode?: string;
  barcodeImageUrl?: string;
  qrImageUrl?: string;
  /** HTML fragments from the upstream: sanitised before they leave the server (lib/orders/browser-order.ts). */
  redeemInstructions?: string;
  howToRedeem?: string;
  operatorReference?: string;
  errorDescription?: string;
  failureReason?: string;
}

export interface OrderDelivery {
  id?: string;
  /** Vocabulary conflicts between sources (Created, WaitingForPayment, Done, Completed, Succeeded). */
  state?: string;
  kind?: string;
  deliverable?: Deliverable;
}

export interface OrderRefund {
  amount?: string;
  currency?: string;
  reason?: string;
}

export interface Order {
  id: string;
  /** An open string: an unknown state renders as "in progress" (see ./schemas/order-states). */
  state: string;
  paymentState?: string;
  /** Epoch seconds. */
  createdAt?: number;
  paymentRequestedAt?: number;
  updatedAt?: number;
  coin: string;
  network?: string;
  /** Exact amount to pay, in `coin`, as a decimal string. */
  coinAmount: string;
  originalCoinAmount?: string;
  originalPrice?: string;
  sentCoinAmount?: string;
  receivedAmount?: string;
  /** Deposit address; for Lightning the BOLT11 invoice. Null when no payment could be set up. */
  walletAddress: string | null;
  paymentMethod?: string;
  /** The payment method's protocol family (SOLANA_LIKE, ETHEREUM_LIKE, …). */
  protocol?: string;
  paymentVia?: string;
  paymentId?: string;
  /** Fiat value of the order. */
  paymentValue?: string;
  /** Payment URI for the QR code: BIP21, Solana Pay, EIP-681, `lightning:`, or a bare address. */
  qrText?: string;
  qrUrl?: string;
  deliveries: OrderDelivery[];
  user?: { email?: string };
  isPaymentProcessorExternal?: boolean;
  refundWalletAddress?: string;
  refund?: OrderRefund;
  referenceId?: string;
}

export interface OrderProblem {
  /** UPPER_SNAKE code, e.g. OUT_OF_STOCK: map it to a message; never show `moreDetails` raw. */
  code: string;
  moreDetails?: unknown;
  /** The delivery line (0-based) the problem concerns, when the upstream names one. */
  deliveryIndex?: number;
  /** The lines, when the problem names several (e.g. two limited products in one order). */
  deliveryIndexes?: number[];
}

export interface OrderValidation {
  valid: boolean;
  problems: OrderProblem[];
  coin?: string;
  /** Total to pay in `coin` (absent when the problems came on an error response). */
  coinAmount?: string;
  originalCoinAmount?: string;
  couponCode?: string;
  deliveries: OrderDelivery[];
  /** HTTP status the result came with (problems may arrive on a 4xx). */
  httpStatus: number;
}

// ── Input of validateOrder / createOrder ──

export interface OrderItemInput {
  country: string;
  brand: string;
  /** Fixed products: the exact upstream denomination ("100 USD"). */
  denomination?: string;
  localizedDenomination?: string;
  /** Range products: the face value in the product's currency. */
  productValue?: number;
  /** E-mail, or E.164 phone number for top-ups. */
  recipient: string;
}

export interface OrderAcquisition {
  /** The partner's own source (site configuration). */
  utmSource: string;
  /** UTM parameters the visitor arrived with (first touch), if any. */
  visitor?: Partial<Record<'utm_source' | 'utm_medium' | 'utm_campaign' | 'utm_term' | 'utm_content', string>>;
}

export interface OrderInput {
  /** The buyer; creation needs it, a validation for the price alone goes without (no \`user\` is sent). */
  email?: string;
  fullName?: string;
  newsletter: boolean;
  coupon?: string;
  coin: string;
  /** Exact network name from the payment vias. */
  network: string;
  items: OrderItemInput[];
  /** Where a refund goes (a partial or late payment, a failed order): an address on `network`, checked before. */
  refundAddress?: string;
  /** An upstream language (see `toUpstreamLang`). */
  lang: string;
  acquisition: OrderAcquisition;
}
