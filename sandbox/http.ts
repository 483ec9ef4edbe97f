// Tiny router and JSON helpers for the sandbox. Errors use the upstream shape {status, detail, moreDetails?}.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
  /** `http://<Host header>`: absolute URLs in responses follow the address the client used. */
  origin: string;
}

export type Handler = (ctx: RequestContext) => void | Promise<void>;

/** Thrown by handlers; rendered as an upstream-style error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly moreDetails?: { [key: string]: Json | undefined },
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export function sendJson(res: ServerResponse, status: number, body: Json | object, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError) {
  const body: { [key: string]: Json | undefined } = { status: error.status, detail: error.detail };
  if (error.moreDetails) body.moreDetails = error.moreDetails;
  sendJson(res, error.status, body, error.headers);
}

const MAX_BODY_BYTES = 1_000_000;

/** Reads and parses a JSON body; an empty body reads as `{}`. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', { reason: 'The body exceeds 1 MB.' });
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'INVALID_REQUEST', { reason: 'The body is not valid JSON.' });
  }
}

/** Parses with a zod schema; failures become a 400 naming each offending field. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  const reason = first ? `${first.path || '(body)'}: ${first.message}` : 'Invalid request.';
  throw new HttpError(400, 'INVALID_REQUEST', { reason, issues });
}

export async function readBody<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
  return parseWith(schema, await readJson(req));
}

const HOST_PATTERN = /^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function originOf(req: IncomingMessage, fallbackHost: string): string {
  const host = req.headers.host;
  return `http://${host && HOST_PATTERN.test(host) ? host : fallbackHost}`;
}

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

/** Path patterns use `:name` segments, e.g. `/v5/orders/:id/subscribe`; `*name` matches the rest. */
export class Router {
  private readonly routes: Route[] = [];

  on(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const source = path
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          keys.push(segment.slice(1));
          return '([^/]+)';
        }
        if (segment.startsWith('*')) {
          keys.push(segment.slice(1));
          return '(.+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({ method, pattern: new RegExp(`^${source}$`), keys, handler });
    return this;
  }

  /** The handler for a request, or an HttpError saying why there is none (404 or 405). */
  match(method: string, pathname: string): { handler: Handler; params: Record<string, string> } | HttpError {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method && !(method === 'HEAD' && route.method === 'GET')) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = safeDecode(found[i + 1] ?? '');
      });
      return { handler: route.handler, params };
    }
    return pathMatched
      ? new HttpError(405, 'METHOD_NOT_ALLOWED', { reason: `${method} is not allowed on ${pathname}.` })
      : new HttpError(404, 'NOT_FOUND', { reason: `No route for ${method} ${pathname}.` });
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Log lines never carry e-mail addresses, whatever a client puts in a path. */
export function redact(text: string): string {
  return text.replace(/[^\s/@]+@[^\s/@]+/g, '[redacted]');
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
