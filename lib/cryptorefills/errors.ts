// Typed failures of the upstream client. Messages are safe to log and to show: they never carry the partner
// ID, e-mail addresses or response bodies. Client-safe (no server imports), though only the server throws them.
import type { z } from 'zod';
import { isUpperSnakeCode, ProblemsEnvelopeSchema, ErrorBodySchema } from './schemas/errors';
import type { OrderProblem } from './types';

const EMAIL_PATTERN = /[^\s@<>"']+@[^\s@<>"']+/g;
const MAX_DETAIL_LENGTH = 200;

export class CryptorefillsError extends Error {
  override name = 'CryptorefillsError';
  /** Stable, machine-readable code (UPPER_SNAKE). */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** The upstream could not be reached, or did not answer in time. Safe to retry for reads. */
export class UpstreamUnavailableError extends CryptorefillsError {
  override name = 'UpstreamUnavailableError';
  readonly reason: 'unreachable' | 'timeout';
  /** "GET /v2/brands": method and path, without the query string. */
  readonly endpoint: string;

  constructor(reason: 'unreachable' | 'timeout', endpoint: string, options?: { cause?: unknown }) {
    super(
      reason === 'timeout' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNREACHABLE',
      reason === 'timeout' ? 'The Cryptorefills API did not answer in time.' : 'The Cryptorefills API could not be reached.',
      options,
    );
    this.reason = reason;
    this.endpoint = endpoint;
  }
}

export interface UpstreamHttpErrorInit {
  status: number;
  endpoint: string;
  detail?: string;
  moreDetails?: unknown;
  problems?: OrderProblem[];
  retryAfterSeconds?: number;
}

/** The upstream answered with a non-2xx status. `code` is the upstream's UPPER_SNAKE `detail` when it sent one. */
export class UpstreamHttpError extends CryptorefillsError {
  override name = 'UpstreamHttpError';
  readonly status: number;
  readonly endpoint: string;
  /** The body's `detail` (or `error_code`), e-mail addresses redacted. */
  readonly detail?: string;
  readonly moreDetails?: unknown;
  /** Validation problems, when the body carried a `problems` array. */
  readonly problems?: OrderProblem[];
  /** From `Retry-After` (on 429 and 503). */
  readonly retryAfterSeconds?: number;

  constructor(init: UpstreamHttpErrorInit) {
    const code = init.detail !== undefined && isUpperSnakeCode(init.detail) ? init.detail : 'UPSTREAM_HTTP_ERROR';
    const suffix = code === 'UPSTREAM_HTTP_ERROR' ? '' : ` (${code})`;
    super(code, `The Cryptorefills API answered with HTTP ${init.status}${suffix}.`);
    this.status = init.status;
    this.endpoint = init.endpoint;
    this.detail = init.detail;
    this.moreDetails = init.moreDetails;
    this.problems = init.problems;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** Reads what it can from an error body (JSON error, problems envelope, HTML page or nothing). */
  static fromBody(status: number, endpoint: string, bodyText: string, retryAfterSeconds?: number): UpstreamHttpError {
    let json: unknown;
    try {
      json = bodyText.trim() === '' ? undefined : JSON.parse(bodyText);
    } catch {
      json = undefined;
    }
    const body = ErrorBodySchema.safeParse(json);
    const envelope = ProblemsEnvelopeSchema.safeParse(json);
    const rawDetail = body.success ? (body.data.detail ?? body.data.error_code) : undefined;
    return new UpstreamHttpError({
      status,
      endpoint,
      detail: rawDetail === undefined ? undefined : redact(rawDetail),
      moreDetails: body.success ? (body.data.moreDetails ?? body.data.reason) : undefined,
      problems: envelope.success ? envelope.data.problems.map(toOrderProblem) : undefined,
      retryAfterSeconds,
    });
  }
}

export type UpstreamShapeReason = 'invalid_json' | 'schema_mismatch' | 'unexpected_content_type';

/** The upstream answered 2xx, but with something we cannot use: not JSON, not the documented shape, not a stream. */
export class UpstreamShapeError extends CryptorefillsError {
  override name = 'UpstreamShapeError';
  readonly endpoint: string;
  readonly reason: UpstreamShapeReason;
  /** Where the body differed from the schema (paths and expectations only, no values). */
  readonly issues: z.core.$ZodIssue[];

  constructor(reason: UpstreamShapeReason, endpoint: string, issues: z.core.$ZodIssue[] = []) {
    super('UPSTREAM_BAD_RESPONSE', 'The Cryptorefills API sent a response that could not be read.');
    this.reason = reason;
    this.endpoint = endpoint;
    this.issues = issues;
  }
}

/** A caller passed something that must never reach an upstream URL (e.g. an order id that is not a UUID). */
export class InvalidRequestError extends CryptorefillsError {
  override name = 'InvalidRequestError';

  constructor(code: string, message: string) {
    super(code, message);
  }
}

export function isCryptorefillsError(error: unknown): error is CryptorefillsError {
  return error instanceof CryptorefillsError;
}

/** Which delivery line a problem concerns, when the upstream says so (`moreDetails.delivery_index`, README §9). */
function deliveryIndexOf(moreDetails: unknown): number | undefined {
  if (!moreDetails || typeof moreDetails !== 'object') return undefined;
  const record = moreDetails as Record<string, unknown>;
  const raw = record.delivery_index ?? record.deliveryIndex ?? record.index;
  const index = typeof raw === 'string' ? Number(raw) : raw;
  return typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < 100 ? index : undefined;
}

/** The lines a problem about several deliveries names (`moreDetails.delivery_indexes`, e.g. MULTIPLE_LIMITED_PRODUCT_SAME_ORDER). */
function deliveryIndexesOf(moreDetails: unknown): number[] | undefined {
  if (!moreDetails || typeof moreDetails !== 'object') return undefined;
  const raw = (moreDetails as Record<string, unknown>).delivery_indexes;
  if (!Array.isArray(raw)) return undefined;
  const indexes = raw.map((index) => deliveryIndexOf({ index })).filter((index) => index !== undefined);
  return indexes.length > 0 ? indexes : undefined;
}

export function toOrderProblem(problem: { problem: string; moreDetails?: unknown }): OrderProblem {
  const deliveryIndex = deliveryIndexOf(problem.moreDetails);
  const deliveryIndexes = deliveryIndex === undefined ? deliveryIndexesOf(problem.moreDetails) : undefined;
  return {
    code: problem.problem,
    ...(problem.moreDetails === undefined ? {} : { moreDetails: problem.moreDetails }),
    ...(deliveryIndex === undefined ? {} : { deliveryIndex }),
    ...(deliveryIndexes === undefined ? {} : { deliveryIndexes }),
  };
}

function redact(text: string): string {
  const clean = text.replace(EMAIL_PATTERN, '[email]');
  return clean.length > MAX_DETAIL_LENGTH ? `${clean.slice(0, MAX_DETAIL_LENGTH)}…` : clean;
}
