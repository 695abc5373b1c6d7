import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { ProvinceConnection, ProvinceType } from './province.types.js';

@Resolver(() => ProvinceType)
export class ProvinceResolver {
  @Query(() => ProvinceConnection, { description: 'Current provinces (34 since 01/07/2025), by name.' })
  async provinces(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ProvinceConnection> {
    const page = await ctx.services.provinces.listCurrent(checkedPageSize(args.first), decodeCursor(args.after));
    return toConnection(page, ProvinceType.from);
  }

  @FieldResolver(() => ProvinceType, { description: 'The current unit this one maps to (itself when current).' })
  async current(@Root() province: ProvinceType, @Ctx() ctx: Context): Promise<ProvinceType> {
    const successorId = province.record.successorId;
    if (!successorId) return province;
    const successor = await ctx.loaders.province.load(successorId);
    return successor ? ProvinceType.from(successor) : province;
  }
}
