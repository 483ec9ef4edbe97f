// This deployment's page policy: the fixed rules of lib/security/csp.ts with the image hosts it is configured for.
import 'server-only';
import { getServerConfig } from '@/lib/env';
import { getSiteConfig } from '@/lib/site/config';
import { originOf, pagePolicy, UPSTREAM_IMAGE_ORIGINS } from './csp';

let imageOrigins: string[] | undefined;

/** Cryptorefills' CDN, the API itself (the sandbox serves its logos), the partner's logo hosts and IMAGE_ORIGINS. */
function configuredImageOrigins(): string[] {
  if (!imageOrigins) {
    const site = getSiteConfig();
    const found = [
      ...UPSTREAM_IMAGE_ORIGINS,
      originOf(getServerConfig().apiUrl),
      originOf(site.logo),
      originOf(site.icon),
      ...site.imageOrigins,
    ];
    imageOrigins = [...new Set(found.filter((origin): origin is string => Boolean(origin)))];
  }
  return imageOrigins;
}

/** A private page's policy with its nonce, or a shared page's (no nonce: see lib/security/csp.ts). */
export function pagePolicyFor(nonce: string | undefined, secure: boolean): string {
  return pagePolicy({ nonce, secure, imageOrigins: configuredImageOrigins(), development: process.env.NODE_ENV === 'development' });
}
