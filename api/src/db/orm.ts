import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, MikroORM } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';
import { countingLoggerFactory } from './sql-counter.js';

export type Orm = MikroORM;

export const migrationsPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export function ormConfig(clientUrl: string, options: { logSql?: boolean; poolMax?: number } = {}) {
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
    pool: { min: 0, max: options.poolMax ?? 10, idleTimeoutMillis: 10_000 },
    // Entities are plain data here; GraphQL types are separate classes (see *.types.ts).
    forceUndefined: false,
    allowGlobalContext: false,
  });
}

/** Connects and brings the schema up to date with the committed migrations (never schema sync). */
export async function openOrm(clientUrl: string, options: { logSql?: boolean; poolMax?: number } = {}): Promise<Orm> {
  const orm = await MikroORM.init(ormConfig(clientUrl, options));
  await orm.migrator.up();
  return orm;
}
