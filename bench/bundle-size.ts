// First-load JavaScript per route, gzipped, from the last `next build` (Next 16 no longer prints it).
//   npm run build && npx tsx bench/bundle-size.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const root = join(__dirname, '..');
const Stats = z.array(z.object({ route: z.string(), firstLoadUncompressedJsBytes: z.number(), firstLoadChunkPaths: z.array(z.string()) }));

const stats = Stats.parse(JSON.parse(readFileSync(join(root, '.next', 'diagnostics', 'route-bundle-stats.json'), 'utf8')));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('first-load JS per route (gzip), target for catalog pages: 150 KB');
for (const route of stats.sort((a, b) => a.route.localeCompare(b.route))) {
  const gzip = route.firstLoadChunkPaths.reduce((sum, path) => sum + gzipSync(readFileSync(join(root, path))).length, 0);
  console.log(`  ${route.route.padEnd(36)} ${kb(gzip).padStart(9)}  (${kb(route.firstLoadUncompressedJsBytes)} raw)`);
}
