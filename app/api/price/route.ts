import { otherMethods } from '@/lib/api/methods';
import { quotePrice } from '@/lib/api/price-handler';

export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
export const GET = quotePrice;
