// The client-safe entry of the Cryptorefills client: what browser code may import (the app's own types, the
// order-state vocabulary, constants and pure helpers). No wire schema and no server code is reachable from here,
// nor zod: the cart imports this on every page. The order page's payload check is ./payload.ts.
export * from './constants';
export * from './order-helpers';
export * from './schemas/order-states';
export * from './schemas/vocabulary';
export type * from './types';
