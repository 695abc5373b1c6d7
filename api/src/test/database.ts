import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { openOrm, type Orm } from '../db/orm.js';
import { dropDatabase, TEMPLATE_DATABASE, withDatabase } from './global-setup.js';

/**
 * A database of this test file's own, cloned from the migrated template (fast: a file copy), and
 * dropped after the file's tests. Files run in parallel without seeing each other's rows.
 */
export async function testDatabase(): Promise<{ orm: Orm; url: string }> {
  const serverUrl = inject('databaseServerUrl');
  const name = `ocop_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`create database ${admin.escapeIdentifier(name)} template ${admin.escapeIdentifier(TEMPLATE_DATABASE)}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const orm = await openOrm(url, { poolMax: 4 });
  afterAll(async () => {
    await orm.close();
    await dropDatabase(withDatabase(serverUrl, 'postgres'), name);
  });
  return { orm, url };
}
