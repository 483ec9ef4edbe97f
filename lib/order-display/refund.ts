// Which order screens speak of a refund, and what they can say about where it goes. Client-safe.
import type { Order } from '@/lib/cryptorefills/types';

/** `partial`: part paid, the rest may never come; `expired`: a late or short payment is refunded; `refunded`: done. */
export type RefundScreen = 'partial' | 'expired' | 'refunded';

export function refundScreen(state: string): RefundScreen | null {
  switch (state) {
    case 'PartialPaymentStarted':
      return 'partial';
    case 'Expired':
      return 'expired';
    case 'Refunded':
      return 'refunded';
    default:
      return null;
  }
}

/** The refund address given at checkout, when there is one (blank counts as none). */
export function refundAddress(order: Pick<Order, 'refundWalletAddress'>): string | undefined {
  const address = order.refundWalletAddress?.trim();
  return address ? address : undefined;
}
