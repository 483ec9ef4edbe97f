import { iconResponse } from '@/lib/site/icon-route';

export const dynamic = 'force-dynamic';
export const GET = iconResponse;
