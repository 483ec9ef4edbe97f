import { z } from 'zod';
import type { OrderProblem } from '@/lib/cryptorefills/types';
import { PROBLEM_FIELDS, problemField, type ProblemField } from './problems';

export const FormProblemSchema = z.object({
  code: z.string().max(80),
  field: z.enum(PROBLEM_FIELDS),
  line: z.number().int().min(0).optional(),
});

/** A problem as the checkout form shows it: the code (for the message), where, and which line. */
export interface FormProblem {
  code: string;
  field: ProblemField;
  line?: number;
}

// Line-bound codes go next to the delivery the upstream names; others keep their own field, so a code
// that arrives once for the buyer and once for a line is still shown once, where it is acted on.
const LINE_BOUND = new Set<ProblemField>(['line', 'recipient', 'total']);

export function toFormProblems(problems: readonly OrderProblem[]): FormProblem[] {
  const seen = new Set<string>();
  const out: FormProblem[] = [];
  for (const problem of problems) {
    const field = problemField(problem.code);
    const line = LINE_BOUND.has(field) ? problem.deliveryIndex : undefined;
    const shown: FormProblem = line === undefined ? { code: problem.code, field } : { code: problem.code, field: 'line', line };
    const key = `${shown.code}|${shown.field}|${shown.line ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(shown);
    }
  }
  return out;
}
