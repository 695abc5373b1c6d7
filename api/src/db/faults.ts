/**
 * What a database error means for the caller. Errors come from pg (through Kysely: `rows()` in
 * lib/sql.ts), from pg-pool (checkout timeout) and wrapped by MikroORM (DriverException keeps the
 * SQLSTATE in `code`/`sqlState` and the driver's error as `cause`), so each test walks the chain.
 */

/** Node socket errors that mean the server cannot be reached (or went away mid-conversation). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is away or going away: class 08 (connection exception), 57P01
 * admin_shutdown (pg_terminate_backend, fast shutdown), 57P02 crash_shutdown, 57P03
 * cannot_connect_now (starting up, shutting down, recovering), 53300 too_many_connections.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** What pg and pg-pool say without a code when the connection is gone or cannot be had. */
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Connection ended unexpectedly',
  'terminating connection',
];

/** SQLSTATEs of a transaction that lost a conflict and may succeed when run again from the start. */
const CONFLICT_STATES = new Set(['40001', '40P01']);

function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current as Record<string, unknown>;
    const e = current as { cause?: unknown; originalError?: unknown; previous?: unknown };
    current = e.originalError ?? e.cause ?? e.previous;
  }
}

function sqlStateOf(e: Record<string, unknown>): string | undefined {
  const state = e.sqlState ?? e.code;
  return typeof state === 'string' ? state : undefined;
}

/** The database cannot be reached or dropped the connection: the same request may succeed soon. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const state = sqlStateOf(e);
    if (state && (SOCKET_CODES.has(state) || UNAVAILABLE_STATES.has(state) || /^08/.test(state))) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (UNAVAILABLE_MESSAGES.some((m) => message.includes(m))) return true;
  }
  return false;
}

/** Serialization failure (40001) or deadlock (40P01): the whole transaction may be run again. */
export function isTransactionConflict(error: unknown): boolean {
  for (const e of chain(error)) {
    const state = sqlStateOf(e);
    if (state && CONFLICT_STATES.has(state)) return true;
  }
  return false;
}

/** Worth answering with a retryable 503: the database is away, or a conflict outlived its retries. */
export function isTransientDatabaseError(error: unknown): boolean {
  return isDatabaseUnavailable(error) || isTransactionConflict(error);
}
