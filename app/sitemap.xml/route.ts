import { getSiteConfig } from '@/lib/site/config';
import { sitemapIndex, XML_HEADERS } from '@/lib/seo/sitemap';

export const dynamic = 'force-dynamic';

export function GET() {
  return new Response(sitemapIndex(getSiteConfig().url), { headers: XML_HEADERS });
}
