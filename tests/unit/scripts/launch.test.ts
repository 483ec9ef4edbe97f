// The launcher itself (`npm start` without a build): what it decides from a project's .env files.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port';

const root = join(__dirname, '..', '..', '..');
const launched: ChildProcess[] = [];
const dirs: string[] = [];

interface Launch {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the output once it matches, or once the launcher exits (the test's own timeout bounds it). */
  waitFor: (pattern: RegExp) => Promise<string>;
  exited: Promise<number | null>;
}

/** Runs `scripts/launch.ts start --no-build` with its .env files read from a fresh directory holding `files`. */
function launch(files: Record<string, string>): Launch {
  const dir = mkdtempSync(join(tmpdir(), 'launch-'));
  dirs.push(dir);
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  const env = { ...process.env, LAUNCH_ENV_DIR: dir };
  // Only the files speak (vitest sets NODE_ENV=test, which would make Next skip .env.local).
  for (const key of ['NODE_ENV', 'API_URL', 'PORT', 'HOSTNAME', 'SANDBOX_PORT']) Reflect.deleteProperty(env, key);
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'launch.ts'), 'start', '--no-build'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the launcher and whatever it started can be stopped together.
    detached: true,
  });
  launched.push(child);
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolve) => {
      const check = () => {
        if (!pattern.test(output)) return;
        listeners.delete(check);
        resolve(output);
      };
      listeners.add(check);
      void exited.then(() => {
        listeners.delete(check);
        resolve(output);
      });
      check();
    });
  return { child, output: () => output, waitFor, exited };
}

function stopGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

afterEach(async () => {
  for (const child of launched.splice(0)) {
    stopGroup(child, 'SIGTERM');
    const gone = child.exitCode !== null || child.signalCode !== null;
    if (!gone) await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 3_000))]);
    stopGroup(child, 'SIGKILL');
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Each run starts Node with tsx: about 0.5 s on an idle machine, a few seconds on a loaded one; the budget covers that.
describe('scripts/launch.ts reads the .env files', { timeout: 30_000 }, () => {
  it('starts no sandbox when .env.local sets API_URL', async () => {
    const [apiPort, port] = await Promise.all([freePort(), freePort()]);
    const run = launch({ '.env.local': `API_URL=http://127.0.0.1:${apiPort}\nPORT=${port}\n`, '.env': 'API_URL=\n' });
    const output = await run.waitFor(/Storefront: http:\/\/localhost:\d+/);
    expect(output).toContain('API_URL is set: using the Cryptorefills API, no sandbox.');
    expect(output).toContain(`Storefront: http://localhost:${port}`);
    expect(output).not.toMatch(/sandbox listening/);
  });

  it('stops with a clear message when a file sets a bad PORT', async () => {
    const run = launch({ '.env.local': 'PORT=eighty\n' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toMatch(/PORT="eighty" \(from \.env\.local\)/);
    expect(run.output()).not.toContain('sandbox');
  });
});
