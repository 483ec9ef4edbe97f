// The client-safe entry of the Cryptorefills client: what browser code may import (the app's own types, the
// order-state vocabulary, constants and pure helpers). No wire schema and no server code is reachable from here.
export * from './constants';
export * from './order-helpers';
export { parseOrderPayload } from './schemas/order-payload';
export { KNOWN_PROBLEM_CODES, type KnownProblemCode } from './schemas/errors';
export * from './schemas/order-states';
export { BRAND_KINDS, DELIVERY_TYPES, RANGE_DENOMINATION, type KnownBrandKind, type KnownDeliveryType } from './schemas/catalog';
export { USER_WALLET_VIA } from './schemas/payment';
export type * from './types';
