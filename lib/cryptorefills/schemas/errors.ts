// Error and problem shapes (lib/cryptorefills/README.md §9, §14). Client-safe.
import { z } from 'zod';

/** One validation problem: `{problem: "UPPER_SNAKE_CODE", moreDetails?}`. `moreDetails` is data, never display text. */
export const ProblemSchema = z.looseObject({
  problem: z.string().min(1),
  moreDetails: z.unknown().optional(),
});

/** `problems` is `null` when an order is valid (observed), `[]` also possible; both come out as `[]`. */
export const ProblemsSchema = z
  .array(ProblemSchema)
  .nullish()
  .transform((value) => value ?? []);

/** A body that carries validation problems, on a 200 or on a 4xx. */
export const ProblemsEnvelopeSchema = z.looseObject({
  problems: z.array(ProblemSchema),
});

/**
 * A top-level HTTP error body: `{status, detail, moreDetails?}` (DOC); `status` seen as number and as
 * string; `{message}`, `{error_code}` and `{reason}` bodies also occur. Every field optional: this is
 * read on a best-effort basis, never required.
 */
export const ErrorBodySchema = z.looseObject({
  status: z.union([z.number(), z.string()]).optional(),
  detail: z.string().optional(),
  moreDetails: z.unknown().optional(),
  reason: z.string().optional(),
  error_code: z.string().optional(),
  message: z.string().optional(),
});

export { KNOWN_PROBLEM_CODES, type KnownProblemCode } from './vocabulary';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** True for strings shaped like the upstream's machine codes ("SUSPENDED_COIN"), not free text. */
export function isUpperSnakeCode(value: string): boolean {
  return value.length <= 80 && UPPER_SNAKE.test(value);
}
