import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf, toGlobalId } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { PRODUCT_GROUPS, type ProductGroup } from '../catalog/product-group.js';
import { ProvinceType } from '../places/province.types.js';
import type { PlanResult, TargetResult } from './programme-editing.service.js';
import {
  PeriodInput, PlanConnection, PlanCreateInput, PlanPayload, PlanType, PlanUpdateInput, ProgrammeUserErrorType, StatsType, TargetAddInput, TargetPayload,
  TargetProgressType, TargetType, TargetUpdateInput,
} from './programme.types.js';

import { ProductType } from '../catalog/product.types.js';
import { CertificateType } from '../certification/certification.types.js';
import { daysUntil, expiryWarning } from '../certification/expiry.js';
import { CertificateInForceConnection, CertificateInForceType } from '../producers/producer-workspace.types.js';

const MAX_PERIOD_YEARS = 30;

function payload(result: PlanResult): PlanPayload {
  return Object.assign(new PlanPayload(), {
    plan: result.plan ? PlanType.from(result.plan) : null,
    userErrors: result.userErrors.map(ProgrammeUserErrorType.from),
  });
}

function targetPayload(result: TargetResult, deleted = false): TargetPayload {
  const ok = result.userErrors.length === 0;
  return Object.assign(new TargetPayload(), {
    target: ok && !deleted && result.target ? TargetType.from(result.target) : null,
    deletedTargetId: ok && deleted && result.target ? toGlobalId('ProgrammeTarget', result.target.id) : null,
    plan: result.plan ? PlanType.from(result.plan) : null,
    userErrors: result.userErrors.map(ProgrammeUserErrorType.from),
  });
}

@Resolver(() => StatsType)
export class ProgrammeStatsResolver {
  @Query(() => StatsType, {
    description:
      'Live programme figures of a current province (historic units merged into it rolled up), of a historic unit as issued (asIssued), or of the country (no provinceCode). Public.',
  })
  async programmeStats(
    @Arg('provinceCode', () => String, { nullable: true, description: 'Two-digit code; omit for national figures.' }) provinceCode: string | null,
    @Arg('asIssued', () => Boolean, { defaultValue: false, description: 'Show the pre-2025 unit with this code as issued, without roll-up.' }) asIssued: boolean,
    @Arg('period', () => PeriodInput, { nullable: true, description: 'Years of recognitionsByYear; default the last five years.' }) period: PeriodInput | null,
    @Ctx() ctx: Context,
  ): Promise<StatsType> {
    const thisYear = Number(ctx.today.slice(0, 4));
    const years = { from: period?.fromYear ?? thisYear - 4, to: period?.toYear ?? thisYear };
    if (years.from > years.to || years.to - years.from >= MAX_PERIOD_YEARS || years.from < 2000 || years.to > 2100) {
      throw badArgument('period', `is fromYear ≤ toYear, between 2000 and 2100, at most ${MAX_PERIOD_YEARS} years.`);
    }
    const stats = ctx.services.programmeStats;
    const scope = await stats.scopeOf(provinceCode ?? null, asIssued);
    if (!scope) throw badArgument('provinceCode', `no province has code ${provinceCode}.`);
    const [{ total, byProvince }, progress, units] = await Promise.all([
      stats.figures(scope, years, ctx.today),
      ctx.services.programme.provinceProgress(ctx.today),
      stats.units(),
    ]);
    const province = scope.provinceId ? units.byId(scope.provinceId)! : null;
    const shown = province ? [units.currentOf(province.id)!] : units.current();
    return Object.assign(new StatsType(), {
      province: province ? ProvinceType.from(province) : null,
      asIssued: scope.asIssued,
      asOf: ctx.today,
      period: { fromYear: years.from, toYear: years.to },
      figures: {
        certifiedProducts: total.certifiedProducts,
        producers: total.producers,
        producersSellingOnline: total.producersSellingOnline,
        shareProducersSellingOnline: total.producers ? Math.round((total.producersSellingOnline / total.producers) * 1000) / 10 : 0,
        certificatesExpiringSoon: total.certificatesExpiringSoon,
        productsByStars: [3, 4, 5].map((stars) => ({ stars, count: total.byStars.find((s) => s.stars === stars)?.count ?? 0 })),
        productsByGroup: [...PRODUCT_GROUPS]
          .map((group: ProductGroup) => ({ group, count: total.byGroup.find((g) => g.group === group)?.count ?? 0 }))
          .sort((a, b) => b.count - a.count),
        recognitionsByYear: total.byYear,
      },
      provinces: shown.map((p) => ({
        province: ProvinceType.from(p),
        certifiedProducts: province ? total.certifiedProducts : (byProvince.find((f) => f.provinceId === p.id)?.certifiedProducts ?? 0),
        progressPercent: progress.get(p.id)?.percent ?? null,
        status: progress.get(p.id)?.status ?? null,
      })),
    });
  }
}

@Resolver(() => PlanType)
export class ProgrammePlanResolver {
  @Query(() => PlanType, { nullable: true, description: 'A programme plan by its global ID; null when unknown. Public.' })
  async plan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PlanType | null> {
    const localId = localIdOf(id, 'ProgrammePlan');
    if (!localId) return null;
    const plan = await ctx.loaders.programmePlan.load(localId);
    return plan ? PlanType.from(plan) : null;
  }

  @Query(() => PlanConnection, {
    description: 'Programme plans, latest period first: of a current province and the historic units merged into it, or every plan (no provinceCode). Public.',
  })
  async plans(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('provinceCode', () => String, { nullable: true }) provinceCode: string | null,
    @Arg('asIssued', () => Boolean, { defaultValue: false, description: 'Only the plans of the pre-2025 unit with this code, as issued (as programmeStats).' }) asIssued: boolean,
    @Ctx() ctx: Context,
  ): Promise<PlanConnection> {
    const first = checkedPageSize(args.first);
    let unitIds: string[] | null = null;
    if (provinceCode != null) {
      const scope = await ctx.services.programmeStats.scopeOf(provinceCode, asIssued);
      if (!scope) throw badArgument('provinceCode', `no province has code ${provinceCode}.`);
      unitIds = scope.unitIds;
    }
    try {
      return toConnection(await ctx.services.programme.list(unitIds, { first, after: decodeCursor(args.after) }), PlanType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @FieldResolver(() => ProvinceType, { nullable: true, description: 'The province as issued (may be historic; see current); null for a national plan.' })
  async province(@Root() plan: PlanType, @Ctx() ctx: Context): Promise<ProvinceType | null> {
    if (!plan.record.provinceId) return null;
    const province = await ctx.loaders.province.load(plan.record.provinceId);
    return province ? ProvinceType.from(province) : null;
  }

  @FieldResolver(() => [TargetType], { description: 'The plan’s targets in its order (a plan has at most 20).' })
  async targets(@Root() plan: PlanType, @Ctx() ctx: Context): Promise<TargetType[]> {
    return (await ctx.loaders.programmeTargets.load(plan.record.id)).map(TargetType.from);
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => PlanPayload, { description: 'Creates a programme plan: admins (any, national included) or the council of the plan’s province.' })
  async programmePlanCreate(@Arg('input', () => PlanCreateInput) input: PlanCreateInput, @Ctx() ctx: Context): Promise<PlanPayload> {
    const provinceId = input.provinceId ? (localIdOf(input.provinceId, 'Province') ?? '') : null;
    return payload(await ctx.services.programmeEditing.create(ctx.viewer, { ...input, provinceId }));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => PlanPayload, { description: 'Changes a programme plan (targets, when given, replace all): admins or the council of its province.' })
  async programmePlanUpdate(@Arg('input', () => PlanUpdateInput) input: PlanUpdateInput, @Ctx() ctx: Context): Promise<PlanPayload> {
    const { planId, ...changes } = input;
    return payload(await ctx.services.programmeEditing.update(ctx.viewer, localIdOf(planId, 'ProgrammePlan'), changes));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => PlanPayload, { description: 'Deletes a programme plan and its targets: admins or the council of its province.' })
  async programmePlanDelete(@Arg('planId', () => ID) planId: string, @Ctx() ctx: Context): Promise<PlanPayload> {
    return payload(await ctx.services.programmeEditing.remove(ctx.viewer, localIdOf(planId, 'ProgrammePlan')));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => TargetPayload, { description: 'Adds a target at the end of a plan (at most 20): admins or the council of its province.' })
  async programmeTargetAdd(@Arg('input', () => TargetAddInput) input: TargetAddInput, @Ctx() ctx: Context): Promise<TargetPayload> {
    const { planId, ...target } = input;
    return targetPayload(await ctx.services.programmeEditing.addTarget(ctx.viewer, localIdOf(planId, 'ProgrammePlan'), target));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => TargetPayload, { description: 'Changes a target of a plan, keeping its id and place: admins or the council of its province.' })
  async programmeTargetUpdate(@Arg('input', () => TargetUpdateInput) input: TargetUpdateInput, @Ctx() ctx: Context): Promise<TargetPayload> {
    const { targetId, ...target } = input;
    return targetPayload(await ctx.services.programmeEditing.updateTarget(ctx.viewer, localIdOf(targetId, 'ProgrammeTarget'), target));
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => TargetPayload, { description: 'Removes a target from its plan: admins or the council of its province.' })
  async programmeTargetDelete(@Arg('targetId', () => ID) targetId: string, @Ctx() ctx: Context): Promise<TargetPayload> {
    return targetPayload(await ctx.services.programmeEditing.removeTarget(ctx.viewer, localIdOf(targetId, 'ProgrammeTarget')), true);
  }
}

@Resolver()
export class ReevaluationQueueResolver {
  @Rule('COUNCIL_MEMBER')
  @Query(() => CertificateInForceConnection, {
    description:
      'Certificates in force expiring within 90 days, soonest first: of the viewer’s council province (historic units merged into it included); 5★ nationwide for the ministry’s council; all for admins.',
  })
  async reevaluationQueue(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<CertificateInForceConnection> {
    const first = checkedPageSize(args.first);
    let found;
    try {
      found = await ctx.services.reevaluationQueue.list(ctx.viewer, ctx.today, { first, after: decodeCursor(args.after) });
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
    const products = await Promise.all(found.items.map((c) => ctx.loaders.productAnyStatus.load(c.productId)));
    const byId = new Map(products.filter((p) => p !== undefined).map((p) => [p.id, p]));
    return toConnection(found, (c) =>
      Object.assign(new CertificateInForceType(), {
        product: ProductType.from(byId.get(c.productId)!),
        certificate: CertificateType.from(c, ctx.today),
        validUntil: c.validUntil,
        daysLeft: daysUntil(c.validUntil, ctx.today),
        warning: expiryWarning(c.validUntil, ctx.today),
      }),
    );
  }
}

@Resolver(() => TargetType)
export class ProgrammeTargetResolver {
  @FieldResolver(() => TargetProgressType, { description: 'Measured live at the API clock (one statement for every target a request shows).' })
  async progress(@Root() target: TargetType, @Ctx() ctx: Context): Promise<TargetProgressType> {
    return TargetProgressType.from(await ctx.loaders.targetProgress.load(target.record.id));
  }
}
