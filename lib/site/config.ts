import 'server-only';
import { z } from 'zod';
import { ConfigError, describeEnvIssues, getServerConfig } from '@/lib/env';
import { parseHex } from './colors';
import { buildTheme, type Theme } from './theme';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
const httpUrl = z.url({ protocol: /^https?$/ });
// A file in public/ ("/brand/logo.svg") or an absolute http(s) URL.
const asset = z
  .string()
  .trim()
  .refine((v) => /^\/[\w./-]+$/.test(v) || httpUrl.safeParse(v).success, 'must be a path in public/ such as /logo.svg, or an http(s) URL');
const hexColor = z
  .string()
  .trim()
  .refine((v) => parseHex(v) !== null, 'must be a hex colour such as #2563eb');
// Extra hosts the pages may show images from (the page policy, lib/security/csp.ts): origins, comma or space separated.
// An origin with a plain host: no path, no wildcard (URL accepts `*` in a host name).
const isOrigin = (v: string) => URL.canParse(v) && /^[a-z0-9.:[\]-]+$/i.test(new URL(v).host) && new URL(v).origin === v.replace(/\/$/, '');
const origins = z
  .string()
  .transform((v) => v.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(z.url({ protocol: /^https?$/ }).refine(isOrigin, 'must be an origin such as https://img.example.com')))
  .transform((list) => list.map((v) => new URL(v).origin));
const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off']).transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const SiteEnvSchema = z.object({
  SITE_NAME: z.preprocess(emptyToUndefined, z.string().trim().min(1).max(60).default('Cryptorefills Storefront')),
  SITE_URL: optional(httpUrl),
  VERCEL_PROJECT_PRODUCTION_URL: optional(z.string().trim()),
  PORT: optional(z.string()),
  SITE_LOGO: optional(asset),
  SITE_ICON: optional(asset),
  SITE_PRIMARY_COLOR: z.preprocess(emptyToUndefined, hexColor.default('#2563eb')),
  SITE_ACCENT_COLOR: z.preprocess(emptyToUndefined, hexColor.default('#0f766e')),
  SUPPORT_EMAIL: z.preprocess(emptyToUndefined, z.email().default('support@cryptorefills.com')),
  SUPPORT_URL: optional(httpUrl),
  // Where a buyer verifies their identity or raises their limits (KYC, spending limits): an https page.
  ACCOUNT_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https$/ }).default('https://www.cryptorefills.com/account')),
  TERMS_URL: optional(httpUrl),
  PRIVACY_URL: optional(httpUrl),
  POWERED_BY: z.preprocess(emptyToUndefined, flag.default(true)),
  IMAGE_ORIGINS: z.preprocess(emptyToUndefined, origins.default([])),
});

/** What a partner brands: everything here is public (it ends up in pages), nothing here is secret. */
export interface SiteConfig {
  name: string;
  /** Absolute origin used for canonical links, Open Graph, the sitemap and robots.txt. */
  url: string;
  logo: string | undefined;
  icon: string | undefined;
  primaryColor: string;
  accentColor: string;
  supportEmail: string;
  supportUrl: string | undefined;
  /** The buyer's account with the upstream: the next step of a KYC, limit or sign-in problem at checkout. */
  accountUrl: string;
  legal: { terms: string | undefined; privacy: string | undefined };
  poweredBy: boolean;
  /** Origins the pages may load images from besides this site and Cryptorefills' CDN. */
  imageOrigins: string[];
  defaultCountry: string;
  defaultCoin: string;
  defaultNetwork: string;
  utmSource: string;
  theme: Theme;
}

export function parseSiteConfig(
  env: Record<string, string | undefined>,
  defaults: { defaultCountry: string; defaultCoin: string; defaultNetwork: string; utmSource: string },
): SiteConfig {
  const parsed = SiteEnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeEnvIssues(parsed.error.issues));
  const e = parsed.data;
  const url =
    e.SITE_URL ?? (e.VERCEL_PROJECT_PRODUCTION_URL ? `https://${e.VERCEL_PROJECT_PRODUCTION_URL}` : `http://localhost:${e.PORT ?? 3000}`);
  return {
    name: e.SITE_NAME,
    url: url.replace(/\/+$/, ''),
    logo: e.SITE_LOGO,
    icon: e.SITE_ICON,
    primaryColor: e.SITE_PRIMARY_COLOR,
    accentColor: e.SITE_ACCENT_COLOR,
    supportEmail: e.SUPPORT_EMAIL,
    supportUrl: e.SUPPORT_URL,
    accountUrl: e.ACCOUNT_URL,
    legal: { terms: e.TERMS_URL, privacy: e.PRIVACY_URL },
    poweredBy: e.POWERED_BY,
    imageOrigins: e.IMAGE_ORIGINS,
    ...defaults,
    theme: buildTheme({ primary: e.SITE_PRIMARY_COLOR, accent: e.SITE_ACCENT_COLOR }),
  };
}

let cached: SiteConfig | undefined;

/** The partner's validated site configuration; throws a ConfigError naming every bad variable. */
export function getSiteConfig(): SiteConfig {
  if (!cached) {
    const { defaultCountry, defaultCoin, defaultNetwork, utmSource } = getServerConfig();
    cached = parseSiteConfig(process.env, { defaultCountry, defaultCoin, defaultNetwork, utmSource });
  }
  return cached;
}
