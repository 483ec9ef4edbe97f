// The gzip bytes of the "Pay with <wallet>" code, per wallet family, from the last production `next build`:
//   npm run build && npx tsx bench/wallet-bytes.ts
//
// - Each family's lazily loaded code: the chunks its dynamic import loads (components/order/wallet-pay/wallet-pay.tsx
//   LOADERS, and Solana's transaction builder, loaded by its discovery when a wallet shows up). Turbopack writes each
//   dynamic import as a loader listing its chunks (`Promise.all(["static/chunks/….js", …].map(…))`); a family's
//   loader is the one whose chunks hold a string only that family's code has. Chunks the order page already loads
//   are not counted, nor a chunk twice.
// - The shell (discovery without wallet code, the buttons, "Sent from your wallet", the loaders): Next hoists it into
//   the order page's client module, where it cannot be cut out, so it is bundled alone here with esbuild (minified,
//   React, next-intl and the families' code left out) — what it adds to the page's first load, give or take the
//   minifier. The order page's chunk that holds it is checked to exist.
// Fails loudly when a family's code cannot be found: a renamed marker or a new bundler layout must not print zeros.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(__dirname, '..');
const chunksDir = join(root, '.next', 'static', 'chunks');
const KB = 1024;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Strings that only one family's lazily loaded code holds (each checked to be in exactly one loader's chunks). */
const FAMILIES = [
  { name: 'EVM (EIP-6963, window.ethereum)', marker: 'wallet_switchEthereumChain' },
  { name: 'Solana: discovery (Wallet Standard)', marker: 'solana:signAndSendTransaction' },
  // The Associated Token Account program's address: only the transaction builder (@solana-program/token) has it.
  { name: 'Solana: transaction builder (@solana/kit)', marker: 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL' },
  { name: 'Tron (TronLink)', marker: 'tron_requestAccounts' },
];
/** Strings of the shell (presence.ts, sent-store.ts) that must be in the order page's first load. */
const SHELL_MARKERS = ['wallet-standard:app-ready', 'wallet-sent:'];
const ORDER_ROUTE = '/[locale]/orders/[orderId]';

function fail(message: string): never {
  console.error(`wallet-bytes: ${message}`);
  process.exit(1);
}

if (!existsSync(chunksDir)) fail('no .next/static/chunks: run `npm run build` first');
const files = readdirSync(chunksDir).filter((f) => f.endsWith('.js'));
const text = new Map(files.map((f) => [`static/chunks/${f}`, readFileSync(join(chunksDir, f), 'utf8')]));
const sizes = new Map([...text].map(([path, body]) => [path, gzip(body)]));

// Every dynamic-import loader Turbopack wrote: the chunks it loads.
const loaders: string[][] = [];
for (const body of text.values()) {
  for (const match of body.matchAll(/Promise\.all\(\[((?:"static\/chunks\/[^"]+\.js",?)+)\]\.map\(/g)) {
    loaders.push([...(match[1] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? ''));
  }
}
if (loaders.length === 0) fail('found no dynamic-import loader in .next/static/chunks: has the bundler output changed?');

const statsFile = join(root, '.next', 'diagnostics', 'route-bundle-stats.json');
if (!existsSync(statsFile)) fail('no .next/diagnostics/route-bundle-stats.json: run `npm run build` first');
const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as {
  route: string;
  firstLoadChunkPaths: string[];
}[];
const orderRoute = stats.find((r) => r.route === ORDER_ROUTE) ?? fail(`no ${ORDER_ROUTE} in route-bundle-stats.json`);
const firstLoad = new Set(orderRoute.firstLoadChunkPaths.map((p) => p.replace(/^\.next\//, '')));
for (const marker of SHELL_MARKERS) {
  if (![...firstLoad].some((path) => text.get(path)?.includes(marker)))
    fail(`the shell's "${marker}" is not in the order page's first load`);
}

const counted = new Set<string>();
const rows: [string, number, string][] = [];
for (const { name, marker } of FAMILIES) {
  const holders = [...text].filter(([path, body]) => body.includes(marker) && !firstLoad.has(path)).map(([path]) => path);
  if (holders.length === 0) fail(`found no lazily loaded chunk with "${marker}" (${name})`);
  const own = loaders.filter((chunks) => chunks.some((c) => holders.includes(c)));
  if (own.length !== 1) fail(`"${marker}" (${name}) is in ${own.length} dynamic imports' chunks, expected exactly 1`);
  const chunks = (own[0] ?? []).filter((c) => !firstLoad.has(c) && !counted.has(c));
  chunks.forEach((c) => counted.add(c));
  const bytes = chunks.reduce((sum, c) => sum + (sizes.get(c) ?? fail(`${c} is listed but missing`)), 0);
  rows.push([name, bytes, chunks.map((c) => c.replace('static/chunks/', '')).join(' ')]);
}

// The shell alone, minified, without what the page has anyway (React, next-intl) or loads lazily (the families).
async function shellBytes(): Promise<number> {
  const result = await build({
    stdin: {
      contents: [
        "export { WalletPay } from '@/components/order/wallet-pay/wallet-pay';",
        "export { WalletSent } from '@/components/order/wallet-pay/wallet-sent';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    write: false,
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
    external: ['react', 'react/*', 'next-intl', '@/lib/wallet/evm/*', '@/lib/wallet/solana/*', '@/lib/wallet/tron/*'],
  });
  const code = Buffer.from(result.outputFiles[0]?.contents ?? fail('esbuild gave no output for the shell'));
  const shell = code.toString('utf8');
  for (const marker of SHELL_MARKERS) if (!shell.includes(marker)) fail(`the shell bundle lacks "${marker}"`);
  for (const { marker } of FAMILIES) if (shell.includes(marker)) fail(`the shell bundle holds a family's code ("${marker}")`);
  return gzip(code);
}

async function main() {
  const shell = await shellBytes();
  const total = shell + rows.reduce((sum, [, bytes]) => sum + bytes, 0);
  console.log('Wallet pay code (gzip, from the last next build)');
  console.log(`  ${'shell, in the order page first load (esbuild, alone)'.padEnd(56)} ${kb(shell).padStart(8)}`);
  for (const [name, bytes, chunks] of rows) console.log(`  ${`${name}, lazy`.padEnd(56)} ${kb(bytes).padStart(8)}  ${chunks}`);
  console.log(`  ${'all three families and the shell'.padEnd(56)} ${kb(total).padStart(8)}  (aim ≤ ${kb(40 * KB)})`);
  if (total > 40 * KB) process.exitCode = 1;
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
