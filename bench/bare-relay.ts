// The floor bench/order-latency.ts compares the storefront's order page with: a bare relay in a process of its own
// (node:http, each upstream chunk written on to the browser as it comes, nothing parsed or checked) and a bare page
// whose EventSource shows the order's state in one element. Same sandbox, same browser, same marks as the real page.
//   startBareRelay({ port, sandboxUrl }) from a bench; run directly, this file is the relay's process.
import { spawn } from 'node:child_process';
import http from 'node:http';

const ORDER_ID = /^\/bare\/([0-9a-f-]{36})(\/subscribe)?$/;

/** The bare page: the same test ids and attributes the bench watches on the order page. */
function page(): string {
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>bare relay</title>
<div data-testid="order-live" data-order-state="" data-feed="connecting">connecting</div>
<script>
const element = document.querySelector('[data-testid="order-live"]');
const source = new EventSource(location.pathname + '/subscribe');
source.onmessage = (event) => {
  const state = JSON.parse(event.data).order_state;
  element.textContent = state;
  element.setAttribute('data-order-state', state);
  element.setAttribute('data-feed', 'live');
};
</script></html>`;
}

function serve(port: number, sandboxUrl: string) {
  const server = http.createServer((req, res) => {
    const match = ORDER_ID.exec(req.url ?? '');
    if (!match) return void res.writeHead(404).end();
    if (!match[2]) return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page());
    const upstream = http.get(`${sandboxUrl}/v5/orders/${match[1]}/subscribe`, { headers: { Accept: 'text/event-stream' } }, (events) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
      events.on('data', (chunk: Buffer) => res.write(chunk));
      events.on('end', () => res.end());
    });
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
  });
  server.listen(port, '127.0.0.1', () => process.send?.('listening'));
}

export interface BareRelay {
  pageUrl(orderId: string): string;
  stop(): Promise<void>;
}

/** Starts the bare relay in a child process (as the storefront runs in its own) and resolves once it listens. */
export function startBareRelay({ port, sandboxUrl }: { port: number; sandboxUrl: string }): Promise<BareRelay> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, BARE_RELAY_PORT: String(port), BARE_RELAY_SANDBOX: sandboxUrl },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the bare relay exited (code ${code}) while starting`)));
    child.once('message', () =>
      resolve({
        pageUrl: (orderId) => `http://127.0.0.1:${port}/bare/${orderId}`,
        stop: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      }),
    );
  });
}

if (process.env.BARE_RELAY_PORT && process.env.BARE_RELAY_SANDBOX) {
  serve(Number(process.env.BARE_RELAY_PORT), process.env.BARE_RELAY_SANDBOX);
}
