import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * GraphQL Code Generator config (client preset).
 *
 * Schema: the SDL emitted by the API (../schema/schema.graphql).
 * Documents: every `graphql(...)` call under app/ (outside app/gql/).
 * Output: app/gql/ (committed; app/gql/codegen-drift.test.ts fails when it is stale).
 *
 * Paths are absolute so `pnpm codegen` and the drift test agree whatever the working directory.
 */
const here = fileURLToPath(new URL(".", import.meta.url));
export const schemaPath = fileURLToPath(new URL("../schema/schema.graphql", import.meta.url));
export const outputDir = "app/gql/";

const config: CodegenConfig = {
  overwrite: true,
  silent: true,
  schema: schemaPath,
  documents: [`${here}app/**/*.{ts,tsx}`, `!${here}app/gql/**`],
  ignoreNoDocuments: false,
  generates: {
    [`${here}${outputDir}`]: {
      preset: "client",
      presetConfig: {
        gqlTagName: "graphql",
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        skipTypename: false,
        scalars: {
          // "YYYY-MM-DD"
          LocalDate: { input: "string", output: "string" },
          SafeInt: { input: "number", output: "number" },
          // ISO 8601 instant, e.g. "2026-11-23T05:30:00.000Z"
          DateTimeISO: { input: "string", output: "string" },
        },
      },
    },
  },
};

export default config;
