// A real HTTP server on 127.0.0.1 standing in for the upstream, and a loader that points a fresh copy of
// the client at it (getServerConfig caches the environment, so each load resets the module registry).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

export interface FakeUpstream {
  url: string;
  requests: RecordedRequest[];
  handle(handler: Handler): void;
  close(): Promise<void>;
}

export async function startUpstream(): Promise<FakeUpstream> {
  let handler: Handler = (_req, res) => res.writeHead(404).end();
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle: (next) => {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on: bound once, then released. */
export async function closedPortUrl(): Promise<string> {
  const upstream = await startUpstream();
  await upstream.close();
  return upstream.url;
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

export const PARTNER_ID = 'partner-secret-42';

/** Imports a fresh client configured for `apiUrl`, with the shortest allowed timeout. */
/** Next's `unstable_cache`, or a stand-in for it. */
export type UnstableCache = (
  fn: () => Promise<unknown>,
  keyParts: string[],
  options: { revalidate: number; tags: string[] },
) => () => Promise<unknown>;

/** Outside Next there is no data cache: by default every catalog read goes to the upstream (catalog-cache.test.ts fakes one). */
const noDataCache: UnstableCache = (fn) => fn;

export async function loadClient(apiUrl: string, unstableCache: UnstableCache = noDataCache) {
  process.env.API_URL = apiUrl;
  process.env.CRYPTOREFILLS_PARTNER_ID = PARTNER_ID;
  process.env.CRYPTOREFILLS_APP_VERSION = 'storefront-test/1.0';
  process.env.UPSTREAM_TIMEOUT_MS = '500';
  vi.resetModules();
  // A fresh process as far as the catalog is concerned: no read held from an earlier load (catalog-cache.ts).
  (globalThis as { __catalogSingleFlight?: unknown }).__catalogSingleFlight = undefined;
  vi.doMock('next/cache', () => ({ unstable_cache: unstableCache }));
  const [client, errors, fetchHelper] = await Promise.all([
    import('@/lib/cryptorefills'),
    import('@/lib/cryptorefills/errors'),
    import('@/lib/cryptorefills/fetch'),
  ]);
  return { client, errors, fetchHelper };
}
