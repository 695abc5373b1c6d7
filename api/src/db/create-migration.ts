/**
 * Writes a new migration from the difference between the entities and a database that has every
 * committed migration applied. Review it like code, then add it to migrations/index.ts.
 * Usage: pnpm --filter api exec tsx src/db/create-migration.ts <name>
 */
import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';

const name = process.argv[2];
if (!name) throw new Error('usage: create-migration <name>');
const config = loadConfig();
const db = await openDatabase(config);
try {
  const result = await db.orm.migrator.create(undefined, false, false, name);
  console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
  console.log(result.diff.up.join('\n'));
} finally {
  await db.close();
}
