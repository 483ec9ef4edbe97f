// Our own route handlers' answers, read in the browser by hand instead of with zod: the server wrote them
// (./responses.ts, ./server/create-handler.ts) from upstream data it checked with zod at the boundary. The readers
// take and refuse exactly what the zod schemas in ./responses.ts would (tests/unit/checkout/form-checks.test.ts).
import type { FormProblem, ValidationAnswer } from './responses';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** A problem as FormProblemSchema reads it: a field this version does not know (or a malformed one) becomes `total`. */
export function readFormProblem(value: unknown): FormProblem | undefined {
  if (!isObject(value) || typeof value.code !== 'string' || value.code.length > 80) return undefined;
  if (value.line !== undefined && !isIndex(value.line)) return undefined;
  const field = typeof value.field === 'string' && value.field.length <= 40 ? value.field : 'total';
  return { code: value.code, field, ...(value.line !== undefined ? { line: value.line } : {}) };
}

function readProblems(value: unknown): FormProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const problems = value.map(readFormProblem);
  return problems.every((problem) => problem !== undefined) ? problems : undefined;
}

const OPTIONAL_STRINGS = ['coin', 'coinAmount', 'originalCoinAmount', 'couponCode'] as const;

/** /api/checkout/validate's answer (ValidationAnswerSchema), or undefined when it is not one. */
export function readValidationAnswer(json: unknown): ValidationAnswer | undefined {
  if (!isObject(json) || typeof json.valid !== 'boolean') return undefined;
  if (!OPTIONAL_STRINGS.every((key) => optionalString(json[key]))) return undefined;
  const lines = json.lines === undefined ? [] : json.lines;
  if (!Array.isArray(lines) || !lines.every((line) => isObject(line) && optionalString(line.coinAmount))) return undefined;
  const problems = readProblems(json.problems);
  if (!problems) return undefined;
  const answer: ValidationAnswer = { valid: json.valid, lines: lines.map((line: Obj) => pick(line, ['coinAmount'])), problems };
  return Object.assign(answer, pick(json, OPTIONAL_STRINGS));
}

/** `{ error: { code, message } }`, every 4xx/5xx of ours. */
export function readError(json: unknown): { code: string; message: string } | undefined {
  const error = isObject(json) ? json.error : undefined;
  return isObject(error) && typeof error.code === 'string' && typeof error.message === 'string'
    ? { code: error.code, message: error.message }
    : undefined;
}

export interface PlaceAnswer {
  orderId?: string;
  coinAmount?: string;
  problems?: FormProblem[];
  error?: { code: string; message: string };
}

/** POST /api/orders' answer, whatever its status; `{}` when it is none of its shapes. */
export function readPlaceAnswer(json: unknown): PlaceAnswer {
  if (!isObject(json) || !optionalString(json.orderId) || !optionalString(json.coinAmount)) return {};
  const problems = json.problems === undefined ? undefined : readProblems(json.problems);
  const error = json.error === undefined ? undefined : readError({ error: json.error });
  if ((json.problems !== undefined && !problems) || (json.error !== undefined && !error)) return {};
  return { ...pick(json, ['orderId', 'coinAmount']), ...(problems ? { problems } : {}), ...(error ? { error } : {}) };
}

/** Retry-After in whole seconds, 1 s to a day (the server sends no HTTP date); anything else is none. */
export function readRetryAfter(header: string | null): number | undefined {
  const seconds = Number(header ?? undefined);
  return Number.isSafeInteger(seconds) && seconds > 0 && seconds <= 86_400 ? seconds : undefined;
}

function pick<K extends string>(from: Obj, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) if (key in from) out[key] = from[key] as string;
  return out;
}
