import { API_NOT_FOUND } from '@/lib/api/methods';

export const dynamic = 'force-dynamic';
// Any /api path no route serves: a JSON 404 for every method, not the HTML page.
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = API_NOT_FOUND;
