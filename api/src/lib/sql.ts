import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { countStatement } from '../db/sql-counter.js';

/**
 * A piece of SQL with its parameters (`?` placeholders). Modules publish fragments over their own
 * tables through their services, so another module can compose one statement without knowing them.
 */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** `?` → `$1, $2…` (our SQL never has a literal question mark). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Runs SQL as a real parameterised statement (arrays bind as PostgreSQL arrays; nothing is
 * interpolated), on the EntityManager's transaction when there is one. MikroORM's own `execute`
 * interpolates values into the text, which breaks `= any(?)` and large bulk inserts.
 */
export async function rows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = (em.getTransactionContext<Transaction<unknown>>() ??
    em.getConnection().getClient()) as Kysely<unknown>;
  countStatement();
  const result = await client.executeQuery<T>(CompiledQuery.raw(numbered(sql), params));
  return result.rows;
}

/** Returns results in the order of `keys`, as DataLoader requires; missing keys map to undefined. */
export function orderedBy<T, K>(keys: readonly K[], items: T[], keyOf: (item: T) => K): (T | undefined)[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item] as const));
  return keys.map((k) => byKey.get(k));
}
