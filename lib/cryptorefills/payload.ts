// The browser's check of an order payload (the order page's live feed): the one wire schema browser code needs,
// apart from ./shared.ts so that zod reaches only the pages that read orders.
export { parseOrderPayload } from './schemas/order-payload';
