import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config, { schemaPath } from "../../codegen";

/**
 * Drift check: app/gql/ must be exactly what `pnpm codegen` produces from the current schema and
 * the graphql() documents under app/. Runs codegen in memory (nothing written) and compares.
 * Fix a failure with `pnpm codegen` and commit the result.
 */
const storefrontDir = fileURLToPath(new URL("../..", import.meta.url));
const gqlDir = fileURLToPath(new URL(".", import.meta.url));
const THIS_FILE = "codegen-drift.test.ts";

it(`app/gql/ is up to date with ${relative(storefrontDir, schemaPath)} and the documents`, async () => {
  const outputs: { filename: string; content: string }[] = await generate(
    { ...config, cwd: storefrontDir, silent: true },
    false,
  );
  expect(outputs.length).toBeGreaterThan(0);

  const expected = new Map(
    outputs.map((o) => [relative(gqlDir, o.filename), o.content] as const),
  );
  const committed = new Map(
    readdirSync(gqlDir)
      .filter((name) => name !== THIS_FILE)
      .map((name) => [name, readFileSync(join(gqlDir, name), "utf8")] as const),
  );

  // Same set of files (nothing missing, nothing stale)...
  expect([...committed.keys()].sort()).toEqual([...expected.keys()].sort());
  // ...with the same content.
  for (const [name, content] of expected) {
    expect(committed.get(name), `app/gql/${name} is stale: run \`pnpm codegen\``).toBe(content);
  }
});
