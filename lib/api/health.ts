// GET /api/health: 200 when the upstream answers a cheap read, 503 otherwise (for load balancers and monitors).
import 'server-only';
import { checkUpstreamHealth } from '@/lib/cryptorefills/health';

export async function healthResponse(): Promise<Response> {
  const health = await checkUpstreamHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
