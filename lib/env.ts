import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { isSupportedCountry } from '@/lib/countries';

const DEFAULT_SANDBOX_PORT = 4010;

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    API_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    CRYPTOREFILLS_PARTNER_ID: optionalString,
    CRYPTOREFILLS_APP_VERSION: z.preprocess(emptyToUndefined, z.string().trim().max(64).default('storefront/0.1.0')),
    SESSION_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
    DEFAULT_COUNTRY: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .toUpperCase()
        .refine(isSupportedCountry, 'must be a supported ISO 3166-1 alpha-2 country code, e.g. US')
        .default('US'),
    ),
    DEFAULT_COIN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z0-9.]{2,10}$/)
        .default('USDC'),
    ),
    DEFAULT_NETWORK: z.preprocess(emptyToUndefined, z.string().trim().min(1).default('Solana')),
    UTM_SOURCE: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .trim()
        .max(100)
        .regex(/^[\w.-]+$/, 'letters, digits, . _ - only')
        .default('storefront'),
    ),
    UPSTREAM_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(500).max(120_000).default(10_000)),
    // Reverse-proxy hops in front of the storefront that append to X-Forwarded-For (lib/net/client-ip.ts).
    TRUSTED_PROXIES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10).default(0)),
    // Set to 1 by Vercel itself: its edge overwrites the client-IP headers.
    VERCEL: optionalString,
    // Per client and per session (lib/checkout/server/rate-limits.ts).
    ORDER_RATE_LIMIT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1_000_000).default(10)),
    ORDER_RATE_WINDOW_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(86_400).default(600)),
    VALIDATE_RATE_LIMIT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1_000_000).default(60)),
    VALIDATE_RATE_WINDOW_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(86_400).default(60)),
    // The shared store (lib/store/): Redis when set, else each process's memory.
    REDIS_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional()),
    REDIS_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(50).max(5_000).optional()),
    // Bearer secrets of POST/GET /api/catalog/revalidate (lib/api/catalog-refresh.ts); with neither set the route is a 404.
    CATALOG_REVALIDATE_SECRET: z.preprocess(emptyToUndefined, z.string().trim().min(32, 'must be at least 32 characters').optional()),
    // Set by Vercel when the project has crons: its cron requests carry `Authorization: Bearer $CRON_SECRET`.
    CRON_SECRET: z.preprocess(emptyToUndefined, z.string().trim().min(16, 'must be at least 16 characters').optional()),
    SANDBOX_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65_535).default(DEFAULT_SANDBOX_PORT)),
    SANDBOX_WALLET_PAY: z.preprocess(emptyToUndefined, z.enum(['0', '1']).default('0')),
  })
  .superRefine((env, ctx) => {
    // A create makes at most three store calls in a row (limits, claim, outcome): together within one upstream timeout.
    if (env.REDIS_TIMEOUT_MS !== undefined && env.REDIS_TIMEOUT_MS * 3 > env.UPSTREAM_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['REDIS_TIMEOUT_MS'], message: 'must be at most a third of UPSTREAM_TIMEOUT_MS' });
    }
    if (env.API_URL && env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required when API_URL is set in production (generate one with `openssl rand -base64 48`)',
      });
    }
  });

export interface ServerConfig {
  /** Base URL of the Cryptorefills API, or of the local sandbox when API_URL is unset. */
  apiUrl: string;
  /** True when no API_URL is configured and the built-in sandbox serves the API. */
  sandbox: boolean;
  /**
   * Whether the payment screen offers "Pay with <wallet>". Always with a real API; on sandbox orders only with
   * SANDBOX_WALLET_PAY=1 (tests with mock wallets): a real wallet would send real tokens to an address nobody holds.
   */
  walletPay: boolean;
  partnerId: string | undefined;
  appVersion: string;
  sessionSecret: string;
  defaultCountry: string;
  defaultCoin: string;
  defaultNetwork: string;
  /** Sent as `acquisition.utm_source` on every order: how the partner is credited. */
  utmSource: string;
  upstreamTimeoutMs: number;
  /** Who the client is: see lib/net/client-ip.ts. */
  clientIp: { vercel: boolean; trustedProxies: number };
  /** Order creations and checkout validations allowed per client and per session in a sliding window. */
  rateLimits: Record<'orders' | 'validations', RateLimitConfig>;
  /** Where shared state lives (lib/store/): Redis at `redisUrl`, or this process's memory when unset. */
  store: { redisUrl: string | undefined; timeoutMs: number };
  /** Bearer secrets accepted by the on-demand catalog refresh; empty = the route does not exist. */
  catalogRefreshSecrets: string[];
}

export interface RateLimitConfig {
  limit: number;
  windowMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Turns zod issues into one readable message that names every bad variable. */
export function describeEnvIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  return `Invalid environment configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`;
}

export function parseServerConfig(env: Record<string, string | undefined>): ServerConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(describeEnvIssues(parsed.error.issues));
  const e = parsed.data;
  return {
    apiUrl: (e.API_URL ?? `http://127.0.0.1:${e.SANDBOX_PORT}`).replace(/\/+$/, ''),
    sandbox: !e.API_URL,
    walletPay: !!e.API_URL || e.SANDBOX_WALLET_PAY === '1',
    partnerId: e.CRYPTOREFILLS_PARTNER_ID,
    appVersion: e.CRYPTOREFILLS_APP_VERSION,
    sessionSecret: e.SESSION_SECRET ?? devSessionSecret(),
    defaultCountry: e.DEFAULT_COUNTRY,
    defaultCoin: e.DEFAULT_COIN,
    defaultNetwork: e.DEFAULT_NETWORK,
    utmSource: e.UTM_SOURCE,
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    clientIp: { vercel: e.VERCEL === '1', trustedProxies: e.TRUSTED_PROXIES },
    rateLimits: {
      orders: { limit: e.ORDER_RATE_LIMIT, windowMs: e.ORDER_RATE_WINDOW_SECONDS * 1000 },
      validations: { limit: e.VALIDATE_RATE_LIMIT, windowMs: e.VALIDATE_RATE_WINDOW_SECONDS * 1000 },
    },
    // Default: 1 s, or a third of a shorter upstream timeout.
    store: { redisUrl: e.REDIS_URL, timeoutMs: e.REDIS_TIMEOUT_MS ?? Math.min(1_000, Math.floor(e.UPSTREAM_TIMEOUT_MS / 3)) },
    catalogRefreshSecrets: [e.CATALOG_REVALIDATE_SECRET, e.CRON_SECRET].filter((secret) => secret !== undefined),
  };
}

// One generated secret per process, shared by every module instance (sandbox and development only).
function devSessionSecret(): string {
  const g = globalThis as { __storefrontDevSecret?: string };
  g.__storefrontDevSecret ??= randomBytes(32).toString('base64url');
  return g.__storefrontDevSecret;
}

let cached: ServerConfig | undefined;

/** The validated server configuration; throws a ConfigError naming every bad variable. */
export function getServerConfig(): ServerConfig {
  cached ??= parseServerConfig(process.env);
  return cached;
}
