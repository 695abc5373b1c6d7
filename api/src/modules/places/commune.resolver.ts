import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { CommuneType, DistrictType } from './commune.types.js';

@Resolver(() => CommuneType)
export class CommuneResolver {
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
