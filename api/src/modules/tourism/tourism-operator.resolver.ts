import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/global-id.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';
import { OperatorMemberRoleType } from '../accounts/account.types.js';
import { CommuneType } from '../places/commune.types.js';
import { ProvinceType } from '../places/province.types.js';
import type { OperatorResult } from './operator-registration.service.js';
import {
  OperatorRegisterInput,
  OperatorUpdateInput,
  OperatorUserErrorType,
  TourismOperatorConnection,
  TourismOperatorFilter,
  TourismOperatorPayload,
  TourismOperatorType,
} from './tourism-operator.types.js';

function payload(result: OperatorResult): TourismOperatorPayload {
  return Object.assign(new TourismOperatorPayload(), {
    operator: result.operator ? TourismOperatorType.from(result.operator) : null,
    userErrors: result.userErrors.map(OperatorUserErrorType.from),
  });
}

@Resolver(() => TourismOperatorType)
export class TourismOperatorResolver {
  @Rule('ADMIN')
  @Query(() => TourismOperatorConnection, { description: 'Tourism operators, newest registrations first (admins only: the approval queue).' })
  async tourismOperators(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => TourismOperatorFilter, { nullable: true }) filter: TourismOperatorFilter | null,
    @Ctx() ctx: Context,
  ): Promise<TourismOperatorConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    try {
      const page = await ctx.services.tourismOperators.list({ approval: filter?.approval ?? null, first, after });
      return toConnection(page, TourismOperatorType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @FieldResolver(() => ProvinceType)
  async province(@Root() operator: TourismOperatorType, @Ctx() ctx: Context): Promise<ProvinceType> {
    const province = await ctx.loaders.province.load(operator.record.provinceId);
    if (!province) throw new Error(`tourism operator ${operator.record.id} has no province ${operator.record.provinceId}`);
    return ProvinceType.from(province);
  }

  @FieldResolver(() => CommuneType, { nullable: true })
  async commune(@Root() operator: TourismOperatorType, @Ctx() ctx: Context): Promise<CommuneType | null> {
    if (!operator.record.communeId) return null;
    const commune = await ctx.loaders.commune.load(operator.record.communeId);
    return commune ? CommuneType.from(commune) : null;
  }

  @Rule('SIGNED_IN')
  @Mutation(() => TourismOperatorPayload, {
    description: 'Registers a tourism operator, pending until an admin approves it; the caller becomes its OWNER.',
  })
  async operatorRegister(@Arg('input', () => OperatorRegisterInput) input: OperatorRegisterInput, @Ctx() ctx: Context): Promise<TourismOperatorPayload> {
    return payload(await ctx.services.operatorRegistration.register(ctx.viewer, input));
  }

  @Rule('ADMIN')
  @Mutation(() => TourismOperatorPayload, { description: 'Approves a pending tourism operator (written to the audit log).' })
  async operatorApprove(@Arg('operatorId', () => ID) operatorId: string, @Ctx() ctx: Context): Promise<TourismOperatorPayload> {
    return payload(await ctx.services.operatorRegistration.approve(ctx.viewer, localIdOf(operatorId, 'TourismOperator')));
  }

  @Rule('OPERATOR_MEMBER')
  @Mutation(() => TourismOperatorPayload, { description: "Changes a tourism operator's profile (its members, or an admin)." })
  async operatorUpdate(@Arg('input', () => OperatorUpdateInput) input: OperatorUpdateInput, @Ctx() ctx: Context): Promise<TourismOperatorPayload> {
    const { operatorId, ...profile } = input;
    return payload(await ctx.services.operatorRegistration.update(ctx.viewer, localIdOf(operatorId, 'TourismOperator'), profile));
  }
}

/** The operator of an OPERATOR_MEMBER role on the viewer (kept in this module, like producers'). */
@Resolver(() => OperatorMemberRoleType)
export class OperatorMemberRoleResolver {
  @FieldResolver(() => TourismOperatorType)
  async operator(@Root() role: OperatorMemberRoleType, @Ctx() ctx: Context): Promise<TourismOperatorType> {
    const operator = await ctx.loaders.tourismOperator.load(role.record.operatorId!);
    if (!operator) throw new Error(`role ${role.record.id} has no tourism operator ${role.record.operatorId}`);
    return TourismOperatorType.from(operator);
  }
}
