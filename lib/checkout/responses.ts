// Our checkout route handlers' answers. The zod schemas are the wire's shape; the browser reads it by hand with
// ./answers.ts (no zod in the checkout's JavaScript), tested to take and refuse exactly what they do.
import { z } from 'zod';
import type { OrderProblem, OrderValidation } from '@/lib/cryptorefills/types';
import { problemField, type ProblemField } from './problems';

// Read leniently: a field this version does not know still arrives, and is shown in the summary by the button.
export const FormProblemSchema = z.object({
  code: z.string().max(80),
  field: z.string().max(40).catch('total'),
  line: z.number().int().min(0).optional(),
});

/** A problem as the checkout form shows it: the code (for the message), where, and which line. */
export interface FormProblem {
  code: string;
  field: ProblemField | (string & {});
  line?: number;
}

// Line-bound codes go next to the delivery the upstream names; others keep their own field, so a code
// that arrives once for the buyer and once for a line is still shown once, where it is acted on.
// A product that needs a signed-in account (LOGIN_REQUIRED on a line) is removed at its line.
const LINE_BOUND = new Set<ProblemField>(['line', 'recipient', 'total']);
const isLineBound = (code: string, field: ProblemField) => LINE_BOUND.has(field) || code === 'LOGIN_REQUIRED';

function linesOf(problem: OrderProblem): number[] {
  if (problem.deliveryIndex !== undefined) return [problem.deliveryIndex];
  return problem.deliveryIndexes ?? [];
}

export function toFormProblems(problems: readonly OrderProblem[]): FormProblem[] {
  const seen = new Set<string>();
  const out: FormProblem[] = [];
  for (const problem of problems) {
    const field = problemField(problem.code);
    const lines = isLineBound(problem.code, field) ? linesOf(problem) : [];
    const shown: FormProblem[] =
      lines.length === 0 ? [{ code: problem.code, field }] : lines.map((line) => ({ code: problem.code, field: 'line', line }));
    for (const one of shown) {
      const key = `${one.code}|${one.field}|${one.line ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(one);
      }
    }
  }
  return out;
}

export const ValidationAnswerSchema = z.object({
  valid: z.boolean(),
  coin: z.string().optional(),
  /** The total to pay. */
  coinAmount: z.string().optional(),
  /** The total before a coupon's discount. */
  originalCoinAmount: z.string().optional(),
  couponCode: z.string().optional(),
  /** Each line's price, in the order of the request's items. */
  lines: z.array(z.object({ coinAmount: z.string().optional() })).default([]),
  problems: z.array(FormProblemSchema),
});

export type ValidationAnswer = z.infer<typeof ValidationAnswerSchema>;

/** `{ error: { code, message } }`, every refusal of ours. */
export const ErrorAnswerSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** POST /api/orders: 201 with the order id, 409 with the new total, 422 with problems, or an error. */
export const PlaceAnswerSchema = z.object({
  orderId: z.string().optional(),
  coinAmount: z.string().optional(),
  problems: z.array(FormProblemSchema).optional(),
  error: ErrorAnswerSchema.shape.error.optional(),
});

/** Retry-After in seconds (the server sends no HTTP date); anything else is left out. */
export const RetryAfterSchema = z.coerce.number().int().positive().max(86_400);

export function toValidationAnswer(validation: OrderValidation, problems: FormProblem[]): ValidationAnswer {
  return {
    valid: problems.length === 0,
    coin: validation.coin,
    coinAmount: validation.coinAmount,
    originalCoinAmount: validation.originalCoinAmount,
    couponCode: validation.couponCode,
    lines: validation.deliveries.map((delivery) => ({ coinAmount: delivery.deliverable?.coinAmount })),
    problems,
  };
}
