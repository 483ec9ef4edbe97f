import { otherMethods } from '@/lib/api/methods';
import { createCheckoutOrder } from '@/lib/checkout/server/create-handler';

export const dynamic = 'force-dynamic';
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
export const POST = createCheckoutOrder;
