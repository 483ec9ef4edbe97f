// The app-facing types of the client: catalog and order types, and the per-request context. The wire types
// (./schemas/catalog-wire-types, ./schemas/order-wire-types) stay inside lib/cryptorefills.
export type * from './catalog-types';
export type * from './order-types';

/** Per-request facts about the end user that the upstream asks for. */
export interface RequestContext {
  clientIp?: string;
  userAgent?: string;
}
