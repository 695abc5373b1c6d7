import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { cacheAtMost } from '../../graphql/response-cache.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, connectionFromArray, decodeCursor, MAX_PAGE_SIZE, toConnection } from '../../graphql/relay.js';
import { addDays, isIsoDate } from '../../lib/dates.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { ProductType } from '../catalog/product.types.js';
import { isBookable, vietnamInstant, type SlotRecord } from './experience-slot.service.js';
import { UnknownProvinceCodeError } from './experience-filter.js';
import type { ExperienceRecord } from './experience-records.js';
import type { TourismResult } from './tourism-errors.js';
import { TourismPointService } from './tourism-point.service.js';
import {
  ExperienceSlotCloseInput, ExperienceSlotConnection, ExperienceSlotPayload, ExperienceSlotType, ExperienceSlotUpdateInput,
  ExperienceSlotsCloseInput, ExperienceSlotsClosePayload, ExperienceSlotsGenerateInput, ExperienceSlotsGeneratePayload,
} from './experience-slot.types.js';
import {
  ExperienceConnection, ExperienceCreateInput, ExperienceFilterInput, ExperiencePayload, ExperiencePriceType, ExperienceProductConnection,
  ExperienceProductType, ExperienceType, ExperienceUpdateInput,
} from './experience.types.js';
import { TourismUserErrorType } from './tourism-common.types.js';
import { TourismPointType } from './tourism-point.types.js';

/** The longest range of days `Experience.slots` answers at once. */
export const MAX_SLOT_QUERY_DAYS = 62;

@ArgsType()
class SlotArgs {
  @Field(() => LocalDateResolver, { description: 'First Vietnam day.' }) from!: string;
  @Field(() => LocalDateResolver, { nullable: true, description: `Last Vietnam day, inclusive (default: from; at most ${MAX_SLOT_QUERY_DAYS} days).` }) to?: string | null;
  @Field(() => Int, { defaultValue: MAX_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` }) first: number = MAX_PAGE_SIZE;
  @Field(() => String, { nullable: true }) after?: string | null;
}

function experiencePayload(result: TourismResult<ExperienceRecord>): ExperiencePayload {
  return Object.assign(new ExperiencePayload(), {
    experience: result.result ? ExperienceType.from(result.result) : null,
    userErrors: result.userErrors.map(TourismUserErrorType.from),
  });
}

async function slotPayload(result: TourismResult<SlotRecord>, ctx: Context): Promise<ExperienceSlotPayload> {
  const experience = result.result ? await ctx.loaders.experience.load(result.result.experienceId) : undefined;
  return Object.assign(new ExperienceSlotPayload(), {
    slot: result.result && experience ? ExperienceSlotType.from(result.result, experience, isBookable(result.result, experience, ctx.now)) : null,
    userErrors: result.userErrors.map(TourismUserErrorType.from),
  });
}

@Resolver(() => ExperienceType)
export class ExperienceResolver {
  @Query(() => ExperienceType, { nullable: true, description: "An experience by slug: public ones for everyone, drafts for its operator's members and admins." })
  async experience(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<ExperienceType | null> {
    const found = await ctx.services.experiences.bySlug(slug, ctx.viewer);
    return found ? ExperienceType.from(found) : null;
  }

  @Query(() => ExperienceConnection, { description: 'Public experiences by name, filtered by province, stars, a day with room for a party, language and words.' })
  async experiences(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ExperienceFilterInput, { nullable: true }) filter: ExperienceFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<ExperienceConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const f = filter ?? {};
    if (f.partySize != null && (f.partySize < 1 || f.partySize > 500)) throw badArgument('filter', 'partySize must be between 1 and 500.');
    if (f.minStars != null && (f.minStars < 1 || f.minStars > 5)) throw badArgument('filter', 'minStars must be between 1 and 5.');
    try {
      const page = await ctx.services.experiences.list({ filter: f, first, after, now: ctx.now, today: ctx.today });
      return toConnection(page, ExperienceType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      if (e instanceof UnknownProvinceCodeError) throw badArgument('filter', `no province has code "${f.provinceCode}".`);
      throw e;
    }
  }

  @FieldResolver(() => TourismPointType)
  async point(@Root() experience: ExperienceType, @Ctx() ctx: Context): Promise<TourismPointType> {
    const point = await ctx.loaders.tourismPoint.load(experience.record.pointId);
    if (!point) throw new Error(`experience ${experience.record.id} has no point`);
    return TourismPointType.from(point);
  }

  @FieldResolver(() => [ExperiencePriceType], { description: 'Prices per unit type in OCTO order (a closed set: at most one per UnitType).' })
  async prices(@Root() experience: ExperienceType, @Ctx() ctx: Context): Promise<ExperiencePriceType[]> {
    return (await ctx.loaders.experiencePrices.load(experience.record.id)).map(ExperiencePriceType.from);
  }

  @FieldResolver(() => ExperienceProductConnection, { description: 'OCOP products tasted, made or sold there (published ones).' })
  async products(@Root() experience: ExperienceType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ExperienceProductConnection> {
    const links = await ctx.loaders.experienceProductLinks.load(experience.record.id);
    const products = await ctx.loaders.product.loadMany(links.map((l) => l.productId));
    const visible = links.flatMap((l, i) => {
      const product = products[i];
      return product && !(product instanceof Error) ? [{ ...l, product }] : [];
    });
    return connectionFromArray(visible, args, (l) => l.productId, (l) =>
      Object.assign(new ExperienceProductType(), { relation: l.relation, product: ProductType.from(l.product) }));
  }

  @FieldResolver(() => ExperienceSlotConnection, { description: 'Slots starting on the Vietnam days from..to, open and closed, by start.' })
  async slots(@Root() experience: ExperienceType, @Args(() => SlotArgs) args: SlotArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ExperienceSlotConnection> {
    // Whether a slot is still bookable depends on the clock (cut-off): cached answers live at most a minute.
    cacheAtMost(info, 60);
    const to = args.to ?? args.from;
    if (!isIsoDate(args.from) || !isIsoDate(to) || to < args.from || to > addDays(args.from, MAX_SLOT_QUERY_DAYS - 1)) {
      throw badArgument('to', `must be on or after from, at most ${MAX_SLOT_QUERY_DAYS} days in all.`);
    }
    const range = { from: vietnamInstant(args.from, '00:00'), to: vietnamInstant(addDays(to, 1), '00:00') };
    const slots = await ctx.loaders.slotsOfExperiences(range).load(experience.record.id);
    const open = experience.record.status === 'PUBLISHED';
    return connectionFromArray(slots, args, (s) => s.id, (s) => ExperienceSlotType.from(s, experience.record, open && isBookable(s, experience.record, ctx.now)));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperiencePayload, { description: 'Creates a DRAFT experience at a point, with prices and product links (members of its operator, or an admin).' })
  async experienceCreate(@Arg('input', () => ExperienceCreateInput) input: ExperienceCreateInput, @Ctx() ctx: Context): Promise<ExperiencePayload> {
    const { pointId, products, ...fields } = input;
    return experiencePayload(await ctx.services.experiences.create(ctx.viewer, localIdOf(pointId, 'TourismPoint'), {
      ...fields, products: products?.map((l) => ({ productId: localIdOf(l.productId, 'Product'), relation: l.relation })) ?? null,
    }));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperiencePayload, { description: "Changes an experience's fields; prices and product links are replaced when given." })
  async experienceUpdate(@Arg('input', () => ExperienceUpdateInput) input: ExperienceUpdateInput, @Ctx() ctx: Context): Promise<ExperiencePayload> {
    const { experienceId, products, ...fields } = input;
    return experiencePayload(await ctx.services.experiences.update(ctx.viewer, localIdOf(experienceId, 'Experience'), {
      ...fields, products: products?.map((l) => ({ productId: localIdOf(l.productId, 'Product'), relation: l.relation })) ?? null,
    }));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperiencePayload, { description: 'Publishes an experience (it needs a price); public while its point is.' })
  async experiencePublish(@Arg('experienceId', () => ID) experienceId: string, @Ctx() ctx: Context): Promise<ExperiencePayload> {
    return experiencePayload(await ctx.services.experiences.setStatus(ctx.viewer, localIdOf(experienceId, 'Experience'), 'PUBLISHED'));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperiencePayload, { description: 'Archives an experience: off the public pages; existing bookings stand.' })
  async experienceArchive(@Arg('experienceId', () => ID) experienceId: string, @Ctx() ctx: Context): Promise<ExperiencePayload> {
    return experiencePayload(await ctx.services.experiences.setStatus(ctx.viewer, localIdOf(experienceId, 'Experience'), 'ARCHIVED'));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperienceSlotsGeneratePayload, { description: 'Creates slots at the start times (Vietnam time) of the chosen weekdays in a date range; existing and past starts are skipped.' })
  async experienceSlotsGenerate(@Arg('input', () => ExperienceSlotsGenerateInput) input: ExperienceSlotsGenerateInput, @Ctx() ctx: Context): Promise<ExperienceSlotsGeneratePayload> {
    const result = await ctx.services.experienceSlots.generate(ctx.viewer, { ...input, experienceId: localIdOf(input.experienceId, 'Experience') });
    return Object.assign(new ExperienceSlotsGeneratePayload(), {
      experience: result.result ? ExperienceType.from(result.result.experience) : null,
      createdCount: result.result?.created ?? 0,
      userErrors: result.userErrors.map(TourismUserErrorType.from),
    });
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperienceSlotPayload, { description: 'Moves a slot or changes its capacity (never below the places held and booked: CAPACITY_BELOW_BOOKED).' })
  async experienceSlotUpdate(@Arg('input', () => ExperienceSlotUpdateInput) input: ExperienceSlotUpdateInput, @Ctx() ctx: Context): Promise<ExperienceSlotPayload> {
    return slotPayload(await ctx.services.experienceSlots.update(ctx.viewer, { ...input, slotId: localIdOf(input.slotId, 'ExperienceSlot') }), ctx);
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperienceSlotPayload, { description: 'Closes a slot: it takes no new booking (existing ones stand).' })
  async experienceSlotClose(@Arg('input', () => ExperienceSlotCloseInput) input: ExperienceSlotCloseInput, @Ctx() ctx: Context): Promise<ExperienceSlotPayload> {
    return slotPayload(await ctx.services.experienceSlots.close(ctx.viewer, localIdOf(input.slotId, 'ExperienceSlot'), input.reason ?? null), ctx);
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperienceSlotPayload, { description: 'Reopens a closed slot.' })
  async experienceSlotReopen(@Arg('slotId', () => ID) slotId: string, @Ctx() ctx: Context): Promise<ExperienceSlotPayload> {
    return slotPayload(await ctx.services.experienceSlots.reopen(ctx.viewer, localIdOf(slotId, 'ExperienceSlot')), ctx);
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => ExperienceSlotsClosePayload, { description: 'Closes every open slot of an experience on the Vietnam days fromDate..toDate (a closure).' })
  async experienceSlotsClose(@Arg('input', () => ExperienceSlotsCloseInput) input: ExperienceSlotsCloseInput, @Ctx() ctx: Context): Promise<ExperienceSlotsClosePayload> {
    const result = await ctx.services.experienceSlots.closeRange(ctx.viewer, { ...input, reason: input.reason ?? null, experienceId: localIdOf(input.experienceId, 'Experience') });
    return Object.assign(new ExperienceSlotsClosePayload(), {
      experience: result.result ? ExperienceType.from(result.result.experience) : null,
      closedCount: result.result?.closed ?? 0,
      userErrors: result.userErrors.map(TourismUserErrorType.from),
    });
  }
}

@Resolver(() => ExperienceSlotType)
export class ExperienceSlotResolver {
  @FieldResolver(() => Int, { nullable: true, description: "Places held by unpaid bookings (its operator's members and admins; null for others)." })
  held(@Root() slot: ExperienceSlotType, @Ctx() ctx: Context): number | null {
    return TourismPointService.canManage(ctx.viewer, slot.experience.operatorId) ? slot.record.held : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "Places booked (its operator's members and admins; null for others)." })
  booked(@Root() slot: ExperienceSlotType, @Ctx() ctx: Context): number | null {
    return TourismPointService.canManage(ctx.viewer, slot.experience.operatorId) ? slot.record.booked : null;
  }

  @FieldResolver(() => ExperienceType)
  experience(@Root() slot: ExperienceSlotType): ExperienceType {
    return ExperienceType.from(slot.experience);
  }
}

/** "Experience it at…": the public experiences an OCOP product is tasted, made or sold at. */
@Resolver(() => ProductType)
export class ProductExperiencesResolver {
  @FieldResolver(() => ExperienceConnection, { description: 'Public tourism experiences where this product is tasted, made or sold.' })
  async experiences(@Root() product: ProductType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ExperienceConnection> {
    return connectionFromArray(await ctx.loaders.experiencesOfProduct.load(product.record.id), args, (e) => e.id, ExperienceType.from);
  }
}
