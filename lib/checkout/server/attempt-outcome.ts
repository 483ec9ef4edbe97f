// What the attempt store keeps of a placed order (lib/checkout/server/attempts.ts): only what the answer needs,
// as plain JSON, so that any instance can answer a repeat of the attempt exactly as the first request was answered.
import 'server-only';
import { z } from 'zod';
import { toErrorResponse, type ApiErrorBody } from '@/lib/api/errors';
import type { PlaceOrderOutcome } from './place-order';
import { FormProblemSchema, toFormProblems, type FormProblem } from '../responses';

export type AttemptOutcome =
  | { kind: 'created'; orderId: string }
  | { kind: 'problems'; problems: FormProblem[] }
  | { kind: 'price_changed'; coinAmount: string }
  /** The create's fate is unknown (upstream timeout, 5xx, or a repeat whose attempt did not finish in time). */
  | { kind: 'unconfirmed'; code: string }
  | { kind: 'failed'; status: number; body: ApiErrorBody; retryAfter: string | null };

// What another instance stored is read back through this schema: a value that does not match is treated as an
// attempt whose outcome is unknown (never as a reason to run the attempt again).
export const AttemptOutcomeSchema: z.ZodType<AttemptOutcome> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('created'), orderId: z.string().min(1) }),
  z.object({
    kind: z.literal('problems'),
    problems: z.array(FormProblemSchema),
  }),
  z.object({ kind: z.literal('price_changed'), coinAmount: z.string() }),
  z.object({ kind: z.literal('unconfirmed'), code: z.string() }),
  z.object({
    kind: z.literal('failed'),
    status: z.number().int().min(400).max(599),
    body: z.object({ error: z.object({ code: z.string(), message: z.string() }) }),
    retryAfter: z.string().nullable(),
  }),
]);

export async function toAttemptOutcome(outcome: PlaceOrderOutcome): Promise<AttemptOutcome> {
  switch (outcome.kind) {
    case 'created':
      return { kind: 'created', orderId: outcome.order.id };
    case 'problems':
      return { kind: 'problems', problems: toFormProblems(outcome.problems) };
    case 'price_changed':
    case 'unconfirmed':
      return outcome;
    case 'error': {
      const response = toErrorResponse(outcome.error);
      return {
        kind: 'failed',
        status: response.status,
        body: (await response.json()) as ApiErrorBody,
        retryAfter: response.headers.get('retry-after'),
      };
    }
  }
}
