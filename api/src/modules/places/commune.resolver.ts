import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { checkedPageSize, ConnectionArgs, decodeCursor, toConnection } from '../../graphql/relay.js';
import { CommuneConnection, CommuneType, DistrictType } from './commune.types.js';

/** A commune cursor's keyset position: [name, id]. */
function communePosition(after: string | null | undefined): [string, string] | null {
  const key = decodeCursor(after);
  if (key === null) return null;
  try {
    const value: unknown = JSON.parse(key);
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) return value as [string, string];
  } catch {
    // not one of ours: answered below
  }
  throw badArgument('after', 'is not a cursor returned by this API.');
}

@Resolver(() => CommuneType)
export class CommuneResolver {
  @Rule('PUBLIC')
  @Query(() => CommuneConnection, {
    description: 'Current communes (xã, phường, đặc khu) of a current province, by name: the commune picker of a shipping address.',
  })
  async communes(
    @Arg('provinceCode', () => String, { description: 'Two-digit code of a current province (Decision 19/2025/QĐ-TTg).' }) provinceCode: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<CommuneConnection> {
    const first = checkedPageSize(args.first);
    const after = communePosition(args.after);
    if (!/^\d{2}$/.test(provinceCode)) throw badArgument('provinceCode', 'is a two-digit province code.');
    const page = await ctx.services.communes.listCurrentOfProvince(provinceCode, first, after);
    if (!page) throw badArgument('provinceCode', `names no current province: ${provinceCode}.`);
    return toConnection(page, CommuneType.from) as CommuneConnection;
  }

  @FieldResolver(() => DistrictType, { nullable: true, description: 'The district it belonged to before 01/07/2025.' })
  async district(@Root() commune: CommuneType, @Ctx() ctx: Context): Promise<DistrictType | null> {
    if (!commune.record.districtId) return null;
    const district = await ctx.loaders.district.load(commune.record.districtId);
    return district ? DistrictType.from(district) : null;
  }

  @FieldResolver(() => CommuneType, { description: 'The current commune this one is or was merged into (itself when current).' })
  async current(@Root() commune: CommuneType, @Ctx() ctx: Context): Promise<CommuneType> {
    if (!commune.record.successorId) return commune;
    const successor = await ctx.loaders.commune.load(commune.record.successorId);
    return successor ? CommuneType.from(successor) : commune;
  }
}
