import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import { badArgument } from './errors.js';

@InterfaceType({ description: 'An object with an opaque global ID, fetchable with `node(id)`.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 24, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first: number = 24;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

/** Rejects page sizes outside 1..MAX_PAGE_SIZE with an error naming the argument and the range. */
export function checkedPageSize(first: number | null | undefined): number {
  const size = first ?? 24;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badArgument('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${size}.`);
  }
  return size;
}

/** Cursors are opaque to clients; inside they carry the keyset position of the last row. */
export function encodeCursor(key: string): string {
  return Buffer.from(`c:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor == null || cursor === '') return null;
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith('c:') || decoded.length < 3) {
    throw badArgument('after', 'is not a cursor returned by this API.');
  }
  return decoded.slice(2);
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
  cursorOf(item: T): string;
  hasPreviousPage: boolean;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection type factory: `class ProductConnection extends Connection(Product) {}`. */
export function Connection<T extends object>(NodeClass: ClassType<T>, name = NodeClass.name) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => NodeClass) node!: T;
    @Field(() => String) cursor!: string;
  }

  @ObjectType()
  abstract class ConnectionBase implements ConnectionShape<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => [NodeClass]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'All items matching the arguments, across pages.' }) totalCount!: number;
  }
  return ConnectionBase;
}

/** Builds the connection payload from a page of records mapped to GraphQL objects. */
export function toConnection<R, T>(page: Page<R>, toNode: (record: R) => T): ConnectionShape<T> {
  const edges = page.items.map((item) => ({ node: toNode(item), cursor: encodeCursor(page.cursorOf(item)) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A connection over a short list already in memory (variants of one product): same shape, same cursors. */
export function connectionFromArray<R, T>(
  all: readonly R[],
  args: { first?: number | null; after?: string | null },
  keyOf: (record: R) => string,
  toNode: (record: R) => T,
): ConnectionShape<T> {
  const first = checkedPageSize(args.first);
  const after = decodeCursor(args.after);
  const start = after == null ? 0 : all.findIndex((r) => keyOf(r) === after) + 1;
  const items = all.slice(start, start + first);
  return toConnection(
    { items, totalCount: all.length, hasNextPage: start + first < all.length, hasPreviousPage: start > 0, cursorOf: keyOf },
    toNode,
  );
}
