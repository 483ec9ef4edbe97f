import { sitemapFileResponse } from '@/lib/seo/sitemap-routes';

export const dynamic = 'force-dynamic';
export const GET = sitemapFileResponse;
