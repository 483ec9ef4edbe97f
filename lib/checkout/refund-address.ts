// The checkout request's optional refund address: checked against the request's own coin and network, the same
// check the form makes as the buyer types (lib/wallet/address). Client-safe.
import { z } from 'zod';
import { checkRefundAddress, REFUND_ADDRESS_MAX } from '@/lib/wallet/address';

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
