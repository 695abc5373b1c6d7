import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { listProducts } from '../catalog/product.resolver.js';
import type { ProductSort } from '../catalog/product.service.js';
import { ProductConnection, ProductSortEnum } from '../catalog/product.types.js';
import { CommuneType } from '../places/commune.types.js';
import { ProvinceType } from '../places/province.types.js';
import { ProducerConnection, ProducerFilterInput, ProducerType } from './producer.types.js';

@Resolver(() => ProducerType)
export class ProducerResolver {
  @Query(() => ProducerType, { nullable: true, description: 'A producer by its slug; null when there is none, or while it awaits approval (except for its members and admins).' })
  async producer(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<ProducerType | null> {
    const record = await ctx.services.producers.bySlug(slug);
    return record && ctx.services.producers.visibleTo(record, ctx.viewer) ? ProducerType.from(record) : null;
  }

  @Query(() => ProducerConnection, { description: 'Approved producers by name.' })
  async producers(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProducerFilterInput, { nullable: true }) filter: ProducerFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<ProducerConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    let provinceIds: string[] | null = null;
    if (filter?.provinceCode != null) {
      provinceIds = await ctx.services.provinces.idsCoveredByCurrentCode(filter.provinceCode);
      if (!provinceIds) throw badArgument('filter.provinceCode', `unknown province code "${filter.provinceCode}".`);
    }
    try {
      const page = await ctx.services.producers.list({ filter: { provinceIds, kind: filter?.kind }, first, after });
      return toConnection(page, ProducerType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @FieldResolver(() => ProvinceType, { description: 'Where it is registered, as issued (may be a historic unit; see `current`).' })
  async province(@Root() producer: ProducerType, @Ctx() ctx: Context): Promise<ProvinceType> {
    const province = await ctx.loaders.province.load(producer.record.provinceId);
    if (!province) throw new Error(`producer ${producer.record.id} has no province ${producer.record.provinceId}`);
    return ProvinceType.from(province);
  }

  @FieldResolver(() => CommuneType, { nullable: true, description: 'The commune as registered, when known.' })
  async commune(@Root() producer: ProducerType, @Ctx() ctx: Context): Promise<CommuneType | null> {
    if (!producer.record.communeId) return null;
    const commune = await ctx.loaders.commune.load(producer.record.communeId);
    return commune ? CommuneType.from(commune) : null;
  }

  @FieldResolver(() => ProductConnection, { description: 'Its published products.' })
  products(
    @Root() producer: ProducerType,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('sort', () => ProductSortEnum, { nullable: true, defaultValue: 'NEWEST' }) sort: ProductSort,
    @Ctx() ctx: Context,
  ): Promise<ProductConnection> {
    if (sort === 'RELEVANCE') throw badArgument('sort', 'RELEVANCE needs a text query; use products(filter: { query, producerId }).');
    return listProducts(ctx, args, { producerId: producer.record.id }, sort);
  }
}
