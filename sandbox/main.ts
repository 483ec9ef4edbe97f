// `npm run sandbox` (or scripts/launch.ts, which starts it for npm start): the simulator on 127.0.0.1, configured from the environment.
import { z } from 'zod';
import { createSandbox } from './server';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const int = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));
const flag = z.preprocess(emptyToUndefined, z.enum(['0', '1', 'true', 'false']).default('0')).transform((v) => v === '1' || v === 'true');

const Env = z.object({
  SANDBOX_PORT: int(0, 65_535, 4010),
  SANDBOX_HOST: z.preprocess(emptyToUndefined, z.string().trim().min(1).default('127.0.0.1')),
  SANDBOX_SCALE_BRANDS: int(0, 100_000, 0),
  SANDBOX_SCALE_COUNTRY: z.preprocess(emptyToUndefined, z.string().trim().toUpperCase().length(2).default('US')),
  SANDBOX_TRANSITION_MS: int(0, 600_000, 1500),
  SANDBOX_KEEPALIVE_MS: int(10, 600_000, 15_000),
  SANDBOX_PAYMENT_WINDOW_MS: int(1000, 86_400_000, 30 * 60 * 1000),
  SANDBOX_FAULT_SEED: int(-2_147_483_648, 2_147_483_647, 1),
  SANDBOX_LOG_REQUESTS: flag,
});

const parsed = Env.safeParse(process.env);
if (!parsed.success) {
  console.error('sandbox: invalid environment');
  console.error(parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}
const env = parsed.data;

const sandbox = createSandbox({
  catalogOptions: { scaleBrands: env.SANDBOX_SCALE_BRANDS, scaleCountry: env.SANDBOX_SCALE_COUNTRY },
  transitionMs: env.SANDBOX_TRANSITION_MS,
  keepAliveMs: env.SANDBOX_KEEPALIVE_MS,
  paymentWindowMs: env.SANDBOX_PAYMENT_WINDOW_MS,
  faultSeed: env.SANDBOX_FAULT_SEED,
  ...(env.SANDBOX_LOG_REQUESTS ? { log: (line: string) => console.info(`sandbox: ${line}`) } : {}),
});

let stopping = false;
function stop(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  console.info(`sandbox: ${signal}, shutting down`);
  setTimeout(() => process.exit(1), 3_000).unref();
  sandbox.close().then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

sandbox
  .listen(env.SANDBOX_PORT, env.SANDBOX_HOST)
  .then((url) => console.info(`sandbox listening on ${url}`))
  .catch((error: unknown) => {
    console.error(`sandbox: cannot listen on ${env.SANDBOX_HOST}:${env.SANDBOX_PORT}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
