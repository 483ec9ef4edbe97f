import { defineConfig, devices } from '@playwright/test';
import { PARTNER_ID_CANARY } from './tests/build/partner-env';

export const STOREFRONT_PORT = Number(process.env.E2E_PORT ?? 3100);
export const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4110);
// A second storefront, with a partner's branding, for tests/e2e/branded.spec.ts.
export const BRANDED_PORT = STOREFRONT_PORT + 1;
const BRANDED_SANDBOX_PORT = SANDBOX_PORT + 1;

/** Signs the e2e servers' sessions; tests/e2e/robustness.spec.ts proves no answer ever carries it. */
export const SESSION_SECRET_CANARY = 'e2e-session-secret-canary-5b1d0c7e9a2f4386';

/** Turns on /api/catalog/revalidate in the e2e storefronts (tests/e2e/catalog-cache.spec.ts refreshes with it). */
export const CATALOG_REVALIDATE_SECRET = 'e2e-catalog-revalidate-secret-7c41d2a9e8b3';

export const BRANDED_SITE = {
  SITE_NAME: 'Gift Hub',
  SITE_PRIMARY_COLOR: '#ffd700',
  SITE_ACCENT_COLOR: '#7c3aed',
  SUPPORT_EMAIL: 'help@gifts.example.com',
  SUPPORT_URL: 'https://help.gifts.example.com',
  TERMS_URL: 'https://gifts.example.com/terms',
  PRIVACY_URL: 'https://gifts.example.com/privacy',
  POWERED_BY: 'false',
  DEFAULT_COUNTRY: 'ID',
  SITE_URL: 'https://gifts.example.com',
};

const serverEnv = (port: number, sandboxPort: number, extra: Record<string, string> = {}) => ({
  API_URL: '',
  PORT: String(port),
  HOSTNAME: '127.0.0.1',
  SANDBOX_PORT: String(sandboxPort),
  SANDBOX_TRANSITION_MS: '20',
  NEXT_TELEMETRY_DISABLED: '1',
  // Set at run time too, so the tests can prove no page or response ever carries it.
  CRYPTOREFILLS_PARTNER_ID: PARTNER_ID_CANARY,
  SESSION_SECRET: SESSION_SECRET_CANARY,
  CATALOG_REVALIDATE_SECRET,
  // Every test shares one client address (127.0.0.1): the defaults (10 orders per 10 minutes) would refuse the
  // suite's own orders. The limits are unit-tested; the page's message is tested with a routed 429.
  ORDER_RATE_LIMIT: '100000',
  // Half the default: tests/e2e/unavailable.spec.ts waits it out once for a hung upstream. The sandbox answers in
  // milliseconds, so even a loaded machine stays far below it.
  UPSTREAM_TIMEOUT_MS: '5000',
  VALIDATE_RATE_LIMIT: '100000',
  // The sandbox's fake Solana RPC (sandbox/solana-rpc.ts): Solana wallets are offered only with an RPC, and
  // tests/e2e/wallet-solana.spec.ts pays through it with a fixed blockhash and balances a test sets.
  SOLANA_RPC_URL: `http://127.0.0.1:${sandboxPort}/solana/rpc`,
  ...extra,
});

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  // 30 s is the budget of a test of up to three page loads: on a loaded machine a load, with the axe scan every
  // page gets (tests/e2e/fixtures.ts), can take a few seconds. A test that does more sets its own budget with
  // test.setTimeout (about 10 s a page load) and says what it covers. On an idle machine no test should need more
  // than half of its budget.
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(branded|mobile)\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${STOREFRONT_PORT}` },
    },
    {
      name: 'branded',
      testMatch: /branded\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${BRANDED_PORT}` },
    },
    {
      // A phone's screen (390×844, touch, mobile viewport) for tests/e2e/mobile.spec.ts: what must stay in reach.
      name: 'mobile',
      testMatch: /mobile\.spec\.ts/,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        baseURL: `http://127.0.0.1:${STOREFRONT_PORT}`,
      },
    },
  ],
  webServer: [
    {
      // A cold data cache: tests/e2e/unavailable.spec.ts faults catalog reads that no test has made yet.
      command: 'node --import tsx scripts/launch.ts start --fresh-data-cache',
      url: `http://127.0.0.1:${STOREFRONT_PORT}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      // Mock wallets pay sandbox orders in tests/e2e/wallet-*.spec.ts; the branded storefront keeps the default (none).
      env: serverEnv(STOREFRONT_PORT, SANDBOX_PORT, { SANDBOX_WALLET_PAY: '1' }),
    },
    {
      command: 'node --import tsx scripts/launch.ts start',
      url: `http://127.0.0.1:${BRANDED_PORT}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: serverEnv(BRANDED_PORT, BRANDED_SANDBOX_PORT, BRANDED_SITE),
    },
  ],
});
