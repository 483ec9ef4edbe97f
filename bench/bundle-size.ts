// First-load JavaScript per route (gzip) from the last `next build`, against each route's budget
// (tests/build/first-load.ts; `npm test` fails on a route over its budget).
//   npm run build && npx tsx bench/bundle-size.ts
import { join } from 'node:path';
import { firstLoadSizes, kb } from '../tests/build/first-load';

console.log('first-load JS per route (gzip) against its budget');
for (const { route, gzip, raw, budget } of firstLoadSizes(join(__dirname, '..'))) {
  const verdict = !budget ? 'NO BUDGET' : gzip <= budget.bytes ? 'ok' : `OVER by ${kb(gzip - budget.bytes)}`;
  const against = budget ? `${budget.name} ≤ ${kb(budget.bytes)}` : '';
  console.log(`  ${route.padEnd(38)} ${kb(gzip).padStart(9)}  (${kb(raw)} raw)  ${against.padEnd(22)} ${verdict}`);
}
