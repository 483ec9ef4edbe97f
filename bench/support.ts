// Shared by the bench scripts: start the storefront (with its sandbox) on loopback, and simple statistics.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Storefront {
  url: string;
  sandboxUrl: string;
  stop(): Promise<void>;
}

/** Starts `scripts/launch.ts start` (building first if needed) and waits until /api/health answers. */
export async function startStorefront(options: { port: number; sandboxPort: number; env?: Record<string, string> }): Promise<Storefront> {
  const root = join(__dirname, '..');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'launch.ts'), 'start'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      API_URL: '',
      PORT: String(options.port),
      HOSTNAME: '127.0.0.1',
      SANDBOX_PORT: String(options.sandboxPort),
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
  });
  const url = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the storefront exited while starting');
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('the storefront did not start within 5 minutes');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    sandboxUrl: `http://127.0.0.1:${options.sandboxPort}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** A checkout of one fixed US gift card, as the storefront's /api/checkout/validate and /api/orders take it. */
export function benchOrderBody() {
  return {
    email: 'bench@example.com',
    newsletter: false,
    coin: 'USDC',
    network: 'Solana',
    items: [{ country: 'US', brand: 'Amazon.com', denomination: '25 USD', deliveryType: 'by_email', recipient: 'bench@example.com' }],
  };
}
