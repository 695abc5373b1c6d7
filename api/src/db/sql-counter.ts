import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/**
 * Counts SQL statements per unit of work (a GraphQL request, a test block). The ORM reports every
 * query to its logger; this logger adds one to the counter of the async context that issued it.
 */
export interface SqlCounter {
  count: number;
  /** The enclosing counter (the HTTP request around a GraphQL execution): it counts the statement too. */
  parent?: SqlCounter;
}

const store = new AsyncLocalStorage<SqlCounter>();

/** Adds one to the current context's counter and those around it (for statements sent outside the ORM, see lib/sql.ts). */
export function countStatement(): void {
  for (let counter = store.getStore(); counter; counter = counter.parent) counter.count += 1;
}

/** Runs fn counting its statements into `counter` (read it any time, e.g. when the response is finished). */
export function countSqlInto<T>(counter: SqlCounter, fn: () => T): T {
  return store.run(counter, fn);
}

export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    countStatement();
    super.logQuery(context);
  }
}

export const countingLoggerFactory = (options: LoggerOptions) => new CountingLogger(options);

/** Runs fn in a fresh counting context and reports how many SQL statements it issued. */
export async function countSql<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter: SqlCounter = { count: 0, parent: store.getStore() };
  const result = await store.run(counter, fn);
  return { result, statements: counter.count };
}
