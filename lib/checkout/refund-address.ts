// The checkout request's optional refund address: checked against the request's own coin and network, the same
// check the form makes as the buyer types (lib/wallet/address). Client-safe.
import { z } from 'zod';
import { checkRefundAddress, REFUND_ADDRESS_MAX, refundFamily } from '@/lib/wallet/address';

/** Blank means none. */
export const RefundAddressField = z
  .string()
  .trim()
  .max(REFUND_ADDRESS_MAX)
  .transform((value) => value || undefined)
  .optional();

const MESSAGES = {
  format: 'must be an address on the chosen network',
  checksum: 'has a typo: its checksum does not match',
  unsupported: 'the chosen network takes no refund address',
} as const;

export function refineRefundAddress(request: { coin: string; network: string; refundAddress?: string }, ctx: z.RefinementCtx): void {
  if (request.refundAddress === undefined) return;
  const check = checkRefundAddress(request, request.refundAddress);
  if (!check.ok) ctx.addIssue({ code: 'custom', path: ['refundAddress'], message: MESSAGES[check.issue] });
}

/** What the form shows under the field: not this network's shape, or a typo the checksum caught. */
export type RefundFieldIssue = 'refundFormat' | 'refundChecksum';

/** The form's refund address: none when blank or when the network takes none, else the checked address or why not. */
export function refundAddressPart(
  payment: { coin: string; network: string },
  typed: string,
): { refundAddress?: string; issue?: RefundFieldIssue } {
  if (!typed.trim() || !refundFamily(payment)) return {};
  const check = checkRefundAddress(payment, typed);
  if (check.ok) return { refundAddress: check.address };
  return { issue: check.issue === 'checksum' ? 'refundChecksum' : 'refundFormat' };
}
