// What `npm start` / `npm run dev` (scripts/launch.ts) read: the real environment plus the .env files, loaded
// by Next's own loader (@next/env) so the launcher and the storefront it starts see the same values.
import { createRequire } from 'node:module';
import type * as NextEnv from '@next/env';
import { z } from 'zod';

export type LaunchMode = 'start' | 'dev';

export interface LaunchEnv {
  /** The API the storefront calls: API_URL, or the local sandbox when it is unset. */
  apiUrl: string;
  /** True when API_URL is unset: the launcher starts the sandbox on sandboxPort. */
  useSandbox: boolean;
  port: number;
  hostname: string;
  sandboxPort: number;
  /** The real environment plus every value from the .env files (real variables win), as Next sees it. */
  env: Record<string, string>;
}

export class LaunchEnvError extends Error {
  override name = 'LaunchEnvError';
}

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const port = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65_535).default(fallback));

// The same rules as lib/env.ts for the variables both read, so a value the storefront would refuse stops the launcher.
const Schema = z.object({
  API_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
  PORT: port(3000),
  HOSTNAME: z.preprocess(emptyToUndefined, z.string().trim().min(1).default('127.0.0.1')),
  SANDBOX_PORT: port(4010),
});

// @next/env keeps module state: the environment it first saw counts as "real" for the life of the process, and
// later calls return the first result. A fresh instance per call reads the files as a newly started Next would.
const load = createRequire(__filename);
function freshNextEnv(): typeof NextEnv {
  const id = load.resolve('@next/env');
  delete load.cache[id];
  return load(id) as typeof NextEnv;
}

function replaceEnv(target: NodeJS.ProcessEnv, source: Record<string, string | undefined>) {
  for (const key of Object.keys(target)) if (!(key in source)) delete target[key];
  for (const [key, value] of Object.entries(source)) if (value !== undefined) target[key] = value;
}

/**
 * Reads PORT, HOSTNAME, SANDBOX_PORT and API_URL as Next reads them in `dir`: real environment variables first,
 * then `.env.{production|development}.local`, `.env.local` (skipped when NODE_ENV=test), `.env.{production|development}`
 * and `.env` (`.env.test*` instead when NODE_ENV=test). `dev` mode reads the development files, `start` the production ones.
 * process.env is left as it was; throws a LaunchEnvError naming every bad variable and where it came from.
 */
export function readLaunchEnv(dir: string, mode: LaunchMode, realEnv: Record<string, string | undefined> = process.env): LaunchEnv {
  const saved = { ...process.env };
  const real = { ...realEnv };
  let combined: Record<string, string | undefined>;
  let files: { path: string; env: Record<string, string | undefined> }[];
  try {
    replaceEnv(process.env, real);
    const loaded = freshNextEnv().loadEnvConfig(dir, mode === 'dev', { info: () => {}, error: console.error }, true);
    combined = { ...loaded.combinedEnv };
    files = loaded.loadedEnvFiles;
  } finally {
    replaceEnv(process.env, saved);
  }
  delete combined.__NEXT_PROCESSED_ENV;

  const parsed = Schema.safeParse(combined);
  if (!parsed.success) {
    const source = (key: string) =>
      real[key] !== undefined ? 'environment' : (files.find((file) => file.env[key] !== undefined)?.path ?? 'default');
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '(environment)');
      return `  - ${key}=${JSON.stringify(combined[key] ?? '')} (from ${source(key)}): ${issue.message}`;
    });
    throw new LaunchEnvError(`Invalid launcher configuration in ${dir}:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  const { API_URL, PORT, HOSTNAME, SANDBOX_PORT } = parsed.data;
  const env = Object.fromEntries(Object.entries(combined).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return {
    apiUrl: (API_URL ?? `http://127.0.0.1:${SANDBOX_PORT}`).replace(/\/+$/, ''),
    useSandbox: !API_URL,
    port: PORT,
    hostname: HOSTNAME,
    sandboxPort: SANDBOX_PORT,
    env,
  };
}
