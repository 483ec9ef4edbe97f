// Order types: the wire (schema outputs, snake_case) and what the order operations reshape them into.
import type { z } from 'zod';
import type { ErrorBodySchema, ProblemSchema } from './schemas/errors';
import type {
  CreateOrderBodySchema,
  DeliverableSchema,
  OrderDeliverySchema,
  OrderRequestBodySchema,
  OrderSchema,
  ValidationResponseSchema,
} from './schemas/order';

// ── Wire (normalised) ──
export type Problem = z.output<typeof ProblemSchema>;
export type ErrorBody = z.output<typeof ErrorBodySchema>;
export type ValidationResponse = z.output<typeof ValidationResponseSchema>;
export type Order = z.output<typeof OrderSchema>;
export type OrderDelivery = z.output<typeof OrderDeliverySchema>;
export type Deliverable = z.output<typeof DeliverableSchema>;

// ── Requests ──
/** Body of POST /v5/orders/validations (`z.input` is what a form may hand in, e.g. product_value as a string). */
export type OrderRequestBody = z.output<typeof OrderRequestBodySchema>;
export type OrderRequestBodyInput = z.input<typeof OrderRequestBodySchema>;
/** Body of POST /v5/orders: the same plus the required `user`. */
export type CreateOrderBody = z.output<typeof CreateOrderBodySchema>;

// ── App-facing ──
export interface OrderProblem {
  /** UPPER_SNAKE code, e.g. OUT_OF_STOCK: map it to a message; never show `moreDetails` raw. */
  code: string;
  moreDetails?: unknown;
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
