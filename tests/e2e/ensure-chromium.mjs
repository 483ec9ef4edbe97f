// Makes sure Debian's Chromium is installed: Playwright's own browser download cannot work offline.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(`Chromium is missing at ${path}. Install it as root: apt-get update && apt-get install -y chromium`);
  process.exit(1);
}
console.info(`Chromium is missing at ${path}: installing Debian's chromium package…`);
const quiet = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
execSync('apt-get update -qq', quiet);
execSync('apt-get install -y -qq --no-install-recommends chromium', quiet);
if (!existsSync(path)) {
  console.error(`Installed chromium, but ${path} still does not exist.`);
  process.exit(1);
}
