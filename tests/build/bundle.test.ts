// What a partner's production build ships: no partner ID in anything a browser can receive, and no sandbox
// code in the server's run-time file trace.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGETS, firstLoadSizes, kb } from './first-load';
import { PARTNER_ID_CANARY } from './partner-env';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, '.next');

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
  });
}

const containing = (files: string[], needle: string) =>
  files.filter((file) => readFileSync(file, 'utf8').includes(needle)).map((f) => relative(root, f));

describe('the production build', () => {
  it('exists (run after tests/build/build-as-partner.ts)', () => {
    expect(existsSync(join(dist, 'BUILD_ID')), '.next/BUILD_ID').toBe(true);
  });

  it('has no partner ID in any client bundle', () => {
    const client = filesUnder(join(dist, 'static'), () => true);
    expect(client.length).toBeGreaterThan(10);
    expect(containing(client, PARTNER_ID_CANARY)).toEqual([]);
  });

  it('has no partner ID in any prerendered page, RSC payload or metadata file', () => {
    const prerendered = filesUnder(
      join(dist, 'server'),
      (p) => /\.(html|rsc|body|meta|json|xml|txt|webmanifest)$/.test(p) && !p.endsWith('.nft.json'),
    );
    expect(containing(prerendered, PARTNER_ID_CANARY)).toEqual([]);
  });

  it('does not carry the sandbox into the server: no traced file under sandbox/', () => {
    const traces = filesUnder(dist, (p) => p.endsWith('.nft.json'));
    expect(traces.length).toBeGreaterThan(5);
    const offenders = traces.flatMap((trace) => {
      const { files } = JSON.parse(readFileSync(trace, 'utf8')) as { files: string[] };
      const base = join(trace, '..');
      return files
        .map((f) => relative(root, join(base, f)))
        .filter((f) => f.startsWith('sandbox/'))
        .map((f) => `${relative(root, trace)} → ${f}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe('first-load JavaScript', () => {
  const sizes = firstLoadSizes(root);

  it('is read for every page of the app', () => {
    expect(sizes.map((s) => s.route)).toEqual(expect.arrayContaining(['/[locale]/checkout', '/[locale]/orders/[orderId]']));
  });

  it('has a budget for every route', () => {
    expect(sizes.filter((s) => !s.budget).map((s) => s.route)).toEqual([]);
  });

  it.each(BUDGETS.map((b) => [b.name, b] as const))('stays within the %s budget on every such route', (_name, budget) => {
    const over = sizes
      .filter((s) => s.budget === budget && s.gzip > budget.bytes)
      .map((s) => `${s.route}: ${kb(s.gzip)} > ${kb(budget.bytes)}`);
    expect(over).toEqual([]);
  });

  // scripts/compile-hints.js, run by `next build`: checked here against Next's own count of first-load chunks.
  it('marks every first-load chunk, and no chunk loaded later, for Chrome to compile as it loads', () => {
    const HINT = '//# allFunctionsCalledOnLoad\n';
    const firstLoad = new Set(sizes.flatMap((s) => s.chunks));
    const chunks = filesUnder(join(dist, 'static', 'chunks'), (p) => p.endsWith('.js')).map((f) => relative(root, f));
    const hinted = chunks.filter((f) => readFileSync(join(root, f), 'utf8').startsWith(HINT));
    expect(firstLoad.size).toBeGreaterThan(5);
    expect(hinted.sort()).toEqual([...firstLoad].sort());
    expect(chunks.length).toBeGreaterThan(hinted.length);
  });
});
