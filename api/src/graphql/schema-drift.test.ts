import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { schemaFile } from './emit-schema.js';
import { printedSchema } from './schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the API builds (run `pnpm schema` after changing the API)', async () => {
    const committed = await readFile(schemaFile, 'utf8');
    expect(await printedSchema(), 'schema/schema.graphql is out of date: run `pnpm schema`').toBe(committed);
  });
});
