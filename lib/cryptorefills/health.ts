import 'server-only';
import { getServerConfig } from '@/lib/env';
import { CryptorefillsError } from './errors';
import { upstreamFetch } from './fetch';
import { PaymentViasResponseSchema } from './schemas/payment';

const HEALTH_TIMEOUT_MS = 3_000;

export interface UpstreamHealth {
  status: 'ok' | 'degraded';
  upstream: { kind: 'sandbox' | 'cryptorefills'; reachable: boolean; latencyMs: number; code?: string };
}

/** Whether the upstream answers a cheap, uncached read right now (for load balancers and monitors). */
export async function checkUpstreamHealth(): Promise<UpstreamHealth> {
  const kind = getServerConfig().sandbox ? 'sandbox' : 'cryptorefills';
  const started = performance.now();
  try {
    await upstreamFetch({
      path: '/v3/payment_vias',
      schema: PaymentViasResponseSchema,
      cache: 'no-store',
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
    });
    return { status: 'ok', upstream: { kind, reachable: true, latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    const code = error instanceof CryptorefillsError ? error.code : 'UPSTREAM_UNAVAILABLE';
    return { status: 'degraded', upstream: { kind, reachable: false, latencyMs: Math.round(performance.now() - started), code } };
  }
}
