import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, connectionFromArray } from '../../graphql/relay.js';
import { ProductGroupEnum } from './product-group.types.js';
import type { ProductGroup } from './product-group.js';
import { ProductSetConnection, ProductSetType } from './product-set.types.js';

@Resolver(() => ProductSetType)
export class ProductSetResolver {
  @Query(() => ProductSetConnection, { description: 'The OCOP classification: product sets with their sub-group and group.' })
  async productSets(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('group', () => ProductGroupEnum, { nullable: true }) group: ProductGroup | null,
    @Ctx() ctx: Context,
  ): Promise<ProductSetConnection> {
    const sets = await ctx.services.productSets.list(group);
    return connectionFromArray(sets, args, (s) => s.code, ProductSetType.from);
  }
}
