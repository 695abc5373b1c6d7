import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ProvinceType } from '../places/province.types.js';
import { ProducerType } from './producer.types.js';

@Resolver(() => ProducerType)
export class ProducerResolver {
  @FieldResolver(() => ProvinceType, { description: 'Where it is registered, as issued (may be a historic unit).' })
  async province(@Root() producer: ProducerType, @Ctx() ctx: Context): Promise<ProvinceType> {
    const province = await ctx.loaders.province.load(producer.record.provinceId);
    if (!province) throw new Error(`producer ${producer.record.id} has no province ${producer.record.provinceId}`);
    return ProvinceType.from(province);
  }
}
