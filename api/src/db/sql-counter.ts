import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/**
 * Counts SQL statements per unit of work (a GraphQL request, a test block). The ORM reports every
 * query to its logger; this logger adds one to the counter of the async context that issued it.
 */
const store = new AsyncLocalStorage<{ count: number }>();

/** Adds one to the current context's counter (for statements sent outside the ORM, see lib/sql.ts). */
export function countStatement(): void {
  const counter = store.getStore();
  if (counter) counter.count += 1;
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
  const counter = { count: 0 };
  const result = await store.run(counter, fn);
  return { result, statements: counter.count };
}
