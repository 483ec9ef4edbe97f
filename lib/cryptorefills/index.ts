// The Cryptorefills API, by intent. The only module that knows upstream paths and wire shapes; everything
// returns the app's own types (./types) or throws the typed errors (./errors). Server-only: browser code
// imports ./shared instead.
import 'server-only';

export * from './catalog';
export * from './orders';
export * from './errors';
export * from './constants';
export * from './order-helpers';
export * from './schemas/order-states';
export { requestContextFrom } from './headers';
export type * from './types';
