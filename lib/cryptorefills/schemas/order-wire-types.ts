// The order wire (schema outputs, snake_case). Only lib/cryptorefills reads these: the operations reshape
// them into ./order-types before anything else sees them. Not re-exported by ./types, ./index or ./shared.
import type { z } from 'zod';
import type {
  CreateOrderBodySchema,
  DeliverableSchema,
  OrderDeliverySchema,
  OrderRequestBodySchema,
  OrderSchema,
  ValidationResponseSchema,
} from './order';

export type WireOrderRequestBody = z.output<typeof OrderRequestBodySchema>;
export type WireCreateOrderBody = z.output<typeof CreateOrderBodySchema>;
export type WireDeliverable = z.output<typeof DeliverableSchema>;
export type WireOrderDelivery = z.output<typeof OrderDeliverySchema>;
export type WireValidationResponse = z.output<typeof ValidationResponseSchema>;
export type WireOrder = z.output<typeof OrderSchema>;
