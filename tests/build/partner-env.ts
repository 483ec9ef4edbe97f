// The environment of a partner's production build (next build sets NODE_ENV=production), with only the variables the README documents. The partner
// ID is a canary: tests/build/bundle.test.ts proves it never reaches a client bundle or a prerendered page.
export const PARTNER_ID_CANARY = 'partner-canary-7f3c9a1e5d';

export const PARTNER_BUILD_ENV = {
  API_URL: 'https://api.partner.invalid',
  CRYPTOREFILLS_PARTNER_ID: PARTNER_ID_CANARY,
  CRYPTOREFILLS_APP_VERSION: 'gifthub/1.0.0',
  SESSION_SECRET: 'build-test-session-secret-0123456789abcdefghijklmnop',
  SITE_NAME: 'Gift Hub',
  SITE_URL: 'https://gifts.example.com',
  SITE_PRIMARY_COLOR: '#ffd700',
  SITE_ACCENT_COLOR: '#7c3aed',
  SUPPORT_EMAIL: 'help@gifts.example.com',
  DEFAULT_COUNTRY: 'ID',
  UTM_SOURCE: 'gifthub',
  NEXT_TELEMETRY_DISABLED: '1',
};
