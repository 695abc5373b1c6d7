import { DateTimeISOResolver } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { cacheAtMost } from '../../graphql/response-cache.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { SalesPointManagerRoleType } from '../accounts/account.types.js';
import { assertProducerMember, isAdmin, managesSalesPoint } from '../accounts/viewer.js';
import { ProductType } from '../catalog/product.types.js';
import { CommuneType } from '../places/commune.types.js';
import { ProvinceType } from '../places/province.types.js';
import { ProducerType } from '../producers/producer.types.js';
import { isOpenAt, nextOpening } from './opening-hours.js';
import type { ListingResult } from './sales-point-listing.service.js';
import type { SalesPointResult } from './sales-point-registration.service.js';
import { SalesPointKindEnum, ListingStateEnum } from './sales-point.types.js';
import type { ListingState, SalesPointKind } from './sales-point-kind.js';
import { MAX_RADIUS_KM, UnknownProvinceCodeError, type Near, type SalesPointRecord } from './sales-point.service.js';
import {
  NearInput,
  SalesPointConnection,
  SalesPointListingConfirmInput,
  SalesPointListingConnection,
  SalesPointListingInput,
  SalesPointListingPayload,
  SalesPointListingRequestInput,
  SalesPointListingStockUpdateInput,
  SalesPointListingType,
  SalesPointPayload,
  SalesPointRegisterInput,
  SalesPointRegistrationFilter,
  SalesPointRejectInput,
  SalesPointType,
  SalesPointUpdateInput,
  SalesPointUserErrorType,
} from './sales-point.types.js';

/** `near` as the service takes it, or badArgument naming the part at fault. */
export function checkedNear(near: NearInput | null | undefined, argument = 'near'): Near | null {
  if (!near) return null;
  if (!Number.isFinite(near.lat) || Math.abs(near.lat) > 90) throw badArgument(`${argument}.lat`, `must be between -90 and 90, got ${near.lat}.`);
  if (!Number.isFinite(near.lng) || Math.abs(near.lng) > 180) throw badArgument(`${argument}.lng`, `must be between -180 and 180, got ${near.lng}.`);
  const radiusKm = near.radiusKm ?? 50;
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
    throw badArgument(`${argument}.radiusKm`, `must be greater than 0 and at most ${MAX_RADIUS_KM}, got ${radiusKm}.`);
  }
  return { lat: near.lat, lng: near.lng, radiusKm };
}

function checkedProvinceCode(code: string | null | undefined): string | null {
  if (code == null) return null;
  if (!/^\d{2}$/.test(code)) throw badArgument('provinceCode', 'must be a two-digit province code such as "01".');
  return code;
}

function pointId(globalId: string, argument = 'input.salesPointId'): string {
  const id = localIdOf(globalId, 'SalesPoint');
  if (!id) throw badArgument(argument, 'is not the ID of a sales point.');
  return id;
}

function productId(globalId: string, argument = 'input.productId'): string {
  const id = localIdOf(globalId, 'Product');
  if (!id) throw badArgument(argument, 'is not the ID of a product.');
  return id;
}

function pointPayload(result: SalesPointResult): SalesPointPayload {
  return Object.assign(new SalesPointPayload(), {
    salesPoint: result.salesPoint ? SalesPointType.from(result.salesPoint) : null,
    userErrors: result.userErrors.map(SalesPointUserErrorType.from),
  });
}

function listingPayload(result: ListingResult): SalesPointListingPayload {
  return Object.assign(new SalesPointListingPayload(), {
    listing: result.listing ? SalesPointListingType.from(result.listing) : null,
    userErrors: result.userErrors.map(SalesPointUserErrorType.from),
  });
}

/** Pending points are visible to their managers and admins only. */
export function mayView(ctx: Context, point: SalesPointRecord | null | undefined): point is SalesPointRecord {
  return !!point && (!!point.approvedAt || isAdmin(ctx.viewer) || managesSalesPoint(ctx.viewer, point.id));
}

@Resolver(() => SalesPointType)
export class SalesPointResolver {
  @Query(() => SalesPointConnection, {
    description: 'Approved sales points. With `near`: only those within its radius, nearest first, each with `distanceKm`; otherwise by name.',
  })
  async salesPoints(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('near', () => NearInput, { nullable: true }) near: NearInput | null,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Two-digit code of a current province (points registered under the units merged into it count).' })
    provinceCode: string | null,
    @Arg('productId', () => ID, { nullable: true, description: 'Only points with a confirmed listing of this product.' }) productGlobalId: string | null,
    @Arg('kind', () => SalesPointKindEnum, { nullable: true }) kind: SalesPointKind | null,
    @Arg('openNow', () => Boolean, { nullable: true, description: 'Only points open now, by their hours in their own time zone.' }) openNow: boolean | null,
    @Arg('query', () => String, { nullable: true, description: 'Part of the name (accents and case ignored).' }) query: string | null,
    @Ctx() ctx: Context,
  ): Promise<SalesPointConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const filter = {
      near: checkedNear(near),
      provinceCode: checkedProvinceCode(provinceCode),
      productId: productGlobalId == null ? null : productId(productGlobalId, 'productId'),
      kind,
      openAt: openNow ? ctx.now : null,
      nameContains: query,
    };
    try {
      return toConnection(await ctx.services.salesPoints.search(filter, { first, after }), SalesPointType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      if (e instanceof UnknownProvinceCodeError) throw badArgument('provinceCode', `${e.message}.`);
      throw e;
    }
  }

  @Query(() => SalesPointType, { nullable: true, description: 'A sales point by its URL key; pending ones only for their managers and admins.' })
  async salesPoint(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context): Promise<SalesPointType | null> {
    const point = await ctx.services.salesPoints.bySlug(slug);
    return mayView(ctx, point) ? SalesPointType.from(point) : null;
  }

  @Rule('ADMIN')
  @Query(() => SalesPointConnection, { description: 'Sales point registrations, newest first (admins only: the approval queue).' })
  async salesPointRegistrations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SalesPointRegistrationFilter, { nullable: true }) filter: SalesPointRegistrationFilter | null,
    @Ctx() ctx: Context,
  ): Promise<SalesPointConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    try {
      return toConnection(await ctx.services.salesPoints.list({ approval: filter?.approval ?? null, first, after }), SalesPointType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @FieldResolver(() => ProvinceType)
  async province(@Root() point: SalesPointType, @Ctx() ctx: Context): Promise<ProvinceType> {
    const province = await ctx.loaders.province.load(point.record.provinceId);
    if (!province) throw new Error(`sales point ${point.record.id} has no province ${point.record.provinceId}`);
    return ProvinceType.from(province);
  }

  @FieldResolver(() => CommuneType, { nullable: true })
  async commune(@Root() point: SalesPointType, @Ctx() ctx: Context): Promise<CommuneType | null> {
    if (!point.record.communeId) return null;
    const commune = await ctx.loaders.commune.load(point.record.communeId);
    return commune ? CommuneType.from(commune) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open at the time of the request, by its hours in its time zone (false when it gives no hours).' })
  openNow(@Root() point: SalesPointType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): boolean {
    // Depends on the clock: a cached page holding it is recomputed at least every minute.
    cacheAtMost(info, 60);
    return isOpenAt(point.record.openingHours, point.record.timeZone, ctx.now);
  }

  @FieldResolver(() => DateTimeISOResolver, { nullable: true, description: 'When it next opens (within a week); null when open now or without hours.' })
  opensAt(@Root() point: SalesPointType, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Date | null {
    cacheAtMost(info, 60);
    if (isOpenAt(point.record.openingHours, point.record.timeZone, ctx.now)) return null;
    return nextOpening(point.record.openingHours, point.record.timeZone, ctx.now);
  }

  @FieldResolver(() => SalesPointListingConnection, { description: 'Products the point carries (confirmed listings of public products), by product.' })
  async products(@Root() point: SalesPointType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<SalesPointListingConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const page = await ctx.loaders.listingsOfPoints({ first, after, states: ['CONFIRMED'], publicOnly: true }).load(point.record.id);
    return toConnection(page, SalesPointListingType.from);
  }

  @Rule('SALES_POINT_MANAGER')
  @FieldResolver(() => SalesPointListingConnection, { description: 'Every listing and request, by product (the point’s managers and admins only).' })
  async listings(
    @Root() point: SalesPointType,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('state', () => ListingStateEnum, { nullable: true }) state: ListingState | null,
    @Ctx() ctx: Context,
  ): Promise<SalesPointListingConnection> {
    ctx.services.salesPointListings.assertMayManage(ctx.viewer, point.record.id);
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    const states: ListingState[] = state ? [state] : ['REQUESTED', 'CONFIRMED', 'REJECTED'];
    const page = await ctx.loaders.listingsOfPoints({ first, after, states, publicOnly: false }).load(point.record.id);
    return toConnection(page, SalesPointListingType.from);
  }

  @Rule('SIGNED_IN')
  @Mutation(() => SalesPointPayload, { description: 'Registers a sales point, pending until an admin approves it; the caller becomes its manager.' })
  async salesPointRegister(@Arg('input', () => SalesPointRegisterInput) input: SalesPointRegisterInput, @Ctx() ctx: Context): Promise<SalesPointPayload> {
    return pointPayload(await ctx.services.salesPointRegistration.register(ctx.viewer, input));
  }

  @Rule('ADMIN')
  @Mutation(() => SalesPointPayload, { description: 'Approves a pending sales point (written to the audit log).' })
  async salesPointApprove(@Arg('salesPointId', () => ID) salesPointId: string, @Ctx() ctx: Context): Promise<SalesPointPayload> {
    return pointPayload(await ctx.services.salesPointRegistration.approve(ctx.viewer, localIdOf(salesPointId, 'SalesPoint')));
  }

  @Rule('ADMIN')
  @Mutation(() => SalesPointPayload, { description: 'Rejects a pending registration: the point is removed; the reason stays in the audit log.' })
  async salesPointReject(@Arg('input', () => SalesPointRejectInput) input: SalesPointRejectInput, @Ctx() ctx: Context): Promise<SalesPointPayload> {
    return pointPayload(await ctx.services.salesPointRegistration.reject(ctx.viewer, localIdOf(input.salesPointId, 'SalesPoint'), input.reason ?? null));
  }

  @Rule('SALES_POINT_MANAGER')
  @Mutation(() => SalesPointPayload, { description: "Changes a sales point's details (its managers, or an admin)." })
  async salesPointUpdate(@Arg('input', () => SalesPointUpdateInput) input: SalesPointUpdateInput, @Ctx() ctx: Context): Promise<SalesPointPayload> {
    const { salesPointId, ...profile } = input;
    return pointPayload(await ctx.services.salesPointRegistration.update(ctx.viewer, localIdOf(salesPointId, 'SalesPoint'), profile));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => SalesPointListingPayload, { description: 'Asks an approved point to carry a product (members of its producer, or an admin).' })
  async salesPointListingRequest(@Arg('input', () => SalesPointListingRequestInput) input: SalesPointListingRequestInput, @Ctx() ctx: Context): Promise<SalesPointListingPayload> {
    return listingPayload(await ctx.services.salesPointListings.request(ctx.viewer, keyOf(input), input.stockLevel ?? null));
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => SalesPointListingPayload, { description: 'Takes a product off a point: a request or a listing (members of its producer, or an admin).' })
  async salesPointListingWithdraw(@Arg('input', () => SalesPointListingInput) input: SalesPointListingInput, @Ctx() ctx: Context): Promise<SalesPointListingPayload> {
    return listingPayload(await ctx.services.salesPointListings.withdraw(ctx.viewer, keyOf(input)));
  }

  @Rule('SALES_POINT_MANAGER')
  @Mutation(() => SalesPointListingPayload, { description: 'Confirms a requested listing (the point’s managers, or an admin).' })
  async salesPointListingConfirm(@Arg('input', () => SalesPointListingConfirmInput) input: SalesPointListingConfirmInput, @Ctx() ctx: Context): Promise<SalesPointListingPayload> {
    return listingPayload(await ctx.services.salesPointListings.confirm(ctx.viewer, keyOf(input), input.stockLevel ?? null));
  }

  @Rule('SALES_POINT_MANAGER')
  @Mutation(() => SalesPointListingPayload, { description: 'Declines a requested listing (the point’s managers, or an admin).' })
  async salesPointListingReject(@Arg('input', () => SalesPointListingInput) input: SalesPointListingInput, @Ctx() ctx: Context): Promise<SalesPointListingPayload> {
    return listingPayload(await ctx.services.salesPointListings.reject(ctx.viewer, keyOf(input)));
  }

  @Rule('SALES_POINT_MANAGER')
  @Mutation(() => SalesPointListingPayload, { description: 'Sets the stock level of a confirmed listing (the point’s managers, or an admin).' })
  async salesPointListingStockUpdate(
    @Arg('input', () => SalesPointListingStockUpdateInput) input: SalesPointListingStockUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<SalesPointListingPayload> {
    return listingPayload(await ctx.services.salesPointListings.updateStock(ctx.viewer, keyOf(input), input.stockLevel ?? null));
  }
}

function keyOf(input: SalesPointListingInput) {
  return { salesPointId: pointId(input.salesPointId), productId: productId(input.productId) };
}

@Resolver(() => SalesPointListingType)
export class SalesPointListingResolver {
  @FieldResolver(() => SalesPointType)
  async salesPoint(@Root() listing: SalesPointListingType, @Ctx() ctx: Context): Promise<SalesPointType> {
    const point = await ctx.loaders.salesPoint.load(listing.record.pointId);
    if (!point) throw new Error(`listing of a missing sales point ${listing.record.pointId}`);
    return SalesPointType.from(point);
  }

  @FieldResolver(() => ProductType)
  async product(@Root() listing: SalesPointListingType, @Ctx() ctx: Context): Promise<ProductType> {
    const product = await ctx.loaders.productAnyStatus.load(listing.record.productId);
    if (!product) throw new Error(`listing of a missing product ${listing.record.productId}`);
    return ProductType.from(product);
  }
}

@Resolver(() => ProductType)
export class ProductSalesPointsResolver {
  @FieldResolver(() => SalesPointConnection, {
    description: 'Approved points that carry it (confirmed listings). With `near`: within its radius, nearest first, with `distanceKm`; otherwise physical points by name, then online channels.',
  })
  async salesPoints(
    @Root() product: ProductType,
    @Arg('first', () => Int, { defaultValue: 5, description: 'How many, 1 to 100.' }) first: number,
    @Arg('near', () => NearInput, { nullable: true }) near: NearInput | null,
    @Arg('provinceCode', () => String, { nullable: true, description: 'Two-digit code of a current province.' }) provinceCode: string | null,
    @Ctx() ctx: Context,
  ): Promise<SalesPointConnection> {
    const options = { first: checkedPageSize(first), near: checkedNear(near), provinceCode: checkedProvinceCode(provinceCode) };
    try {
      return toConnection(await ctx.loaders.salesPointsOfProducts(options).load(product.record.id), SalesPointType.from);
    } catch (e) {
      if (e instanceof UnknownProvinceCodeError) throw badArgument('provinceCode', `${e.message}.`);
      throw e;
    }
  }
}

@Resolver(() => ProducerType)
export class ProducerSalesPointListingsResolver {
  @Rule('PRODUCER_MEMBER')
  @FieldResolver(() => SalesPointListingConnection, { description: "Its products' listings and requests at sales points, latest change first (its members and admins only)." })
  async salesPointListings(@Root() producer: ProducerType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<SalesPointListingConnection> {
    assertProducerMember(ctx.viewer, producer.record.id);
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    try {
      return toConnection(await ctx.services.salesPoints.listingsOfProducer(producer.record.id, { first, after }), SalesPointListingType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }
}

/** The point of a SALES_POINT_MANAGER role on the viewer. */
@Resolver(() => SalesPointManagerRoleType)
export class SalesPointManagerRoleResolver {
  @FieldResolver(() => SalesPointType)
  async salesPoint(@Root() role: SalesPointManagerRoleType, @Ctx() ctx: Context): Promise<SalesPointType> {
    const point = await ctx.loaders.salesPoint.load(role.record.salesPointId!);
    if (!point) throw new Error(`role ${role.record.id} has no sales point ${role.record.salesPointId}`);
    return SalesPointType.from(point);
  }
}
