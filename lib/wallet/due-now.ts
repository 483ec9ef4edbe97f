// The payment a wallet button sends, kept to what the order is now: the live order feed may bring a partial payment
// while the page is open, and then the remainder is due. Client-safe and small: it ships with the payment screen.
import type { Order } from '@/lib/cryptorefills/types';
import { amountDue, toAtomic } from '@/lib/order-display/amounts';
import type { WalletPayment } from './types';

/** What the payment screen hands the wallet buttons: the payment, and where its transaction can be looked up. */
export interface WalletOffer {
  payment: WalletPayment;
  /** The network's explorer, with {txId} where the transaction id goes. */
  explorerTxUrl?: string;
}

/** The same payment for the order as the live feed now has it: after a partial payment, the remainder. */
export function dueNow(
  payment: WalletPayment,
  order: Pick<Order, 'coinAmount' | 'sentCoinAmount' | 'walletAddress'>,
): WalletPayment | null {
  const atomicAmount = toAtomic(amountDue(order), payment.decimals);
  if (!order.walletAddress || !atomicAmount || /^0+$/.test(atomicAmount)) return null;
  return { ...payment, recipient: order.walletAddress, atomicAmount };
}
