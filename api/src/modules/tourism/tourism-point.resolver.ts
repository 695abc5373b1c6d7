import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, connectionFromArray, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { assertOperatorMember } from '../accounts/viewer.js';
import { CommuneType } from '../places/commune.types.js';
import { ProvinceType } from '../places/province.types.js';
import type { TourismResult } from './tourism-errors.js';
import type { PointCertificateRecord } from './tourism-point-certificate.service.js';
import { TourismPointService, type TourismPointRecord } from './tourism-point.service.js';
import { TourismOperatorType } from './tourism-operator.types.js';
import { ExperienceConnection, ExperienceType } from './experience.types.js';
import { TourismUserErrorType } from './tourism-common.types.js';
import {
  TourismPointCertificateConnection, TourismPointCertificatePayload, TourismPointCertificateRecordInput, TourismPointCertificateType,
  TourismPointConnection, TourismPointCreateInput, TourismPointImageConnection, TourismPointImageType, TourismPointPayload, TourismPointType,
  TourismPointUpdateInput, TourismPointsFilterInput,
} from './tourism-point.types.js';

function pointPayload(result: TourismResult<TourismPointRecord>): TourismPointPayload {
  return Object.assign(new TourismPointPayload(), {
    point: result.result ? TourismPointType.from(result.result) : null,
    userErrors: result.userErrors.map(TourismUserErrorType.from),
  });
}

function certificatePayload(result: TourismResult<PointCertificateRecord>, today: string): TourismPointCertificatePayload {
  return Object.assign(new TourismPointCertificatePayload(), {
    certificate: result.result ? TourismPointCertificateType.from(result.result, today) : null,
    userErrors: result.userErrors.map(TourismUserErrorType.from),
  });
}

async function pageOrBadCursor<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
    throw e;
  }
}

@Resolver(() => TourismPointType)
export class TourismPointResolver {
  @Query(() => TourismPointType, { nullable: true, description: "A tourism point by slug: public ones for everyone, drafts for its operator's members and admins." })
  async tourismPoint(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<TourismPointType | null> {
    const point = await ctx.services.tourismPoints.bySlug(slug, ctx.viewer);
    return point ? TourismPointType.from(point) : null;
  }

  @Query(() => TourismPointConnection, { description: 'Public tourism points by name (e.g. a council recording point certificates for its province).' })
  async tourismPoints(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => TourismPointsFilterInput, { nullable: true }) filter: TourismPointsFilterInput | null,
    @Ctx() ctx: Context,
  ): Promise<TourismPointConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    let provinceIds: string[] | null = null;
    if (filter?.provinceCode) {
      provinceIds = await ctx.services.provinces.idsCoveredByCurrentCode(filter.provinceCode);
      if (!provinceIds) throw badArgument('filter', `no province has code "${filter.provinceCode}".`);
    }
    const page = await pageOrBadCursor(() => ctx.services.tourismPoints.list({ provinceIds, operatorId: null, allStatuses: false, first, after }));
    return toConnection(page, TourismPointType.from);
  }

  @FieldResolver(() => TourismOperatorType)
  async operator(@Root() point: TourismPointType, @Ctx() ctx: Context): Promise<TourismOperatorType> {
    const operator = await ctx.loaders.tourismOperator.load(point.record.operatorId);
    if (!operator) throw new Error(`point ${point.record.id} has no operator`);
    return TourismOperatorType.from(operator);
  }

  @FieldResolver(() => ProvinceType)
  async province(@Root() point: TourismPointType, @Ctx() ctx: Context): Promise<ProvinceType> {
    const province = await ctx.loaders.province.load(point.record.provinceId);
    if (!province) throw new Error(`point ${point.record.id} has no province`);
    return ProvinceType.from(province);
  }

  @FieldResolver(() => CommuneType, { nullable: true })
  async commune(@Root() point: TourismPointType, @Ctx() ctx: Context): Promise<CommuneType | null> {
    if (!point.record.communeId) return null;
    const commune = await ctx.loaders.commune.load(point.record.communeId);
    return commune ? CommuneType.from(commune) : null;
  }

  @FieldResolver(() => TourismPointImageConnection, { description: 'Photos in display order.' })
  async images(@Root() point: TourismPointType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<TourismPointImageConnection> {
    return connectionFromArray(await ctx.loaders.tourismPointImages.load(point.record.id), args, (i) => i.id, TourismPointImageType.from);
  }

  @FieldResolver(() => TourismPointCertificateType, { nullable: true, description: "The point's OCOP certificate valid today (the best one), if any." })
  async certificate(@Root() point: TourismPointType, @Ctx() ctx: Context): Promise<TourismPointCertificateType | null> {
    const found = await ctx.loaders.tourismPointValidCertificate.load(point.record.id);
    return found ? TourismPointCertificateType.from(found, ctx.today) : null;
  }

  @FieldResolver(() => TourismPointCertificateConnection, { description: 'Every OCOP certificate of the point, newest decision first (revoked and expired ones too).' })
  async certificates(@Root() point: TourismPointType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<TourismPointCertificateConnection> {
    return connectionFromArray(await ctx.loaders.tourismPointCertificates.load(point.record.id), args, (c) => c.id, (c) => TourismPointCertificateType.from(c, ctx.today));
  }

  @FieldResolver(() => ExperienceConnection, { description: "Experiences at the point, by name: published ones; every status for its operator's members and admins." })
  async experiences(@Root() point: TourismPointType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ExperienceConnection> {
    const loader = TourismPointService.canManage(ctx.viewer, point.record.operatorId) ? ctx.loaders.allExperiencesOfPoint : ctx.loaders.publicExperiencesOfPoint;
    return connectionFromArray(await loader.load(point.record.id), args, (e) => e.id, ExperienceType.from);
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => TourismPointPayload, { description: "Creates a DRAFT tourism point of an operator (its members, or an admin)." })
  async tourismPointCreate(@Arg('input', () => TourismPointCreateInput) input: TourismPointCreateInput, @Ctx() ctx: Context): Promise<TourismPointPayload> {
    const { operatorId, ...fields } = input;
    return pointPayload(await ctx.services.tourismPoints.create(ctx.viewer, localIdOf(operatorId, 'TourismOperator'), fields));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => TourismPointPayload, { description: "Changes a tourism point's fields (members of its operator, or an admin)." })
  async tourismPointUpdate(@Arg('input', () => TourismPointUpdateInput) input: TourismPointUpdateInput, @Ctx() ctx: Context): Promise<TourismPointPayload> {
    const { pointId, ...fields } = input;
    return pointPayload(await ctx.services.tourismPoints.update(ctx.viewer, localIdOf(pointId, 'TourismPoint'), fields));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => TourismPointPayload, { description: 'Publishes a tourism point (public once its operator is approved).' })
  async tourismPointPublish(@Arg('pointId', () => ID) pointId: string, @Ctx() ctx: Context): Promise<TourismPointPayload> {
    return pointPayload(await ctx.services.tourismPoints.setStatus(ctx.viewer, localIdOf(pointId, 'TourismPoint'), 'PUBLISHED'));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => TourismPointPayload, { description: 'Archives a tourism point: off the public pages with its experiences.' })
  async tourismPointArchive(@Arg('pointId', () => ID) pointId: string, @Ctx() ctx: Context): Promise<TourismPointPayload> {
    return pointPayload(await ctx.services.tourismPoints.setStatus(ctx.viewer, localIdOf(pointId, 'TourismPoint'), 'ARCHIVED'));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => TourismPointPayload, { description: 'Removes a photo of a tourism point (uploads: POST /uploads/tourism-point-images).' })
  async tourismPointImageRemove(@Arg('imageId', () => ID) imageId: string, @Ctx() ctx: Context): Promise<TourismPointPayload> {
    const removed = await ctx.services.tourismPointImages.remove(ctx.viewer, localIdOf(imageId, 'TourismPointImage'));
    return pointPayload(removed);
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => TourismPointCertificatePayload, {
    description: "Records a tourism point's OCOP recognition: the council of its province (3–4★), the ministry's (5★), or an admin. Audited.",
  })
  async tourismPointCertificateRecord(
    @Arg('input', () => TourismPointCertificateRecordInput) input: TourismPointCertificateRecordInput,
    @Ctx() ctx: Context,
  ): Promise<TourismPointCertificatePayload> {
    const result = await ctx.services.pointCertificates.record(ctx.viewer, { ...input, pointId: localIdOf(input.pointId, 'TourismPoint') });
    return certificatePayload(result, ctx.today);
  }

  @Rule('COUNCIL_MEMBER')
  @Mutation(() => TourismPointCertificatePayload, { description: "Revokes a tourism point's OCOP certificate (same councils as recording it). Audited." })
  async tourismPointCertificateRevoke(@Arg('certificateId', () => ID) certificateId: string, @Ctx() ctx: Context): Promise<TourismPointCertificatePayload> {
    return certificatePayload(await ctx.services.pointCertificates.revoke(ctx.viewer, localIdOf(certificateId, 'TourismPointCertificate')), ctx.today);
  }
}

/** The operator's own points and experiences, every status, for its members and admins (the workspace). */
@Resolver(() => TourismOperatorType)
export class TourismOperatorCatalogueResolver {
  @FieldResolver(() => TourismPointConnection, { description: "The operator's points by name: every status for its members and admins, published ones for others." })
  async points(@Root() operator: TourismOperatorType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<TourismPointConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const allStatuses = TourismPointService.canManage(ctx.viewer, operator.record.id);
    const page = await pageOrBadCursor(() => ctx.services.tourismPoints.list({ provinceIds: null, operatorId: operator.record.id, allStatuses, first, after }));
    return toConnection(page, TourismPointType.from);
  }

  @Rule('OPERATOR_MEMBER')
  @FieldResolver(() => ExperienceConnection, { description: "Every experience of the operator's points, every status, by name (its members and admins)." })
  async experiences(@Root() operator: TourismOperatorType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ExperienceConnection> {
    assertOperatorMember(ctx.viewer, operator.record.id);
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const page = await pageOrBadCursor(() => ctx.services.experiences.ofOperator({ operatorId: operator.record.id, first, after }));
    return toConnection(page, ExperienceType.from);
  }
}
