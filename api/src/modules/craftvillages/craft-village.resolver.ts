import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { CommuneType } from '../places/commune.types.js';
import { ProvinceType } from '../places/province.types.js';
import { ProducerConnection, ProducerType } from '../producers/producer.types.js';
import type { AssignResult, VillageResult } from './craft-village-editing.service.js';
import {
  CraftVillageConnection, CraftVillageCreateInput, CraftVillagePayload, CraftVillageProducerAssignInput, CraftVillageProducerAssignPayload, CraftVillageType,
  CraftVillageUpdateInput, CraftVillageUserErrorType,
} from './craft-village.types.js';

function payload(result: VillageResult): CraftVillagePayload {
  return Object.assign(new CraftVillagePayload(), {
    craftVillage: result.village ? CraftVillageType.from(result.village) : null,
    userErrors: result.userErrors.map(CraftVillageUserErrorType.from),
  });
}

function assignPayload(result: AssignResult): CraftVillageProducerAssignPayload {
  return Object.assign(new CraftVillageProducerAssignPayload(), {
    producer: result.producer ? ProducerType.from(result.producer) : null,
    craftVillage: result.village ? CraftVillageType.from(result.village) : null,
    userErrors: result.userErrors.map(CraftVillageUserErrorType.from),
  });
}

const fields = (input: CraftVillageCreateInput | CraftVillageUpdateInput) => ({
  name: input.name, craft: input.craft, communeCode: input.communeCode ?? null, recognitionDecision: input.recognitionDecision ?? null, recognisedOn: input.recognisedOn ?? null,
});

@Resolver(() => CraftVillageType)
export class CraftVillageResolver {
  @Query(() => CraftVillageConnection, {
    description: 'Craft villages by name: of a current province and the historic units merged into it, or of the country (no provinceCode). Public.',
  })
  async craftVillages(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Two-digit code of a current province.' }) provinceCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<CraftVillageConnection> {
    const first = checkedPageSize(args.first);
    let unitIds: string[] | null = null;
    if (provinceCode != null) {
      unitIds = await ctx.services.provinces.idsCoveredByCurrentCode(provinceCode);
      if (!unitIds) throw badArgument('provinceCode', `no current province has code ${provinceCode}.`);
    }
    try {
      return toConnection(await ctx.services.craftVillages.list(unitIds, { first, after: decodeCursor(args.after) }), CraftVillageType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @FieldResolver(() => ProvinceType, { description: 'The province it is recorded under (a historic unit for villages recorded before 01/07/2025; see `current`).' })
  async province(@Root() village: CraftVillageType, @Ctx() ctx: Context): Promise<ProvinceType> {
    const province = await ctx.loaders.province.load(village.record.provinceId);
    if (!province) throw new Error(`craft village ${village.record.id} has no province ${village.record.provinceId}`);
    return ProvinceType.from(province);
  }

  @FieldResolver(() => CommuneType, { nullable: true, description: 'The commune it lies in, when recorded.' })
  async commune(@Root() village: CraftVillageType, @Ctx() ctx: Context): Promise<CommuneType | null> {
    if (!village.record.communeId) return null;
    const commune = await ctx.loaders.commune.load(village.record.communeId);
    return commune ? CommuneType.from(commune) : null;
  }

  @FieldResolver(() => Int, { description: 'Products of its approved producers with an OCOP certificate valid today (one statement for a page of villages).' })
  ocopProductCount(@Root() village: CraftVillageType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.craftVillageOcopProducts.load(village.record.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether it has an OCOP product today (ocopProductCount > 0): what SHARE_CRAFT_VILLAGES_WITH_OCOP counts.' })
  async hasOcopProduct(@Root() village: CraftVillageType, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.loaders.craftVillageOcopProducts.load(village.record.id)) > 0;
  }

  @FieldResolver(() => ProducerConnection, { description: 'The producers located in it (a producer is in at most one village), by id.' })
  async producers(@Root() village: CraftVillageType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ProducerConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const page = await ctx.loaders.craftVillageProducers({ first, after }).load(village.record.id);
    const producers = await ctx.loaders.producer.loadMany(page.items);
    const byId = new Map(producers.flatMap((p) => (p && !(p instanceof Error) ? [[p.id, p] as const] : [])));
    // Pending producers stay private (as on their own page): listed only to those who may see them.
    const visible = { ...page, items: page.items.filter((id) => byId.has(id) && ctx.services.producers.visibleTo(byId.get(id)!, ctx.viewer)) };
    return toConnection(visible, (id) => ProducerType.from(byId.get(id)!));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => CraftVillagePayload, { description: 'Records a craft village: admins, or the rating council of its province.' })
  async craftVillageCreate(@Arg('input', () => CraftVillageCreateInput) input: CraftVillageCreateInput, @Ctx() ctx: Context): Promise<CraftVillagePayload> {
    return payload(await ctx.services.craftVillageEditing.create(ctx.viewer, input.provinceCode, fields(input), ctx.today));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => CraftVillagePayload, { description: 'Changes a craft village’s name, craft, commune and recognition: admins, or the council of its province.' })
  async craftVillageUpdate(@Arg('input', () => CraftVillageUpdateInput) input: CraftVillageUpdateInput, @Ctx() ctx: Context): Promise<CraftVillagePayload> {
    return payload(await ctx.services.craftVillageEditing.update(ctx.viewer, localIdOf(input.craftVillageId, 'CraftVillage'), fields(input), ctx.today));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => CraftVillagePayload, { description: 'Deletes a craft village (its producers are then in no village): admins, or the council of its province.' })
  async craftVillageDelete(@Arg('craftVillageId', () => ID) craftVillageId: string, @Ctx() ctx: Context): Promise<CraftVillagePayload> {
    return payload(await ctx.services.craftVillageEditing.remove(ctx.viewer, localIdOf(craftVillageId, 'CraftVillage')));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => CraftVillageProducerAssignPayload, {
    description: 'Places a producer in a craft village of its province (moving it from its former one), or takes it out (craftVillageId null): admins, or the council of the province.',
  })
  async craftVillageProducerAssign(@Arg('input', () => CraftVillageProducerAssignInput) input: CraftVillageProducerAssignInput, @Ctx() ctx: Context): Promise<CraftVillageProducerAssignPayload> {
    const villageId = input.craftVillageId ? (localIdOf(input.craftVillageId, 'CraftVillage') ?? '') : null;
    return assignPayload(await ctx.services.craftVillageEditing.assign(ctx.viewer, localIdOf(input.producerId, 'Producer'), villageId));
  }
}

@Resolver(() => ProducerType)
export class ProducerCraftVillageResolver {
  @FieldResolver(() => CraftVillageType, { nullable: true, description: 'The craft village it is located in, if any.' })
  async craftVillage(@Root() producer: ProducerType, @Ctx() ctx: Context): Promise<CraftVillageType | null> {
    const villageId = await ctx.loaders.craftVillageOfProducer.load(producer.record.id);
    const village = villageId ? await ctx.loaders.craftVillage.load(villageId) : undefined;
    return village ? CraftVillageType.from(village) : null;
  }
}
