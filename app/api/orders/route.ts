import { createCheckoutOrder } from '@/lib/checkout/create-handler';

export const dynamic = 'force-dynamic';
export const POST = createCheckoutOrder;
