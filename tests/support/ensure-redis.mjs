// Makes sure Debian's redis-server is installed: the tests run the store against a real Redis, as CI must.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server';
if (existsSync(path)) process.exit(0);

if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(`redis-server is missing at ${path}. Install it as root: apt-get update && apt-get install -y redis-server`);
  process.exit(1);
}
console.info(`redis-server is missing at ${path}: installing Debian's redis-server package…`);
const quiet = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
execSync('apt-get update -qq', quiet);
execSync('apt-get install -y -qq --no-install-recommends redis-server', quiet);
if (!existsSync(path)) {
  console.error(`Installed redis-server, but ${path} still does not exist.`);
  process.exit(1);
}
