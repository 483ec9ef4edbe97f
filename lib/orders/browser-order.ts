// The one way an order leaves the server (page HTML, GET /api/orders/{id}, every relayed SSE event):
// redacted for a visitor, and with the upstream's redeem HTML sanitised for the buyer.
import 'server-only';
import { sanitizeUpstreamHtml } from '@/lib/html/sanitize';
import type { Order } from '@/lib/cryptorefills/types';
import { redactOrder } from './redact';

function sanitized(order: Order): Order {
  return {
    ...order,
    deliveries: order.deliveries.map((delivery) => {
      const deliverable = delivery.deliverable;
      if (!deliverable?.redeemInstructions && !deliverable?.howToRedeem) return delivery;
      return {
        ...delivery,
        deliverable: {
          ...deliverable,
          redeemInstructions: sanitizeUpstreamHtml(deliverable.redeemInstructions) || undefined,
          howToRedeem: sanitizeUpstreamHtml(deliverable.howToRedeem) || undefined,
        },
      };
    }),
  };
}

export function toBrowserOrder(order: Order, mayReveal: boolean): Order {
  return mayReveal ? sanitized(order) : redactOrder(order);
}
