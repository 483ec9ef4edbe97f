// The reference check of an order payload as the browser receives it: the schema the order page's hand-written
// guard (lib/order-feed/order-guard.ts) is tested against.
export { parseOrderPayload } from './schemas/order-payload';
