import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { countingLoggerFactory } from './sql-counter.js';

export type Orm = MikroORM;

export const migrationsPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** The pool and per-connection limits (config.ts: DATABASE_*). */
export interface PoolSettings {
  max: number;
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  /** 0: no limit. */
  statementTimeoutMs: number;
  /** 0: no limit. */
  idleInTransactionTimeoutMs: number;
}

/**
 * For tools and tests that open an ORM without a Config: the pool defaults of config.ts, but no
 * server-side statement limits (a seed of 100,000 products may run a statement for minutes). The API
 * passes its limits (main.ts → openDatabase with sessionLimits).
 */
export const DEFAULT_POOL: PoolSettings = { max: 10, connectTimeoutMs: 5_000, idleTimeoutMs: 10_000, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 };

export interface OrmOptions {
  logSql?: boolean;
  /** Overrides pool.max (tests). */
  poolMax?: number;
  pool?: Partial<PoolSettings>;
  /**
   * Told about connection errors outside any query: an idle pooled connection the server ended
   * (restart, pg_terminate_backend). The pool has already dropped it; the next checkout opens a new
   * one. Without a listener such an error would be an uncaught exception ending the process.
   */
  onPoolError?: (error: Error) => void;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  const pool = { ...DEFAULT_POOL, ...options.pool, ...(options.poolMax ? { max: options.poolMax } : {}) };
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      // Listed in code, not globbed: the same list works from src/ (tsx, vitest) and dist/.
      migrationsList,
      path: migrationsPath,
      pathTs: migrationsPath,
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      emit: 'ts',
    },
    // SQL functions (e.g. ocop_fold for search) are written by migrations, not described as ORM
    // routines: the schema diff must not propose dropping them.
    schemaGenerator: { ignoreRoutines: true },
    loggerFactory: countingLoggerFactory,
    debug: options.logSql ? ['query', 'query-params'] : false,
    pool: { min: 0, max: pool.max, idleTimeoutMillis: pool.idleTimeoutMs },
    // Passed to pg's Pool: fail a checkout that waits too long for a connection (the database is
    // away or the pool is exhausted) instead of hanging the request; TCP keep-alive notices a dead
    // peer; statement and idle-in-transaction limits are set by the server on each connection.
    driverOptions: {
      connectionTimeoutMillis: pool.connectTimeoutMs,
      keepAlive: true,
      statement_timeout: pool.statementTimeoutMs,
      idle_in_transaction_session_timeout: pool.idleInTransactionTimeoutMs,
      application_name: 'ocop-api',
      onPoolCreated: (created: { on(event: 'error', listener: (e: Error) => void): unknown }) => {
        // MikroORM also listens (and logs at debug level only): this one reports to our log.
        created.on('error', (e) => options.onPoolError?.(e));
      },
    },
    // Entities are plain data here; GraphQL types are separate classes (see *.types.ts).
    forceUndefined: false,
    allowGlobalContext: false,
  });
}

/** Connects and brings the schema up to date with the committed migrations (never schema sync). */
export async function openOrm(clientUrl: string, options: OrmOptions = {}): Promise<Orm> {
  const limited = Boolean(options.pool?.statementTimeoutMs || options.pool?.idleInTransactionTimeoutMs);
  if (limited) {
    // Migrations (an index built over a large table) run without the statement limits of serving.
    const migrating = await MikroORM.init(ormConfig(clientUrl, { ...options, pool: { ...options.pool, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 } }));
    try {
      await migrating.migrator.up();
    } finally {
      await migrating.close();
    }
    return MikroORM.init(ormConfig(clientUrl, options));
  }
  const orm = await MikroORM.init(ormConfig(clientUrl, options));
  await orm.migrator.up();
  return orm;
}
