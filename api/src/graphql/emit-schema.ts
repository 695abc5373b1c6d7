import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { printedSchema } from './schema.js';

export const schemaFile = path.join(repoRoot, 'schema', 'schema.graphql');

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(schemaFile, await printedSchema());
  console.log(`wrote ${schemaFile}`);
}
