import { catalogRefreshRoute } from '@/lib/api/catalog-refresh';

export const dynamic = 'force-dynamic';
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = catalogRefreshRoute;
