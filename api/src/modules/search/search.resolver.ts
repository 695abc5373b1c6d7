import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { toListFilter } from '../catalog/product-filter.js';
import { UnknownProvinceError } from '../catalog/product.service.js';
import { ProductFilterInput } from '../catalog/product.types.js';
import { MAX_QUERY_LENGTH } from './fold.js';
import { SearchHitConnection, SearchHitType } from './search.types.js';

const MAX_SUGGESTIONS = 20;

/** The query as NFC, trimmed; empty, blank and over-long queries are argument errors. */
function checkedText(name: string, value: string, max: number): string {
  const text = value.normalize('NFC').trim();
  if (!text) throw badArgument(name, 'must not be empty.');
  if ([...text].length > max) throw badArgument(name, `must be at most ${max} characters, got ${[...text].length}.`);
  return text;
}

/** Search cursors carry the position after a hit; relevance order has no keyset. */
function offsetFrom(after: string | null | undefined): number {
  const key = decodeCursor(after);
  if (key === null) return 0;
  const match = /^search:(\d{1,7})$/.exec(key);
  if (!match) throw badArgument('after', 'is not a cursor returned by this search.');
  return Number(match[1]);
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      'Products matching a Vietnamese query, most relevant first: name, producer, province (as issued and current) ' +
      'and description, with or without diacritics, in any case, NFC or NFD, tolerating typos. ' +
      `The query must have 1 to ${MAX_QUERY_LENGTH} characters. The filter narrows hits like the catalogue's.`,
  })
  async search(
    @Arg('query', () => String) query: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProductFilterInput, { nullable: true }) filter: ProductFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<SearchHitConnection> {
    const text = checkedText('query', query, MAX_QUERY_LENGTH);
    const first = checkedPageSize(args.first);
    const offset = offsetFrom(args.after);
    try {
      const page = await ctx.services.search.search({ query: text, filter: toListFilter(filter), today: ctx.today, first, offset });
      return toConnection({ ...page, cursorOf: (hit) => `search:${page.cursorOf(hit)}` }, SearchHitType.from) as SearchHitConnection;
    } catch (e) {
      if (e instanceof UnknownProvinceError) throw badArgument('filter.provinceCode', `${e.message}.`);
      throw e;
    }
  }

  @Query(() => [String], {
    description: 'Product names for a search box as the shopper types: diacritic-insensitive, matching the start of the name or of a word in it.',
  })
  async searchSuggestions(
    @Arg('prefix', () => String) prefix: string,
    @Arg('first', () => Int, { defaultValue: 8, description: `1 to ${MAX_SUGGESTIONS}.` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<string[]> {
    const text = checkedText('prefix', prefix, MAX_QUERY_LENGTH);
    if (!Number.isInteger(first) || first < 1 || first > MAX_SUGGESTIONS) {
      throw badArgument('first', `must be between 1 and ${MAX_SUGGESTIONS}, got ${first}.`);
    }
    return ctx.services.search.suggestions(text, first);
  }
}
