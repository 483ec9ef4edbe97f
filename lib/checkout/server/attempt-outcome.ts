// What the attempt store keeps of a placed order (lib/checkout/server/attempts.ts): only what the answer needs,
// as plain JSON, so that any instance can answer a repeat of the attempt exactly as the first request was answered.
import 'server-only';
import { toErrorResponse, type ApiErrorBody } from '@/lib/api/errors';
import type { PlaceOrderOutcome } from './place-order';
import { toFormProblems, type FormProblem } from '../responses';

export type AttemptOutcome =
  | { kind: 'created'; orderId: string }
  | { kind: 'problems'; problems: FormProblem[] }
  | { kind: 'price_changed'; coinAmount: string }
  /** The create's fate is unknown (upstream timeout, 5xx, or a repeat whose attempt did not finish in time). */
  | { kind: 'unconfirmed'; code: string }
  | { kind: 'failed'; status: number; body: ApiErrorBody; retryAfter: string | null };

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
