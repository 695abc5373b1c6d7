import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM; one realm only, or type-graphql's types fail instanceof checks.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'api', include: ['src/**/*.test.ts'], exclude: ['src/**/*.explain.test.ts'] } },
      // Scale tests (100,000 rows, EXPLAIN ANALYZE) run after the rest, alone: their load would
      // otherwise slow timing-sensitive tests running beside them.
      { extends: true, test: { name: 'scale', include: ['src/**/*.explain.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
