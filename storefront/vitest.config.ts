import { defineConfig } from "vitest/config";

// Separate from vite.config.ts: the React Router plugin is not wanted in unit tests.
export default defineConfig({
  resolve: {
    // graphql ships CJS (index.js) and ESM (index.mjs); make every import use one copy,
    // or "Cannot use GraphQLObjectType from another module or realm".
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    environment: "node",
    include: ["app/**/*.test.ts", "app/**/*.test.tsx", "server/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
