// Server memory per open order stream: opens BENCH_STREAMS (default 5,000) event streams through the
// storefront's SSE relay, reads the Next.js server's memory before and after (resident memory, and the heap and
// its buffers after a forced garbage collection, through bench/gc-probe.mjs), then closes them all and checks
// that every upstream stream was released. Prints figures; never passes or fails on them.
//   npx tsx bench/stream-memory.ts            (builds first if the sources changed; BENCH_STREAMS=1000 for less)
//   BENCH_ORDERS=5000 npx tsx bench/stream-memory.ts   (the streams spread over that many orders; 20 by default, so
//                                              most viewers share an upstream stream; one order per stream
//                                              measures the relay's own upstream call too)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import { benchOrderBody, startStorefront } from './support';

const STREAMS = Math.min(Number(process.env.BENCH_STREAMS ?? 5000), 8000);
const PORT = 3900;
const ORDERS = Math.min(Math.max(Number(process.env.BENCH_ORDERS ?? 20), 1), STREAMS);
const BATCH = 200;
const DEADLINE_MS = 180_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The process listening on the storefront's port: the Next.js server. */
function listenerPid(port: number): number {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const pid = Number(/pid=(\d+)/.exec(out)?.[1]);
  if (!pid) throw new Error(`no process found listening on port ${port}`);
  return pid;
}

function rssKb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? Number.NaN);
}

interface Memory {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/** The process's memory after a full garbage collection, from bench/gc-probe.mjs loaded into it. */
function memoryAfterGc(probeDir: string, pid: number): Promise<Memory> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(join(probeDir, `${pid}.sock`), () => socket.write('gc'));
    let text = '';
    socket.on('data', (chunk) => (text += String(chunk)));
    socket.on('end', () => resolve(JSON.parse(text) as Memory));
    socket.on('error', reject);
  });
}

/** Heap plus off-heap buffers (sockets' and streams'), in KB. */
const heldKb = (memory: Memory) => (memory.heapUsed + memory.external) / 1024;

async function createOrder(url: string): Promise<string> {
  const body = benchOrderBody();
  // The session a visit to the checkout starts (proxy.ts), and same-origin JSON (lib/api/same-origin.ts), as the
  // checkout page sends it.
  const visit = await fetch(`${url}/checkout`);
  await visit.body?.cancel();
  const cookie = (visit.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const headers = { 'Content-Type': 'application/json', Origin: url, cookie };
  const validation = await fetch(`${url}/api/checkout/validate`, { method: 'POST', headers, body: JSON.stringify(body) });
  const { coinAmount } = (await validation.json()) as { coinAmount?: string };
  const created = await fetch(`${url}/api/orders`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...body, attemptId: crypto.randomUUID(), expectedCoinAmount: coinAmount }),
  });
  if (created.status !== 201) throw new Error(`order creation answered ${created.status}: ${await created.text()}`);
  return ((await created.json()) as { orderId: string }).orderId;
}

/** Opens one event stream and resolves once its first event (the order itself) has arrived. */
function openStream(url: string, orderId: string, agent: http.Agent): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url}/api/orders/${orderId}/subscribe`, { agent, headers: { Accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`subscribe answered ${response.statusCode}`));
      response.once('data', () => resolve(request));
      response.on('error', () => undefined);
    });
    request.on('error', reject);
  });
}

async function openStreams(sandboxUrl: string): Promise<number> {
  return ((await (await fetch(`${sandboxUrl}/sandbox/state`)).json()) as { openStreams: number }).openStreams;
}

async function main() {
  const probeDir = mkdtempSync(join(tmpdir(), 'gc-probe-'));
  const storefront = await startStorefront({
    port: PORT,
    sandboxPort: 4900,
    env: {
      ORDER_STREAM_KEEPALIVE_SECONDS: '15',
      // Every order from one address: the default limits (lib/api/rate-limit.ts) would refuse most of them.
      ORDER_RATE_LIMIT: String(Math.max(1000, ORDERS * 2)),
      VALIDATE_RATE_LIMIT: String(Math.max(1000, ORDERS * 2)),
      GC_PROBE_DIR: probeDir,
      NODE_OPTIONS: `--expose-gc --import ${join(__dirname, 'gc-probe.mjs')}`,
    },
  });
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const open: http.ClientRequest[] = [];
  try {
    const pid = listenerPid(PORT);
    const orders: string[] = [];
    while (orders.length < ORDERS) {
      orders.push(...(await Promise.all(Array.from({ length: Math.min(25, ORDERS - orders.length) }, () => createOrder(storefront.url)))));
    }
    console.log(`orders created: ${orders.length}`);
    // Warm up every code path (and the JIT) with a first batch, then close it and measure from there.
    const warm = await Promise.all(Array.from({ length: BATCH }, (_, i) => openStream(storefront.url, orders[i % ORDERS]!, agent)));
    warm.forEach((request) => request.destroy());
    while ((await openStreams(storefront.sandboxUrl)) > 0) await sleep(100);
    await sleep(1000);
    const before = rssKb(pid);
    const heldBefore = heldKb(await memoryAfterGc(probeDir, pid));

    const started = Date.now();
    for (let i = 0; i < STREAMS && Date.now() - started < DEADLINE_MS; i += BATCH) {
      const size = Math.min(BATCH, STREAMS - i);
      open.push(
        ...(await Promise.all(Array.from({ length: size }, (_, j) => openStream(storefront.url, orders[(i + j) % ORDERS]!, agent)))),
      );
    }
    const openedIn = Date.now() - started;
    await sleep(2000);
    const after = rssKb(pid);
    const heldAfter = heldKb(await memoryAfterGc(probeDir, pid));
    const upstreamOpen = await openStreams(storefront.sandboxUrl);

    open.forEach((request) => request.destroy());
    const closing = Date.now();
    let left = await openStreams(storefront.sandboxUrl);
    while (left > 0 && Date.now() - closing < 30_000) {
      await sleep(200);
      left = await openStreams(storefront.sandboxUrl);
    }

    console.log(
      `order streams held open through the relay: ${open.length} (of ${STREAMS} asked), opened in ${(openedIn / 1000).toFixed(1)} s`,
    );
    console.log(`upstream streams open meanwhile (sandbox count): ${upstreamOpen}`);
    console.log(`Next.js server RSS: ${(before / 1024).toFixed(1)} MB before, ${(after / 1024).toFixed(1)} MB with the streams open`);
    console.log(`server memory per open stream (RSS): ${((after - before) / open.length).toFixed(1)} KB`);
    console.log(
      `heap + buffers after a forced GC: ${(heldBefore / 1024).toFixed(1)} MB before, ${(heldAfter / 1024).toFixed(1)} MB with the streams open: ` +
        `${((heldAfter - heldBefore) / open.length).toFixed(1)} KB per stream`,
    );
    console.log(`upstream streams still open ${Date.now() - closing} ms after the clients left: ${left}`);
  } finally {
    open.forEach((request) => request.destroy());
    await storefront.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
