import pg from 'pg';
import { databasePoolSettings, type Config } from '../config.js';
import { startEmbeddedPostgres, type EmbeddedCluster } from './embedded-postgres.js';
import { openOrm, type Orm } from './orm.js';

export interface Database {
  orm: Orm;
  url: string;
  /** Closes the ORM pool, then stops the embedded cluster if this process started one. */
  close(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'ocop';

/** Creates the database on a server if it is missing (the embedded cluster starts with only `postgres`). */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void = () => {},
  options: {
    onPoolError?: (error: Error) => void;
    /** The caller shuts down on SIGTERM/SIGINT itself and stops an embedded cluster last (close()). */
    ownSignals?: boolean;
    /**
     * Serving requests: PostgreSQL enforces DATABASE_STATEMENT_TIMEOUT_MS and
     * DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS on the pool's sessions. Tools (seed, import) go without.
     */
    sessionLimits?: boolean;
  } = {},
): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    cluster = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, log, ownSignals: options.ownSignals });
    await ensureDatabase(cluster.url('postgres'), EMBEDDED_DATABASE_NAME);
    url = cluster.url(EMBEDDED_DATABASE_NAME);
  }
  try {
    const pool = databasePoolSettings(config);
    if (!options.sessionLimits) Object.assign(pool, { statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 });
    const orm = await openOrm(url, { logSql: config.LOG_SQL, pool, onPoolError: options.onPoolError });
    return {
      orm,
      url,
      async close() {
        await orm.close();
        await cluster?.stop();
      },
    };
  } catch (e) {
    await cluster?.stop();
    throw e;
  }
}
