import { quotePrice } from '@/lib/api/price-handler';

export const dynamic = 'force-dynamic';
export const GET = quotePrice;
