// Every type of the client: catalog and order types (wire and app-facing), and the per-request context.
export type * from './catalog-types';
export type * from './order-types';

/** Per-request facts about the end user that the upstream asks for. */
export interface RequestContext {
  clientIp?: string;
  userAgent?: string;
}
