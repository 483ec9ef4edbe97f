// First-load JavaScript per route, gzipped, read from the last `next build` (Next 16 no longer prints it), and the
// budget each route must stay within. Shared by `bench/bundle-size.ts` (prints) and `tests/build` (enforces).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const KB = 1024;

/** Budgets in gzip bytes, first match wins: every route of the app must match one (a new route needs its budget). */
export const BUDGETS: { pattern: RegExp; name: string; bytes: number }[] = [
  { pattern: /^\/\[locale\]\/checkout$/, name: 'checkout', bytes: 165 * KB },
  { pattern: /^\/\[locale\]\/orders\/\[orderId\](\/receipt)?$/, name: 'order page', bytes: 165 * KB },
  { pattern: /^\/\[locale\]\/orders$/, name: 'your orders', bytes: 155 * KB },
  {
    pattern:
      /^\/(_not-found|\[locale\](\/unavailable|\/countries|\/\[country\](\/_query|\/brands(\/_query)?|\/\[brand\](\/_query|\/\[\.\.\.rest\])?)?)?)$/,
    name: 'catalog',
    bytes: 145 * KB,
  },
];

const Stats = z.array(z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }));

export interface RouteSize {
  route: string;
  gzip: number;
  raw: number;
  /** The chunks counted, relative to the project (`.next/static/chunks/….js`). */
  chunks: string[];
  budget: (typeof BUDGETS)[number] | undefined;
}

/** Every route's first-load JS from the build in `root/.next`, sorted by route. */
export function firstLoadSizes(root: string): RouteSize[] {
  const stats = Stats.parse(JSON.parse(readFileSync(join(root, '.next', 'diagnostics', 'route-bundle-stats.json'), 'utf8')));
  const gzipped = new Map<string, number>();
  const gzip = (path: string) => {
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(join(root, path))).length);
    return gzipped.get(path)!;
  };
  return stats
    .map((r) => ({
      route: r.route,
      gzip: r.firstLoadChunkPaths.reduce((sum, path) => sum + gzip(path), 0),
      raw: r.firstLoadUncompressedJsBytes,
      chunks: r.firstLoadChunkPaths,
      budget: BUDGETS.find((b) => b.pattern.test(r.route)),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
