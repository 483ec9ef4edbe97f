// JSON errors of the route handlers: `{ error: { code, message } }`, never a stack trace, never cached.
// `toErrorResponse` turns whatever a handler caught into the status a browser can act on.
import {
  CryptorefillsError,
  InvalidRequestError,
  UpstreamHttpError,
  UpstreamShapeError,
  UpstreamUnavailableError,
} from '@/lib/cryptorefills/errors';
import { log } from '@/lib/log';
import { StoreUnavailableError } from '@/lib/store/types';

export interface ApiErrorBody {
  error: { code: string; message: string };
}

/** Sentences for upstream codes, by code; a handler passes the ones its callers can meet. */
export type ErrorMessages = Readonly<Record<string, string>>;

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** Status 499 (client closed request): nobody reads it, but it keeps aborts out of the 5xx figures. */
const CLIENT_CLOSED_REQUEST = 499;

/** 400 for a request body that failed its schema, with each bad field's message (`{ "items.0.recipient": "…" }`). */
export function invalidRequest(fields: Record<string, string>): Response {
  return Response.json(
    { error: { code: 'INVALID_REQUEST', message: 'Some fields are missing or not valid.' }, fields },
    { status: 400, headers: NO_STORE },
  );
}

export function errorResponse(code: string, message: string, status: number, headers: Record<string, string> = {}): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

// Next aborts a request's signal with its own `ResponseAborted` error when the browser goes away.
const ABORT_NAMES = new Set(['AbortError', 'TimeoutError', 'ResponseAborted']);

function isAbort(error: unknown): boolean {
  return error instanceof Error && ABORT_NAMES.has(error.name) && !(error instanceof CryptorefillsError);
}

/** The answer to a request whose browser has gone away: logged as nothing, counted as no server error. */
export function clientGone(): Response {
  return errorResponse('REQUEST_ABORTED', 'The request was cancelled.', CLIENT_CLOSED_REQUEST);
}

// The upstream refused what the buyer asked for (400/409/422…): the buyer can change it, so it is a 422.
// 401/403 mean our own credentials were refused, which the buyer cannot fix: that is a bad gateway.
function fromHttpError(error: UpstreamHttpError, messages: ErrorMessages): Response {
  if (error.status === 429) {
    const retry: Record<string, string> = error.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(error.retryAfterSeconds) };
    return errorResponse('RATE_LIMITED', 'Too many requests right now. Please wait a moment and try again.', 429, retry);
  }
  if (error.status >= 500 || error.status === 401 || error.status === 403) {
    log.warn('api: upstream failed', { code: error.code, status: error.status, endpoint: error.endpoint });
    return errorResponse('UPSTREAM_ERROR', 'The service is not available right now. Please try again in a moment.', 502);
  }
  const status = error.status === 404 ? 404 : 422;
  return errorResponse(error.code, messages[error.code] ?? 'This request was not accepted. Please check it and try again.', status);
}

/** Seconds a client is asked to wait before trying again when the shared store is down. */
const STORE_RETRY_AFTER_SECONDS = 5;

/** 503 STORE_UNAVAILABLE: the shared store (lib/store/) did not answer, so nothing was done (fail closed). */
export function storeUnavailable(message = 'This cannot be done right now; nothing was changed. Please try again in a moment.'): Response {
  return errorResponse('STORE_UNAVAILABLE', message, 503, { 'Retry-After': String(STORE_RETRY_AFTER_SECONDS) });
}

/** The response for anything a route handler caught: typed upstream errors keep their code. */
export function toErrorResponse(error: unknown, messages: ErrorMessages = {}): Response {
  if (error instanceof StoreUnavailableError) return storeUnavailable();
  if (error instanceof InvalidRequestError) return errorResponse(error.code, error.message, 400);
  if (error instanceof UpstreamHttpError) return fromHttpError(error, messages);
  if (error instanceof UpstreamUnavailableError) {
    log.warn('api: upstream unavailable', { code: error.code, endpoint: error.endpoint });
    const timeout = error.reason === 'timeout';
    return errorResponse(
      error.code,
      timeout ? 'The service did not answer in time. Please try again.' : 'The service could not be reached. Please try again in a moment.',
      timeout ? 504 : 502,
    );
  }
  if (error instanceof UpstreamShapeError || error instanceof CryptorefillsError) {
    log.warn('api: unusable upstream answer', { code: error.code });
    return errorResponse(error.code, 'The service sent an answer we could not read. Please try again in a moment.', 502);
  }
  if (isAbort(error)) return clientGone();
  log.error('api: unexpected error', { name: error instanceof Error ? error.name : typeof error });
  return errorResponse('INTERNAL_ERROR', 'Something went wrong on our side. Please try again.', 500);
}
