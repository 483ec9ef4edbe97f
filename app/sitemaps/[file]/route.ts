import { sitemapFileResponse } from '@/lib/seo/sitemap-routes';

// One shared answer per file and window, like the catalog pages it lists.
export const revalidate = 300;
export const generateStaticParams = () => [];
export const GET = sitemapFileResponse;
