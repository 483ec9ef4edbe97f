import { otherMethods } from '@/lib/api/methods';
import { validateCheckout } from '@/lib/checkout/server/validate-handler';

export const dynamic = 'force-dynamic';
export const POST = validateCheckout;
export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods('POST');
