import type { MetadataRoute } from 'next';
import { getSiteConfig } from '@/lib/site/config';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const { url } = getSiteConfig();
  return {
    // Orders, checkout and the API are per-buyer: never indexed (order pages also send noindex).
    rules: { userAgent: '*', allow: '/', disallow: ['/orders', '/checkout', '/api/'] },
    sitemap: `${url}/sitemap.xml`,
    host: url,
  };
}
