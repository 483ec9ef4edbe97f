// The sandbox-only control API under /sandbox/*: drive orders, inject faults, suspend coins, read counters.
import { z } from 'zod';
import { NETWORKS } from './coins';
import { resetContext, type SandboxContext } from './context';
import { FaultsBody } from './faults';
import { HttpError, readBody, sendJson, type RequestContext, type Router } from './http';
import { ORDER_STATES, type Order } from './order-model';
import { orderIdParam } from './order-routes';
import { orderWire } from './order-wire';
import { parseAtomic } from './pricing';

const Empty = z.object({}).strict();

const PayBody = z.object({ amount: z.union([z.string().trim(), z.number().positive().transform(String)]).optional() }).strict();

const StateBody = z.object({ order_state: z.enum(ORDER_STATES), payment_state: z.string().trim().min(1).max(64).optional() }).strict();

const coinName = z
  .string()
  .trim()
  .toUpperCase()
  .refine((coin) => NETWORKS.some((n) => n.coin === coin), 'unknown coin (USDC, USDT or BTC)');
const networkName = z
  .string()
  .trim()
  .refine((name) => NETWORKS.some((n) => n.name.toLowerCase() === name.toLowerCase()), 'unknown network');

const SuspensionsBody = z
  .object({
    coins: z.array(coinName).max(20).optional(),
    networks: z
      .array(z.object({ coin: coinName.optional(), network: networkName }).strict())
      .max(50)
      .optional(),
  })
  .strict();

/** Moves one brand's price by a percentage for validations and orders: the quote the buyer saw goes stale. */
const PriceMoveBody = z.object({ brand: z.string().trim().min(1).max(200), percent: z.number().min(-50).max(50) }).strict();

const ConfigBody = z
  .object({
    transitionMs: z.number().int().min(0).max(600_000).optional(),
    keepAliveMs: z.number().int().min(10).max(600_000).optional(),
  })
  .strict();

export function stateSnapshot(ctx: SandboxContext) {
  return {
    ordersCreated: ctx.counters.ordersCreated,
    createRequests: ctx.counters.createRequests,
    validations: ctx.counters.validations,
    upstreamReads: ctx.counters.upstreamReads,
    upstreamReadsByCountry: ctx.counters.upstreamReadsByCountry,
    orders: ctx.store.size,
    openStreams: ctx.streams.size,
    orderListeners: ctx.store.listenerCount(),
    faults: ctx.faults.active,
    suspensions: ctx.suspensions,
    transitionMs: ctx.store.transitionMs,
    keepAliveMs: ctx.keepAliveMs,
  };
}

export function controlRoutes(router: Router, ctx: SandboxContext): void {
  const orderAction = (path: string, act: (id: string, rc: RequestContext) => Promise<Order>) =>
    router.on('POST', `/sandbox/orders/:id/${path}`, async (rc) => {
      const order = await act(orderIdParam(rc.params.id), rc);
      // The change is on its way to the order's streams (`act` wrote it), but Node sends a chunked write on its next
      // tick: the streams go first, as the upstream's events go out without anyone waiting on an answer, and this
      // answer after them. Building it took 0.5-4 ms, which every watching page waited through.
      await new Promise((resolve) => setImmediate(resolve));
      // When the change went out to the streams, on this machine's clock in ms since the epoch:
      // bench/order-latency.ts splits the latency with it.
      const changedAt = (performance.timeOrigin + performance.now()).toFixed(3);
      sendJson(rc.res, 200, orderWire(order, rc.origin), { 'X-Sandbox-Changed-At': changedAt });
    });

  orderAction('pay', async (id, { req }) => {
    const { amount } = await readBody(req, PayBody);
    const order = ctx.store.get(id);
    if (!order) throw new HttpError(404, 'ORDER_NOT_FOUND');
    if (amount === undefined) return ctx.store.pay(id);
    const atomic = parseAtomic(amount, order.network.coin);
    if (atomic === undefined || atomic <= 0) {
      throw new HttpError(400, 'INVALID_REQUEST', { reason: `amount must be a positive ${order.network.coin} decimal string.` });
    }
    return ctx.store.pay(id, atomic);
  });
  orderAction('state', async (id, { req }) => {
    const body = await readBody(req, StateBody);
    return ctx.store.force(id, body.order_state, body.payment_state);
  });
  orderAction('expire', async (id, { req }) => {
    await readBody(req, Empty);
    return ctx.store.expire(id);
  });
  const shortcuts = {
    fail: 'PaymentFailed',
    'setup-fail': 'PaymentSetupFailed',
    refund: 'Refunded',
    hold: 'WaitingForManualAction',
  } as const;
  for (const [path, state] of Object.entries(shortcuts)) {
    orderAction(path, async (id, { req }) => {
      await readBody(req, Empty);
      return ctx.store.shortcut(id, state);
    });
  }

  router.on('GET', '/sandbox/orders', ({ res, origin }) => {
    sendJson(
      res,
      200,
      ctx.store.list().map((order) => orderWire(order, origin)),
    );
  });

  router.on('POST', '/sandbox/faults', async ({ req, res }) => {
    ctx.faults.set(await readBody(req, FaultsBody));
    sendJson(res, 200, { faults: ctx.faults.active });
  });
  router.on('DELETE', '/sandbox/faults', ({ res }) => {
    ctx.faults.clear();
    sendJson(res, 200, { faults: ctx.faults.active });
  });

  router.on('POST', '/sandbox/suspensions', async ({ req, res }) => {
    const body = await readBody(req, SuspensionsBody);
    ctx.suspensions = {
      coins: body.coins ?? [],
      networks: (body.networks ?? []).map((n) => ({
        ...(n.coin !== undefined ? { coin: n.coin } : {}),
        network: NETWORKS.find((def) => def.name.toLowerCase() === n.network.toLowerCase())?.name ?? n.network,
      })),
    };
    sendJson(res, 200, { suspensions: ctx.suspensions });
  });
  router.on('DELETE', '/sandbox/suspensions', ({ res }) => {
    ctx.suspensions = { coins: [], networks: [] };
    sendJson(res, 200, { suspensions: ctx.suspensions });
  });

  router.on('POST', '/sandbox/prices', async ({ req, res }) => {
    const body = await readBody(req, PriceMoveBody);
    ctx.priceMoves.set(body.brand.toLowerCase(), body.percent);
    sendJson(res, 200, { priceMoves: Object.fromEntries(ctx.priceMoves) });
  });
  router.on('DELETE', '/sandbox/prices', ({ res }) => {
    ctx.priceMoves.clear();
    sendJson(res, 200, { priceMoves: {} });
  });

  router.on('POST', '/sandbox/config', async ({ req, res }) => {
    const body = await readBody(req, ConfigBody);
    if (body.transitionMs !== undefined) ctx.store.transitionMs = body.transitionMs;
    if (body.keepAliveMs !== undefined) ctx.keepAliveMs = body.keepAliveMs;
    sendJson(res, 200, stateSnapshot(ctx));
  });

  router.on('GET', '/sandbox/state', ({ res }) => sendJson(res, 200, stateSnapshot(ctx)));

  router.on('POST', '/sandbox/reset', async ({ req, res }) => {
    await readBody(req, Empty);
    resetContext(ctx);
    sendJson(res, 200, stateSnapshot(ctx));
  });
}
