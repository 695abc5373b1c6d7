/**
 * pnpm --filter api exec tsx src/modules/accounts/create-admin-cli.ts <email>
 * Makes <email> an administrator, creating the account when needed. The password comes from
 * ADMIN_PASSWORD, else a random one is generated and printed once. Never prompts (usable in scripts).
 * Uses DATABASE_URL, else the embedded cluster (stop a running API first).
 */
import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { createAdmin } from './create-admin.js';

const email = process.argv[2];
if (!email) {
  console.error('usage: create-admin-cli.ts <email>   (password from ADMIN_PASSWORD, else generated)');
  process.exit(2);
}
const config = loadConfig();
const db = await openDatabase(config);
try {
  const result = await createAdmin(db.orm, email, config.ADMIN_PASSWORD);
  if (!result.created) console.log(`${result.email} already had an account; it is now an administrator (password unchanged).`);
  else if (result.generatedPassword) console.log(`created administrator ${result.email} with password: ${result.generatedPassword}`);
  else console.log(`created administrator ${result.email} with the password from ADMIN_PASSWORD`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await db.close();
}
