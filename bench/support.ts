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
    if (child.exitCode !== null) throw new Error(`the storefront exited (code ${child.exitCode}) while starting`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch (error) {
      // fetch rejects with a TypeError when nothing listens yet; anything else is a real failure.
      if (!(error instanceof TypeError)) throw error;
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

/** A visitor of the storefront outside a browser: keeps the session cookie it is given, sends same-origin JSON. */
export class BenchVisitor {
  private cookies = new Map<string, string>();
  constructor(readonly url: string) {}

  /** The Cookie header of this visitor's session. */
  get cookie(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { Origin: this.url, Cookie: this.cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  /** Creates the bench order as the checkout does (price, then create); returns its id. */
  async createOrder(): Promise<string> {
    await (await this.request('/checkout')).arrayBuffer();
    const body = benchOrderBody();
    const validation = (await (await this.request('/api/checkout/validate', body)).json()) as { coinAmount?: string };
    const created = await this.request('/api/orders', {
      ...body,
      attemptId: crypto.randomUUID(),
      expectedCoinAmount: validation.coinAmount,
    });
    if (created.status !== 201) throw new Error(`order creation answered ${created.status}`);
    return ((await created.json()) as { orderId: string }).orderId;
  }
}
