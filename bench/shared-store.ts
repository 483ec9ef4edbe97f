// What the shared store costs a create: two storefronts from the same build on one sandbox, one keeping its state in
// memory and one in a real Redis (Debian's redis-server, loopback), measured side by side in one run. Prints the
// latency of POST /api/orders (p50/p95 over 300 creates each, interleaved) and the creates per second one instance
// sustains with each (800 creates, 16 at a time). Bounded; never passes or fails on time.
//   npx tsx bench/shared-store.ts            (builds first if the sources changed)
import { benchOrderBody, percentile } from './support';
import { startCluster } from '../tests/support/cluster';

const LATENCY_CREATES = 300;
const THROUGHPUT_CREATES = 800;
const CONCURRENCY = 16;

interface Client {
  name: string;
  url: string;
  cookie: string;
  coinAmount: string;
}

async function client(name: string, url: string): Promise<Client> {
  const visit = await fetch(`${url}/checkout`);
  const cookie = visit.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const validation = await fetch(`${url}/api/checkout/validate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url, Cookie: cookie },
    body: JSON.stringify(benchOrderBody()),
  });
  const { coinAmount } = (await validation.json()) as { coinAmount?: string };
  if (!coinAmount) throw new Error(`${name}: validation answered ${validation.status} without a total`);
  return { name, url, cookie, coinAmount };
}

/** One create of a new attempt; its time in milliseconds. */
async function create(c: Client): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${c.url}/api/orders`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: c.url, Cookie: c.cookie },
    body: JSON.stringify({ ...benchOrderBody(), attemptId: crypto.randomUUID(), expectedCoinAmount: c.coinAmount }),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`${c.name}: create answered ${response.status}`);
  return performance.now() - started;
}

async function throughput(c: Client): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < THROUGHPUT_CREATES) {
        next++;
        await create(c);
      }
    }),
  );
  return THROUGHPUT_CREATES / ((performance.now() - started) / 1000);
}

async function main() {
  const cluster = await startCluster({
    // The first keeps its shared state in memory (and starts the sandbox), the second uses Redis.
    instances: [{ REDIS_URL: '' }, {}],
    env: { ORDER_RATE_LIMIT: '1000000', VALIDATE_RATE_LIMIT: '1000000', SANDBOX_TRANSITION_MS: '600000' },
  });
  try {
    const [memoryUrl, redisUrl] = cluster.storefronts.map((storefront) => storefront.url) as [string, string];
    const memory = await client('memory', memoryUrl);
    const redis = await client('redis', redisUrl);
    // Warm both (first requests compile routes and open the Redis connection), then interleave.
    for (let i = 0; i < 20; i++) await Promise.all([create(memory), create(redis)]);
    const times: Record<'memory' | 'redis', number[]> = { memory: [], redis: [] };
    for (let i = 0; i < LATENCY_CREATES; i++) {
      times.memory.push(await create(memory));
      times.redis.push(await create(redis));
    }
    const rates = { memory: await throughput(memory), redis: await throughput(redis) };
    const fmt = (values: number[]) => `p50 ${percentile(values, 50).toFixed(2)} ms · p95 ${percentile(values, 95).toFixed(2)} ms`;
    console.log('POST /api/orders against the sandbox, loopback: shared state in memory vs in Redis (redis-server, same machine)');
    console.log(`  latency, ${LATENCY_CREATES} creates each, one at a time, interleaved`);
    console.log(`    memory: ${fmt(times.memory)}`);
    console.log(`    redis:  ${fmt(times.redis)}`);
    const added = (p: number) => (percentile(times.redis, p) - percentile(times.memory, p)).toFixed(2);
    console.log(`    added by Redis: p50 ${added(50)} ms · p95 ${added(95)} ms`);
    console.log(`  throughput, ${THROUGHPUT_CREATES} creates, ${CONCURRENCY} at a time, one instance`);
    console.log(`    memory: ${rates.memory.toFixed(0)} creates/s`);
    console.log(`    redis:  ${rates.redis.toFixed(0)} creates/s`);
  } finally {
    await cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
