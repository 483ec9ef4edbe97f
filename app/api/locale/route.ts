import { switchLocale } from '@/lib/i18n/switch';

export const dynamic = 'force-dynamic';
export const GET = switchLocale;
