// `npm test`'s build step: `next build` exactly as a partner's Vercel build runs it (production, API_URL set,
// partner variables), with no network. The e2e servers then run this same build in sandbox mode: every
// setting is read at run time, so one build serves both.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PARTNER_BUILD_ENV } from './partner-env';

const root = fileURLToPath(new URL('../..', import.meta.url));
rmSync(new URL('../../.next', import.meta.url), { recursive: true, force: true });
const nextBin = fileURLToPath(new URL('../../node_modules/next/dist/bin/next', import.meta.url));
const result = spawnSync(process.execPath, [nextBin, 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ...PARTNER_BUILD_ENV },
});
process.exit(result.status ?? 1);
