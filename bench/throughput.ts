// Catalog throughput side by side: autocannon against /robots.txt (the cheapest answer the server gives) and the
// catalog pages, one after the other in one run, on loopback. Prints req/s, p50 and p99 latency and each page's
// rate as a share of /robots.txt's. Bounded: BENCH_SECONDS per path (default 8), BENCH_CONNECTIONS (default 20).
// Never passes or fails on speed.
//   npx tsx bench/throughput.ts               (builds first if the sources changed)
//   BENCH_SCALE_BRANDS=3000 npx tsx bench/throughput.ts   (the real catalog's size)
import autocannon from 'autocannon';
import { startStorefront } from './support';

const PATHS = ['/robots.txt', '/US', '/US/brands', '/US/airbnb'];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

interface Figures {
  path: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  setCookie: boolean;
  cacheControl: string;
}

async function measure(base: string, path: string): Promise<Figures> {
  // One plain first visit, as a CDN would see it: what the page says about caching and cookies.
  const first = await fetch(`${base}${path}`, { redirect: 'manual' });
  await first.arrayBuffer();
  const result = await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: SECONDS, timeout: 30 });
  return {
    path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    setCookie: first.headers.has('set-cookie'),
    cacheControl: first.headers.get('cache-control') ?? '(none)',
  };
}

async function main() {
  const brands = process.env.BENCH_SCALE_BRANDS;
  const storefront = await startStorefront({
    port: Number(process.env.BENCH_PORT ?? 3600),
    sandboxPort: Number(process.env.BENCH_SANDBOX_PORT ?? 4610),
    env: brands ? { SANDBOX_SCALE_BRANDS: brands, SANDBOX_SCALE_COUNTRY: 'US' } : {},
  });
  try {
    // Warm every page once so the first measured second is not a cold start.
    for (const path of PATHS) await (await fetch(`${storefront.url}${path}`)).arrayBuffer();
    const rows: Figures[] = [];
    for (const path of PATHS) rows.push(await measure(storefront.url, path));
    const base = rows[0]?.rps ?? Number.NaN;
    console.log(`throughput, ${CONNECTIONS} connections, ${SECONDS} s per path${brands ? `, ${brands} brands in US` : ''}`);
    for (const row of rows) {
      const ratio = (row.rps / base).toFixed(2);
      console.log(
        `  ${row.path.padEnd(12)} ${row.rps.toFixed(1).padStart(8)} req/s · p50 ${row.p50} ms · p99 ${row.p99} ms · ×${ratio} of /robots.txt` +
          ` · non-2xx ${row.non2xx} · errors ${row.errors} · Set-Cookie ${row.setCookie ? 'yes' : 'no'} · Cache-Control ${row.cacheControl}`,
      );
    }
  } finally {
    await storefront.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
