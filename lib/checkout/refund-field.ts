// The checkout form's refund address field: whether its network takes one, and the typed address checked with the
// address checks (lib/wallet/address.ts), which the form loads only once an address is typed. No zod, no hashes here.
import type { checkRefundAddress } from '@/lib/wallet/address';
import { refundFamily } from '@/lib/wallet/refund-family';

export type RefundAddressChecker = typeof checkRefundAddress;

/**
 * What the form shows under the field: not this network's shape, or a typo the checksum caught; `refundPending`
 * while the checks are still loading (a moment after the first character).
 */
export type RefundFieldIssue = 'refundFormat' | 'refundChecksum' | 'refundPending';

/** The form's refund address: none when blank or when the network takes none, else the checked address or why not. */
export function refundAddressPart(
  payment: { coin: string; network: string },
  typed: string,
  check: RefundAddressChecker | undefined,
): { refundAddress?: string; issue?: RefundFieldIssue } {
  if (!typed.trim() || !refundFamily(payment)) return {};
  if (!check) return { issue: 'refundPending' };
  const result = check(payment, typed);
  if (result.ok) return { refundAddress: result.address };
  return { issue: result.issue === 'checksum' ? 'refundChecksum' : 'refundFormat' };
}
