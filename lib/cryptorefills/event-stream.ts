// The upstream's order event stream, opened with node:http rather than fetch: one of these stays open per watched
// order for as long as someone watches, and fetch's machinery (undici's request and response objects, Next's
// instrumented fetch, the WHATWG body stream it feeds) was the larger part of the server's memory per open
// stream (`BENCH_ORDERS=5000 npx tsx bench/stream-memory.ts`). Errors map as upstreamFetch maps them.
import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { getServerConfig } from '@/lib/env';
import { UpstreamHttpError, UpstreamShapeError } from './errors';
import { buildUpstreamUrl, endpointOf, headersFor, retryAfterSeconds, toUnavailable } from './fetch';
import type { RequestContext } from './types';

export interface UpstreamStreamRequest {
  path: string;
  ctx: RequestContext;
  /** Aborting it closes the upstream connection. */
  signal: AbortSignal;
}

/** An error answer's body is read for its problem code, up to this much. */
const ERROR_BODY_LIMIT = 64 * 1024;

function readText(response: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > ERROR_BODY_LIMIT) response.destroy();
    });
    response.on('end', () => resolve(text));
    response.on('close', () => resolve(text));
    response.on('error', () => resolve(text));
  });
}

/**
 * Opens a server-sent-event stream. The timeout covers only the wait for the response headers: an open
 * stream may stay quiet for minutes. Returns the raw body for the caller to relay; cancelling it, or aborting
 * `signal`, closes the connection.
 */
export function upstreamEventStream(request: UpstreamStreamRequest): Promise<ReadableStream<Uint8Array>> {
  const config = getServerConfig();
  const endpoint = endpointOf('GET', request.path);
  const url = new URL(buildUpstreamUrl(config.apiUrl, request.path));
  const headersDeadline = new AbortController();
  return new Promise((resolve, reject) => {
    if (request.signal.aborted) return reject(toUnavailable(request.signal.reason, endpoint, headersDeadline.signal, request.signal));
    const client = url.protocol === 'https:' ? https : http;
    const outgoing = client.request(url, { method: 'GET', headers: headersFor(request.ctx, 'no-store', 'text/event-stream') });
    const onAbort = () => outgoing.destroy(request.signal.reason instanceof Error ? request.signal.reason : undefined);
    request.signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      headersDeadline.abort(new DOMException('Upstream headers timed out', 'TimeoutError'));
      outgoing.destroy();
    }, config.upstreamTimeoutMs);
    // The request closes once its response has ended or been destroyed, or its connection failed: the abort
    // listener lives exactly as long as the connection it closes.
    outgoing.once('close', () => {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onAbort);
    });

    // After the stream was handed over, an error reaches its reader instead; rejecting again is a no-op.
    outgoing.on('error', (error) => reject(toUnavailable(error, endpoint, headersDeadline.signal, request.signal)));
    outgoing.on('response', (response) => {
      clearTimeout(timer);
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        void readText(response).then((text) =>
          reject(UpstreamHttpError.fromBody(status, endpoint, text, retryAfterSeconds(response.headers['retry-after']))),
        );
        return;
      }
      const contentType = response.headers['content-type'] ?? '';
      if (!contentType.toLowerCase().startsWith('text/event-stream')) {
        response.destroy();
        return reject(new UpstreamShapeError('unexpected_content_type', endpoint));
      }
      resolve(Readable.toWeb(response) as ReadableStream<Uint8Array>);
    });
    outgoing.end();
  });
}
