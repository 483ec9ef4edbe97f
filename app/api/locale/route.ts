import { otherMethods } from '@/lib/api/methods';
import { switchLocale } from '@/lib/i18n/switch';

export const dynamic = 'force-dynamic';
export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods('GET');
export const GET = switchLocale;
