// `npm start` / `npm run dev`: builds when needed, starts the sandbox when API_URL is unset, then the storefront.
// Settings come from the environment and the .env files, read as Next reads them (scripts/launch-env.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { LaunchEnvError, readLaunchEnv, type LaunchEnv } from './launch-env';

const root = join(__dirname, '..');
const nextBin = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
// Where the .env files are read: the project itself; LAUNCH_ENV_DIR exists for the launcher's own tests.
const envDir = process.env.LAUNCH_ENV_DIR ? resolve(process.env.LAUNCH_ENV_DIR) : root;

const USAGE =
  'usage: tsx scripts/launch.ts <start|dev> [--no-build] [--fresh-data-cache]  (PORT, HOSTNAME, SANDBOX_PORT, API_URL from env or .env files)';
const Args = z.tuple([z.enum(['start', 'dev'])]).rest(z.string());

const args = Args.safeParse(process.argv.slice(2));
if (!args.success) {
  console.error(USAGE);
  process.exit(2);
}
const [mode, ...flags] = args.data;
let launchEnv: LaunchEnv;
try {
  launchEnv = readLaunchEnv(envDir, mode);
} catch (error) {
  if (!(error instanceof LaunchEnvError)) throw error;
  console.error(USAGE);
  console.error(error.message);
  process.exit(2);
}
const { apiUrl, useSandbox, port: PORT, hostname: HOSTNAME, sandboxPort: SANDBOX_PORT } = launchEnv;

const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.js',
  'scripts/compile-hints.js',
  'package.json',
  'tailwind.config.ts',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newestMtime(join(path, entry))), stat.mtimeMs);
}

function needsBuild(): boolean {
  const buildId = join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > builtAt);
}

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3_000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null))).then(() => process.exit(code));
}

function run(name: string, command: string, commandArgs: string[], extraEnv: Record<string, string>) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`${name} exited (${signal ?? code}); stopping.`);
    stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}

async function waitForSandbox(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${SANDBOX_PORT}/sandbox/state`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the sandbox did not answer on 127.0.0.1:${SANDBOX_PORT} within ${timeoutMs} ms`);
}

// Two launchers may start together (the e2e suite runs two storefronts): one builds, the other waits for it.
async function buildIfNeeded(): Promise<void> {
  const lock = join(root, '.next-build.lock');
  while (needsBuild()) {
    try {
      mkdirSync(lock);
    } catch {
      // A lock left by a build that was killed is older than any real build: take it over.
      const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - lockedAt > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    let status: number | null;
    try {
      console.info('Building the storefront (next build)…');
      status = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' }).status;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    // After the lock is gone (process.exit skips `finally`): a failed build must not make the next launcher wait.
    if (status !== 0) process.exit(status ?? 1);
  }
}

async function main() {
  if (mode === 'start' && !flags.includes('--no-build')) await buildIfNeeded();
  // Next keeps upstream reads in .next/cache/fetch-cache across restarts; the e2e suite starts cold, so a test can
  // fault a catalog read that no earlier run has cached.
  if (flags.includes('--fresh-data-cache')) rmSync(join(root, '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
  if (useSandbox) {
    // The sandbox reads no .env file itself: it gets the files' values (its SANDBOX_* settings) from here.
    run('sandbox', process.execPath, ['--import', 'tsx', join(root, 'sandbox', 'main.ts')], {
      ...launchEnv.env,
      SANDBOX_PORT: String(SANDBOX_PORT),
    });
    await waitForSandbox(30_000);
  } else {
    console.info('API_URL is set: using the Cryptorefills API, no sandbox.');
  }
  // Next reads the .env files itself; what the launcher decided is passed as real variables (which win over the
  // files), so the storefront calls the sandbox this launcher started, or the API it announced, and knows its port.
  run('storefront', process.execPath, [nextBin, mode, '--port', String(PORT), '--hostname', HOSTNAME], {
    PORT: String(PORT),
    HOSTNAME,
    SANDBOX_PORT: String(SANDBOX_PORT),
    ...(useSandbox ? {} : { API_URL: apiUrl }),
  });
  console.info(`Storefront: http://${HOSTNAME === '127.0.0.1' ? 'localhost' : HOSTNAME}:${PORT}`);
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
