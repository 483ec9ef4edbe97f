import { NextResponse } from 'next/server';
import { checkUpstreamHealth } from '@/lib/cryptorefills/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await checkUpstreamHealth();
  return NextResponse.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
