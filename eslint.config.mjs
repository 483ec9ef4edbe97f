import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layout, kept by the linter. Only lib/cryptorefills/ knows the upstream's wire (its schemas, fetch helper and
// wire types): the rest imports its server entry, its client-safe entry (shared), its app types or its errors.
const WIRE = {
  regex: '(^|/)cryptorefills/(?!(shared|types|errors|health)$).+',
  message:
    'Only lib/cryptorefills/ knows the wire: import @/lib/cryptorefills (server), @/lib/cryptorefills/shared (browser) or its types.',
};
const APP = { regex: '(^@/|^(\\.\\./)+)app/', message: 'components/ and lib/ never import app/: routes depend on them, not the reverse.' };
const SANDBOX = {
  regex: '(^@/|^(\\.\\./)+)sandbox/',
  message: 'Product code never imports the sandbox: it is a separate process that speaks the wire.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**', 'proxy.ts', 'instrumentation.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [WIRE, SANDBOX] }] },
  },
  {
    files: ['components/**', 'lib/**'],
    ignores: ['lib/cryptorefills/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [WIRE, SANDBOX, APP] }] },
  },
  {
    files: ['lib/cryptorefills/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [SANDBOX, APP] }] },
  },
  {
    // The sandbox speaks the wire on its own: of the storefront it may import only the list of countries.
    files: ['sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^@/|^(\\.\\./)+)(app|components)/', message: 'The sandbox never imports the storefront.' },
            { regex: '(^@/|^(\\.\\./)+)lib/(?!countries$)', message: 'The sandbox imports only lib/countries from the storefront.' },
          ],
        },
      ],
    },
  },
  {
    // next.config.js is CommonJS (the package has no "type": "module").
    files: ['next.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts', 'bench/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
]);
