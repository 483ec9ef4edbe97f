// Which networks take a refund address, without the address checks themselves (./address.ts, with its hashes and
// encodings), so the checkout can decide to show the field and load the checks only once an address is typed.
import { networkFamily } from '@/lib/order-display/payment-uri';

/**
 * The families a refund address is offered for. Lightning is not: a refund cannot be paid to an invoice (single
 * use, with its own amount), and Lightning addresses are not on-chain; nor are networks we cannot tell apart.
 */
export type RefundFamily = 'solana' | 'evm' | 'tron' | 'bitcoin';

/** The longest refund address taken (Bitcoin's bech32 ones are the longest, at 62 characters). */
export const REFUND_ADDRESS_MAX = 100;

export function refundFamily(payment: { coin: string; network: string }): RefundFamily | undefined {
  const family = networkFamily(payment);
  return family === 'lightning' || family === 'unknown' ? undefined : family;
}
