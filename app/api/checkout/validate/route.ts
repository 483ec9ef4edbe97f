import { validateCheckout, validateMethodNotAllowed } from '@/lib/checkout/validate-handler';

export const dynamic = 'force-dynamic';
export const POST = validateCheckout;
export const GET = validateMethodNotAllowed;
