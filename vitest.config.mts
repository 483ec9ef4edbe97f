import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@/': here('./'),
      'server-only': here('./tests/support/server-only.ts'),
    },
  },
  test: {
    environment: 'node',
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        // A real Redis (Debian's redis-server) for the shared store's tests: tests/support/redis-global-setup.ts.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          globalSetup: ['tests/support/redis-global-setup.ts'],
        },
      },
      // Checks of the production build in .next: run by `npm run test:build` after `next build`.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
