// Why the order cannot be placed yet, as a list the summary beside "Place order" reads out: what the buyer still has
// to give (from the form's own checks) and every problem the validation found, each with the field to go to.
// Pure and client-safe.
import type { CartItem } from '@/lib/cart/cart';
import type { FieldIssue } from './form';
import type { FormProblem } from './responses';

/** The ids of the fields a reason links to (in-page anchors that focus them). */
export const FIELD_IDS = {
  email: 'checkout-email',
  fullName: 'checkout-fullname',
  coupon: 'checkout-coupon',
  payment: 'checkout-coin',
  refundAddress: 'checkout-refund',
};
export const recipientId = (itemId: string) => `recipient-${itemId}`;
export const removeId = (itemId: string) => `remove-${itemId}`;

/** Problems whose next step is the buyer's account with Cryptorefills (ACCOUNT_URL). */
export const ACCOUNT_CODES = new Set([
  'KYC_MISSING',
  'KYC_PENDING',
  'DAILY_SPENDING_LIMIT_EXCEEDED',
  'MONTHLY_SPENDING_LIMIT_EXCEEDED',
  'VERIFICATION_REQUIRED',
  'LOGIN_REQUIRED',
]);

export type Reason =
  | { kind: 'missing'; issue: FieldIssue; empty: boolean; target?: string; line?: number }
  | { kind: 'problem'; problem: FormProblem; target?: string; line?: number };

interface Input {
  items: CartItem[];
  /** Each item's recipient as typed (by item id). */
  recipients: Record<string, string>;
  email: string;
  fullName: string;
  issues: Record<string, FieldIssue>;
  problems: FormProblem[];
}

function problemTarget(problem: FormProblem, items: CartItem[]): { target?: string; line?: number } {
  const line = problem.line !== undefined && problem.line < items.length ? problem.line : undefined;
  const item = items[line ?? 0];
  if (problem.field === 'recipient' && item) return { target: recipientId(item.id), line };
  if (problem.field === 'line' && item) return { target: removeId(item.id), line };
  if (problem.field in FIELD_IDS) return { target: FIELD_IDS[problem.field as keyof typeof FIELD_IDS] };
  // The account, the total, or a place this version does not know: the sentence itself, beside the button.
  return {};
}

export function blockingReasons({ items, recipients, email, fullName, issues, problems }: Input): Reason[] {
  const reasons: Reason[] = [];
  if (issues.payment) reasons.push({ kind: 'missing', issue: 'payment', empty: true, target: FIELD_IDS.payment });
  if (issues.email) reasons.push({ kind: 'missing', issue: 'email', empty: email.trim() === '', target: FIELD_IDS.email });
  items.forEach((item, line) => {
    const issue = issues[item.id];
    const typed = (recipients[item.id] ?? item.recipient ?? '').trim();
    // An e-mail line left empty goes to the buyer's e-mail: its reason is the e-mail's, already listed.
    if (!issue || (issue === 'recipientEmail' && typed === '' && issues.email)) return;
    reasons.push({ kind: 'missing', issue, empty: typed === '', target: recipientId(item.id), line });
  });
  if (issues.fullName) reasons.push({ kind: 'missing', issue: 'fullName', empty: fullName.trim() === '', target: FIELD_IDS.fullName });
  const refund = issues.refundAddress;
  if (refund) reasons.push({ kind: 'missing', issue: refund, empty: false, target: FIELD_IDS.refundAddress });
  for (const problem of problems) {
    // Asking for the name twice says nothing new.
    if (problem.code === 'FULLNAME_MISSING' && issues.fullName) continue;
    // Said for one line already: the same code about no line in particular adds nothing.
    if (problem.line === undefined && problems.some((p) => p.code === problem.code && p.line !== undefined)) continue;
    reasons.push({ kind: 'problem', problem, ...problemTarget(problem, items) });
  }
  return reasons;
}
