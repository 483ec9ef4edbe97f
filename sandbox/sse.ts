// GET /v5/orders/{id}/subscribe: the full order as an unnamed event now and on every change, keep-alive
// comments, then `event: stop` once the order is terminal. Unknown order: `event: stop` with an error (§13 mock).
import type { SandboxContext } from './context';
import type { Router } from './http';
import { isTerminal, type Order } from './order-model';
import { orderIdParam } from './order-routes';
import { orderWire } from './order-wire';

const STOP = 'event: stop\ndata: {}\n\n';
const NOT_FOUND = 'event: stop\ndata: {"error":"not found"}\n\n';

export function sseRoutes(router: Router, ctx: SandboxContext): void {
  router.on('GET', '/v5/orders/:id/subscribe', ({ res, params, origin, url }) => {
    const id = orderIdParam(params.id);
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const order = ctx.store.get(id);
    if (!order) {
      res.end(NOT_FOUND);
      return;
    }

    const dropAfter = ctx.faults.dropStreamsAfter(url.pathname);
    let sent = 0;
    let closed = false;
    let unsubscribe = () => {};
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), ctx.keepAliveMs);
    keepAlive.unref();

    const cleanup = () => {
      if (closed) return;
      closed = true;
      clearInterval(keepAlive);
      unsubscribe();
      ctx.streams.delete(close);
    };
    // Ends the stream from our side (terminal state, reset, shutdown).
    const close = () => {
      cleanup();
      if (!res.writableEnded) res.end();
    };

    const send = (current: Order) => {
      if (closed) return;
      sent += 1;
      const chunk = `data: ${JSON.stringify(orderWire(current, origin))}\n\n`;
      if (dropAfter !== undefined && sent >= dropAfter) {
        // An abrupt drop (no stop event), after the event itself reached the socket.
        cleanup();
        res.write(chunk, () => res.destroy());
        return;
      }
      res.write(chunk);
      if (isTerminal(current.state)) {
        res.write(STOP);
        close();
      }
    };

    ctx.streams.add(close);
    // Not `req`'s close: since Node 16 it fires once the request is read, not when the client leaves.
    res.on('close', cleanup);
    unsubscribe = ctx.store.subscribe(id, send);
    send(order);
  });
}
