import { otherMethods } from '@/lib/api/methods';
import { healthResponse } from '@/lib/api/health';

export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
export const GET = healthResponse;
