import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from './sql.js';

export interface SortKey {
  /** Column of the inner select's output. */
  column: string;
  /** SQL type the cursor value is cast to. */
  type: 'text' | 'bigint' | 'int' | 'float8';
}

export interface KeysetPage<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursorOf(item: T): string;
}

export class InvalidCursorError extends Error {}

/**
 * One page of `select` ordered by `keys` (the last key must be unique, e.g. the id), after the row
 * a cursor points to, with the total of all matching rows: a single statement whatever the page
 * size. Keyset (not offset) pagination, so deep pages cost the same as the first.
 */
export async function keysetPage<T extends object>(
  em: EntityManager,
  options: {
    select: string;
    params: unknown[];
    keys: SortKey[];
    descending: boolean;
    first: number;
    after: string | null;
    /**
     * Columns joined onto the page's rows only (`columns` over `join`, which may refer to the page as
     * `page`): the matching set then holds just the keys, so counting and ordering many rows never
     * carries wide columns (descriptions) along.
     */
    detail?: { columns: string; join: string };
  },
): Promise<KeysetPage<T>> {
  const { keys, descending, first } = options;
  let position: unknown[] | null = null;
  if (options.after != null) {
    try {
      position = JSON.parse(options.after) as unknown[];
    } catch {
      throw new InvalidCursorError();
    }
    if (!Array.isArray(position) || position.length !== keys.length) throw new InvalidCursorError();
  }
  const direction = descending ? 'desc' : 'asc';
  const order = keys.map((k) => `"${k.column}" ${direction}`).join(', ');
  const tuple = `(${keys.map((k) => `m."${k.column}"`).join(', ')})`;
  const cursorTuple = `(${keys.map((k) => `?::${k.type}`).join(', ')})`;
  const after = position ? `where ${tuple} ${descending ? '<' : '>'} ${cursorTuple}` : '';
  const found = await rows<T & { __total: string; __hit: boolean | null }>(
    em,
    `with matching as (${options.select}),
     page as (select m.*, true as __hit from matching m ${after} order by ${order} limit ?)
     select c.__total, page.*${options.detail ? `, ${options.detail.columns}` : ''}
     from (select count(*) as __total from matching) c left join page on true ${options.detail?.join ?? ''}
     order by ${keys.map((k) => `page."${k.column}" ${direction}`).join(', ')}`,
    [...options.params, ...(position ?? []), first + 1],
  );
  const totalCount = Number(found[0]?.__total ?? 0);
  const hits = found.filter((r) => r.__hit).map(({ __total: _t, __hit: _h, ...row }) => row as unknown as T);
  return {
    items: hits.slice(0, first),
    totalCount,
    hasNextPage: hits.length > first,
    hasPreviousPage: position != null,
    cursorOf: (item) => JSON.stringify(keys.map((k) => (item as Record<string, unknown>)[k.column])),
  };
}
