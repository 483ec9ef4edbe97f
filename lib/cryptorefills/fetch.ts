// The one way to call the upstream: URL, headers, timeout, and the mapping of every
// failure to a typed error. Logs nothing: callers log `error.code`/`endpoint`, never bodies or headers.
import 'server-only';
import type { z } from 'zod';
import { getServerConfig } from '@/lib/env';
import { UpstreamHttpError, UpstreamShapeError, UpstreamUnavailableError } from './errors';
import { buildUpstreamHeaders } from './headers';
import type { RequestContext } from './types';

/**
 * `shared`: a catalog read whose answer everyone gets. It goes out without the end user's IP and UA, and is not put
 * in Next's fetch cache: the caller caches the reshaped result instead (./catalog-cache.ts), since a raw wire of a
 * large country exceeds the data cache's 2 MB. `no-store`: per user or price-bearing, never cached.
 */
export type CachePolicy = 'shared' | 'no-store';

export type QueryParams = Record<string, string | number | null | undefined>;

export interface UpstreamRequest<S extends z.ZodType> {
  method?: 'GET' | 'POST';
  /** Path with any dynamic segment already encoded, e.g. `/v5/orders/${encodeURIComponent(id)}`. */
  path: string;
  query?: QueryParams;
  body?: unknown;
  schema: S;
  ctx?: RequestContext;
  cache: CachePolicy;
  signal?: AbortSignal;
}

export function buildUpstreamUrl(baseUrl: string, path: string, query: QueryParams = {}): string {
  const url = new URL(path, `${baseUrl.replace(/\/+$/, '')}/`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

export function endpointOf(method: string, path: string): string {
  return `${method} ${path.split('?')[0]}`;
}

/** A shared read carries no per-user IP or UA: its answer is cached for, and shown to, everyone. */
export function headersFor(ctx: RequestContext, cache: CachePolicy, accept?: string): Record<string, string> {
  const config = getServerConfig();
  return buildUpstreamHeaders(config, cache === 'no-store' ? ctx : {}, { accept });
}

/** Maps a rejected fetch or body read: the caller's own abort passes through untouched. */
export function toUnavailable(error: unknown, endpoint: string, timeout: AbortSignal, caller?: AbortSignal): unknown {
  if (caller?.aborted) return caller.reason ?? error;
  const reason = timeout.aborted ? 'timeout' : 'unreachable';
  return new UpstreamUnavailableError(reason, endpoint, { cause: error });
}

/** The seconds a `Retry-After` header asks for (a number, or an HTTP date from now). */
export function retryAfterSeconds(header: string | null | undefined): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, Math.ceil((date - Date.now()) / 1000)) : undefined;
}

async function attempt<S extends z.ZodType>(request: UpstreamRequest<S>): Promise<z.output<S>> {
  const config = getServerConfig();
  const method = request.method ?? 'GET';
  const endpoint = endpointOf(method, request.path);
  const timeout = AbortSignal.timeout(config.upstreamTimeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const init: RequestInit = {
    method,
    headers: headersFor(request.ctx ?? {}, request.cache),
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal,
    cache: 'no-store',
  };

  let response: Response;
  let text: string;
  try {
    response = await fetch(buildUpstreamUrl(config.apiUrl, request.path, request.query), init);
    text = await response.text();
  } catch (error) {
    throw toUnavailable(error, endpoint, timeout, request.signal);
  }

  if (!response.ok)
    throw UpstreamHttpError.fromBody(response.status, endpoint, text, retryAfterSeconds(response.headers.get('retry-after')));

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UpstreamShapeError('invalid_json', endpoint);
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) throw new UpstreamShapeError('schema_mismatch', endpoint, parsed.error.issues);
  return parsed.data;
}

/**
 * Calls the upstream and returns the body parsed with `schema`, or throws UpstreamUnavailableError,
 * UpstreamHttpError or UpstreamShapeError. A GET is retried once when the connection failed outright
 * (a stale keep-alive socket is the usual cause); a POST never is, so an order cannot be created twice.
 */
export async function upstreamFetch<S extends z.ZodType>(request: UpstreamRequest<S>): Promise<z.output<S>> {
  try {
    return await attempt(request);
  } catch (error) {
    const retryable = (request.method ?? 'GET') === 'GET' && error instanceof UpstreamUnavailableError && error.reason === 'unreachable';
    if (!retryable || request.signal?.aborted) throw error;
    return attempt(request);
  }
}
