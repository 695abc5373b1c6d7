/**
 * An embedded PostgreSQL in a process of its own, driven over stdin for bench/chaos.mjs (the API
 * under test gets DATABASE_URL and cannot stop or start it). Commands, one a line, each answered
 * with one line: `terminate` (pg_terminate_backend of every other client backend → `terminated N`),
 * `stop` → `stopped`, `start` → `started`, `stock <n> <variant id>…` (sets the variants' buckets to
 * n available, none reserved or sold → `stocked`), `exit`. Prints `ready <url>` once up.
 */
import { createInterface } from 'node:readline';
import pg from 'pg';
import { ensureDatabase } from '../db/database.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';

const cluster = await startEmbeddedPostgres({ dataDir: process.env.DATA_DIR!, port: Number(process.env.PORT), durable: false });
await ensureDatabase(cluster.url('postgres'), 'ocop');
console.log(`ready ${cluster.url('ocop')}`);

async function query(database: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: cluster.url(database) });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  const [command, ...args] = line.trim().split(/\s+/);
  if (command === 'terminate') {
    const done = await query('postgres', `select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'`);
    console.log(`terminated ${done.rowCount}`);
  } else if (command === 'stop') {
    await cluster.stop();
    console.log('stopped');
  } else if (command === 'start') {
    await cluster.start();
    console.log('started');
  } else if (command === 'stock') {
    await query('ocop', `update product_variant set stock = $1, reserved = 0, sold = 0 where id = any($2)`, [Number(args[0]), args.slice(1)]);
    console.log('stocked');
  } else if (command === 'exit') {
    break;
  }
}
await cluster.stop();
process.exit(0);
