import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LaunchEnvError, readLaunchEnv } from '@/scripts/launch-env';

const dirs: string[] = [];
const savedEnv = { ...process.env };

/** A fresh directory holding the given .env files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'launch-env-'));
  dirs.push(dir);
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key];
  Object.assign(process.env, savedEnv);
});

describe('readLaunchEnv: the launcher reads the .env files as Next does', () => {
  it('starts the sandbox on the default ports when nothing is set', () => {
    expect(readLaunchEnv(project({}), 'start', {})).toMatchObject({
      useSandbox: true,
      apiUrl: 'http://127.0.0.1:4010',
      port: 3000,
      hostname: '127.0.0.1',
      sandboxPort: 4010,
    });
  });

  it('starts no sandbox when API_URL is in .env.local', () => {
    const dir = project({ '.env.local': 'API_URL=https://api.example.com/\n' });
    for (const mode of ['start', 'dev'] as const) {
      expect(readLaunchEnv(dir, mode, {})).toMatchObject({ useSandbox: false, apiUrl: 'https://api.example.com' });
    }
  });

  it('honours PORT, HOSTNAME and SANDBOX_PORT from .env', () => {
    const dir = project({ '.env': 'PORT=5123\nHOSTNAME=0.0.0.0\nSANDBOX_PORT=5124\n' });
    expect(readLaunchEnv(dir, 'start', {})).toMatchObject({
      port: 5123,
      hostname: '0.0.0.0',
      sandboxPort: 5124,
      useSandbox: true,
      // The storefront finds the sandbox at the same port (lib/env.ts).
      apiUrl: 'http://127.0.0.1:5124',
    });
  });

  it('lets .env.local override .env', () => {
    const dir = project({ '.env': 'PORT=5001\nAPI_URL=https://from-env.example.com\n', '.env.local': 'PORT=5002\n' });
    expect(readLaunchEnv(dir, 'start', {})).toMatchObject({ port: 5002, apiUrl: 'https://from-env.example.com' });
  });

  it('lets a real environment variable override both files', () => {
    const dir = project({ '.env': 'PORT=5001\nSANDBOX_PORT=5011\n', '.env.local': 'PORT=5002\nSANDBOX_PORT=5012\n' });
    expect(readLaunchEnv(dir, 'start', { PORT: '5003' })).toMatchObject({ port: 5003, sandboxPort: 5012 });
    // By default the real environment is process.env.
    process.env.PORT = '5004';
    process.env.API_URL = 'https://real.example.com';
    expect(readLaunchEnv(dir, 'dev')).toMatchObject({ port: 5004, useSandbox: false, apiUrl: 'https://real.example.com' });
  });

  it('reads .env.development(.local) in dev mode and .env.production(.local) in start mode', () => {
    const dir = project({
      '.env': 'PORT=5000\nHOSTNAME=from-env\nSANDBOX_PORT=5900\n',
      '.env.local': 'HOSTNAME=from-local\n',
      '.env.development': 'PORT=5101\nSANDBOX_PORT=5901\n',
      '.env.development.local': 'PORT=5102\n',
      '.env.production': 'PORT=5201\nSANDBOX_PORT=5902\n',
      '.env.production.local': 'PORT=5202\n',
    });
    expect(readLaunchEnv(dir, 'dev', {})).toMatchObject({ port: 5102, hostname: 'from-local', sandboxPort: 5901 });
    expect(readLaunchEnv(dir, 'start', {})).toMatchObject({ port: 5202, hostname: 'from-local', sandboxPort: 5902 });
  });

  it('skips .env.local and reads .env.test when NODE_ENV=test, as Next does', () => {
    const dir = project({
      '.env': 'PORT=5000\n',
      '.env.local': 'API_URL=https://local.example.com\nPORT=5001\n',
      '.env.test': 'PORT=5300\n',
      '.env.production': 'PORT=5201\n',
    });
    expect(readLaunchEnv(dir, 'start', { NODE_ENV: 'test' })).toMatchObject({ port: 5300, useSandbox: true });
  });

  it('rejects a bad PORT with an error naming the variable and its file', () => {
    const dir = project({ '.env.local': 'PORT=http\n' });
    expect(() => readLaunchEnv(dir, 'start', {})).toThrow(LaunchEnvError);
    expect(() => readLaunchEnv(dir, 'start', {})).toThrow(/PORT="http" \(from \.env\.local\)/);
    expect(() => readLaunchEnv(project({}), 'dev', { PORT: '70000' })).toThrow(/PORT="70000" \(from environment\)/);
    expect(() => readLaunchEnv(project({ '.env': 'API_URL=api.example.com\n' }), 'dev', {})).toThrow(/API_URL.*\(from \.env\)/);
  });

  it('leaves process.env as it was and reads the files afresh on every call', () => {
    const before = { ...process.env };
    const dir = project({ '.env': 'PORT=5001\nSOMETHING_ELSE=1\n' });
    const first = readLaunchEnv(dir, 'start');
    expect(first.port).toBe(5001);
    expect(first.env.SOMETHING_ELSE).toBe('1');
    expect(first.env.__NEXT_PROCESSED_ENV).toBeUndefined();
    expect({ ...process.env }).toEqual(before);

    writeFileSync(join(dir, '.env'), 'PORT=5002\n');
    expect(readLaunchEnv(dir, 'start').port).toBe(5002);
    expect(readLaunchEnv(project({ '.env': 'PORT=5003\n' }), 'start').port).toBe(5003);
    expect({ ...process.env }).toEqual(before);
  });
});
