// The Cryptorefills API simulator as an in-process factory: tests listen on port 0, sandbox/main.ts on 4010.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCatalog } from './catalog';
import type { Catalog, CatalogOptions } from './catalog/types';
import { catalogRoutes } from './catalog-routes';
import { noSuspensions } from './coins';
import { countRead, resetContext, zeroCounters, type RenderLogo, type SandboxContext } from './context';
import { controlRoutes } from './control';
import { Faults } from './faults';
import { HttpError, originOf, redact, Router, sendError } from './http';
import { renderLogo as defaultRenderLogo } from './logos';
import { orderRoutes } from './order-routes';
import { OrderStore, type Timers } from './orders';
import { usdPerUnit as defaultUsdPerUnit } from './fx';
import type { UsdPerUnit } from './pricing';
import { solanaRpcRoutes } from './solana-rpc';
import { sseRoutes } from './sse';

export interface SandboxOptions {
  /** Defaults to the seeded catalog (`createCatalog(catalogOptions)`). */
  catalog?: Catalog;
  catalogOptions?: CatalogOptions;
  usdPerUnit?: UsdPerUnit;
  renderLogo?: RenderLogo;
  /** Clock in epoch milliseconds (default Date.now). */
  now?: () => number;
  timers?: Timers;
  /** Delay between the steps of a full payment; default 1500 ms. */
  transitionMs?: number;
  /** Interval of `: keep-alive` comments on SSE streams; default 15000 ms. */
  keepAliveMs?: number;
  /** Payment window from created_at; default 30 minutes. */
  paymentWindowMs?: number;
  /** Seed of the fault PRNG when a fault config gives none. */
  faultSeed?: number;
  /** Receives one line per request (method, path without query, status, duration). */
  log?: (line: string) => void;
}

export interface Sandbox {
  server: Server;
  context: SandboxContext;
  store: OrderStore;
  /** Listens (default 127.0.0.1, port 0 = any free port) and resolves to the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Ends open SSE streams and connections, then stops listening. */
  close(): Promise<void>;
  /** Same as POST /sandbox/reset. */
  reset(): void;
}

export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const transitionMs = options.transitionMs ?? 1500;
  const keepAliveMs = options.keepAliveMs ?? 15_000;
  const store = new OrderStore({
    ...(options.now ? { now: options.now } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
    transitionMs,
    ...(options.paymentWindowMs !== undefined ? { paymentWindowMs: options.paymentWindowMs } : {}),
  });
  const context: SandboxContext = {
    catalog: options.catalog ?? createCatalog(options.catalogOptions),
    usdPerUnit: options.usdPerUnit ?? defaultUsdPerUnit,
    renderLogo: options.renderLogo ?? defaultRenderLogo,
    store,
    faults: new Faults(options.faultSeed ?? 1),
    suspensions: noSuspensions(),
    priceMoves: new Map(),
    counters: zeroCounters(),
    keepAliveMs,
    streams: new Set(),
    solanaAccounts: new Map(),
    fallbackHost: '127.0.0.1',
    initial: { transitionMs, keepAliveMs },
  };

  const router = new Router();
  catalogRoutes(router, context);
  orderRoutes(router, context);
  sseRoutes(router, context);
  controlRoutes(router, context);
  solanaRpcRoutes(router, context.solanaAccounts);

  const server = createServer(async (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    countRead(context.counters, req.method, url);
    try {
      const injected = await context.faults.before(`${url.pathname}${url.search}`);
      if (injected) throw injected;
      const garbage = context.faults.garbageFor(`${url.pathname}${url.search}`);
      if (garbage) {
        res.writeHead(200, { 'Content-Type': garbage.contentType, 'Content-Length': Buffer.byteLength(garbage.body) });
        res.end(garbage.body);
        return;
      }
      const found = router.match(req.method ?? 'GET', url.pathname);
      if (found instanceof HttpError) throw found;
      await found.handler({ req, res, url, params: found.params, origin: originOf(req, context.fallbackHost) });
    } catch (error) {
      const httpError = error instanceof HttpError ? error : new HttpError(500, 'INTERNAL_ERROR');
      if (!(error instanceof HttpError)) options.log?.(redact(`error: ${error instanceof Error ? error.message : 'unknown'}`));
      if (!res.headersSent) sendError(res, httpError);
      else res.destroy();
    } finally {
      if (options.log) {
        const log = options.log;
        const done = () => log(redact(`${req.method} ${url.pathname} ${res.statusCode} ${Math.round(performance.now() - started)}ms`));
        if (res.writableFinished || res.destroyed) done();
        else res.once('close', done);
      }
    }
  });
  // An idle keep-alive connection stays open a minute (Node's default is 5 s). A client that reuses one just as the
  // server closes it gets ECONNRESET: the e2e suite's sandbox controls sit idle for 5-10 s while a page waits out
  // the upstream timeout, and under load one hit that race. Clients' own pools (undici's 4 s) close theirs first.
  server.keepAliveTimeout = 60_000;

  return {
    server,
    context,
    store,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          context.fallbackHost = `${host}:${address.port}`;
          resolve(`http://${host}:${address.port}`);
        });
      });
    },
    close() {
      for (const close of [...context.streams]) close();
      context.store.reset();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    reset: () => resetContext(context),
  };
}
