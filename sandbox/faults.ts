// Fault injection for the upstream endpoints: latency, error responses (seeded, so reproducible), 200 answers with
// a garbage body, and SSE streams dropped after N events. The control API (/sandbox/*) is never affected unless `paths` names it.
import { z } from 'zod';
import { HttpError } from './http';

export const FaultsBody = z
  .object({
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    errorRate: z.number().min(0).max(1).optional(),
    errorStatus: z.number().int().min(400).max(599).optional(),
    dropStreamsAfterEvents: z.number().int().min(1).max(10_000).optional(),
    /** Answer 200 with a body no client can use: an HTML page, JSON cut off mid-way, or well-formed JSON of the wrong shape. */
    garbage: z.enum(['html', 'truncated', 'wrong-shape']).optional(),
    /** Prefixes of the path and query the faults apply to, e.g. ["/v5/orders"] or ["/v2/brands?country_code=GB"]; default: every non-/sandbox path. */
    paths: z.array(z.string().startsWith('/').max(200)).max(50).optional(),
    seed: z.number().int().optional(),
  })
  .strict();

export type FaultsConfig = z.infer<typeof FaultsBody>;

/** mulberry32: a tiny seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const GARBAGE = {
  html: { contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>502 Bad Gateway</title><h1>Bad Gateway</h1>' },
  truncated: { contentType: 'application/json; charset=utf-8', body: '[{"brand":"Amazon","family":"Amazon","logo_url":"https://cdn.' },
  'wrong-shape': { contentType: 'application/json; charset=utf-8', body: '{"data":{"items":null},"message":"maintenance"}' },
} as const;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Faults {
  private config: FaultsConfig = {};
  private random: () => number;

  constructor(private readonly defaultSeed = 1) {
    this.random = prng(defaultSeed);
  }

  /** Replaces the faults in force; `{}` clears them. */
  set(config: FaultsConfig): void {
    this.config = config;
    this.random = prng(config.seed ?? this.defaultSeed);
  }

  clear(): void {
    this.set({});
  }

  get active(): FaultsConfig {
    return this.config;
  }

  private applies(pathname: string): boolean {
    const { paths } = this.config;
    if (paths && paths.length > 0) return paths.some((prefix) => pathname.startsWith(prefix));
    return !pathname.startsWith('/sandbox/');
  }

  /** Waits the injected latency; returns the injected error, if this request (path and query) draws one. */
  async before(pathname: string): Promise<HttpError | undefined> {
    if (!this.applies(pathname)) return undefined;
    const { latencyMs, errorRate } = this.config;
    if (latencyMs) await sleep(latencyMs);
    if (!errorRate) return undefined;
    // Rate 1 never consumes randomness, so "always fail" stays deterministic whatever came before.
    if (errorRate < 1 && this.random() >= errorRate) return undefined;
    const status = this.config.errorStatus ?? 503;
    const headers: Record<string, string> = status === 429 || status === 503 ? { 'Retry-After': '1' } : {};
    return new HttpError(status, 'SANDBOX_FAULT', { reason: 'Fault injected by the sandbox.' }, headers);
  }

  /** The 200 answer that replaces this request's real one under a `garbage` fault. */
  garbageFor(pathname: string): { contentType: string; body: string } | undefined {
    const kind = this.applies(pathname) ? this.config.garbage : undefined;
    if (!kind) return undefined;
    return GARBAGE[kind];
  }

  /** How many events an SSE stream on this path may send before being dropped. */
  dropStreamsAfter(pathname: string): number | undefined {
    return this.applies(pathname) ? this.config.dropStreamsAfterEvents : undefined;
  }
}
