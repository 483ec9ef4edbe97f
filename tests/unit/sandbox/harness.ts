// Starts a sandbox in-process on 127.0.0.1:0 for HTTP tests, plus small fetch and SSE helpers.
import { createSandbox, type Sandbox, type SandboxOptions } from '../../../sandbox/server';
import { createParser } from 'eventsource-parser';

export interface Harness {
  base: string;
  sandbox: Sandbox;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  json<T = Record<string, unknown>>(res: Response | Promise<Response>): Promise<T>;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Harness> {
  const sandbox = createSandbox({ transitionMs: 0, ...options });
  const base = await sandbox.listen(0);
  return {
    base,
    sandbox,
    get: (path) => fetch(`${base}${path}`),
    post: (path, body) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body ?? {}),
      }),
    json: async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T,
    close: () => sandbox.close(),
  };
}

export interface SseEvent {
  event?: string;
  data?: string;
  comment?: string;
}

/** Reads an SSE response one event (or comment) at a time, parsed by eventsource-parser as the relay does. */
export function sseReader(res: Response) {
  const body = res.body;
  if (!body) throw new Error('no body');
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const queue: SseEvent[] = [];
  const parser = createParser({
    onEvent: ({ event, data }) => queue.push({ event, data }),
    onComment: (comment) => queue.push({ comment: comment.trim() }),
  });
  return {
    /** The next event, or undefined once the stream has ended. Rejects if the connection drops. */
    async next(): Promise<SseEvent | undefined> {
      while (queue.length === 0) {
        const { value, done } = await reader.read();
        if (done) return undefined;
        parser.feed(decoder.decode(value, { stream: true }));
      }
      return queue.shift();
    },
    cancel: () => reader.cancel(),
  };
}

/** Polls a condition on the event loop (for effects of a socket closing, which have no event to await). */
export async function eventually(check: () => Promise<boolean>, attempts = 200): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('condition not met');
}

export const validOrder = (overrides: Record<string, unknown> = {}) => ({
  email: 'buyer@example.com',
  user: { email: 'buyer@example.com', has_accepted_newsletter: false },
  payment: { type: 'via', payment_via: 'USER_WALLET', coin: 'USDC', network: 'Solana' },
  deliveries: [{ beneficiary_account: 'buyer@example.com', brand_name: 'Amazon.com', country_code: 'US', denomination: '100 USD' }],
  lang: 'en',
  ...overrides,
});
