import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { ConnectionArgs, connectionFromArray } from '../../graphql/relay.js';
import { ProducerType } from '../producers/producer.types.js';
import { databaseId } from './account.resolver.js';
import { AccountUserErrorType, RoleType, type ProducerMemberRoleType } from './account.types.js';
import {
  ProducerInvitationAcceptInput,
  ProducerInvitationAcceptPayload,
  ProducerInvitationConnection,
  ProducerInvitationPreviewType,
  ProducerInvitationRevokeInput,
  ProducerInvitationRevokePayload,
  ProducerInvitationType,
  ProducerInviteStaffInput,
  ProducerInviteStaffPayload,
  ProducerMemberConnection,
  ProducerMemberRemoveInput,
  ProducerMemberRemovePayload,
  ProducerMemberType,
} from './producer-staff.types.js';

@Resolver()
export class ProducerStaffResolver {
  @Rule('PUBLIC')
  @Query(() => ProducerInvitationPreviewType, {
    nullable: true,
    description: 'The open invitation behind a mailed token (producer, invited email); null when unknown, used or revoked.',
  })
  async producerInvitation(@Arg('token', () => String) token: string, @Ctx() ctx: Context): Promise<ProducerInvitationPreviewType | null> {
    const found = await ctx.services.staff.preview(token);
    return found ? Object.assign(new ProducerInvitationPreviewType(), found) : null;
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProducerInviteStaffPayload, { description: "Mails a staff invitation (7 days, single use) to an email. The producer's owners and admins only." })
  async producerInviteStaff(@Arg('input', () => ProducerInviteStaffInput) input: ProducerInviteStaffInput, @Ctx() ctx: Context): Promise<ProducerInviteStaffPayload> {
    const result = await ctx.services.staff.invite(ctx.viewer, { producerId: databaseId('input.producerId', input.producerId, 'Producer')!, email: input.email });
    return Object.assign(new ProducerInviteStaffPayload(), {
      invitation: result.invitation ? ProducerInvitationType.from(result.invitation, ctx.now) : null,
      userErrors: result.userErrors.map(AccountUserErrorType.from),
    });
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProducerInvitationRevokePayload, { description: 'Revokes an open invitation: its link stops working. Owners and admins only.' })
  async producerInvitationRevoke(
    @Arg('input', () => ProducerInvitationRevokeInput) input: ProducerInvitationRevokeInput,
    @Ctx() ctx: Context,
  ): Promise<ProducerInvitationRevokePayload> {
    const result = await ctx.services.staff.revokeInvitation(ctx.viewer, databaseId('input.invitationId', input.invitationId, 'ProducerInvitation')!);
    return Object.assign(new ProducerInvitationRevokePayload(), {
      invitation: result.invitation ? ProducerInvitationType.from(result.invitation, ctx.now) : null,
      userErrors: result.userErrors.map(AccountUserErrorType.from),
    });
  }

  @Rule('SIGNED_IN')
  @Mutation(() => ProducerInvitationAcceptPayload, {
    description: 'Accepts a staff invitation with the mailed token; the signed-in account must have the invited email. Makes it STAFF of the producer.',
  })
  async producerInvitationAccept(
    @Arg('input', () => ProducerInvitationAcceptInput) input: ProducerInvitationAcceptInput,
    @Ctx() ctx: Context,
  ): Promise<ProducerInvitationAcceptPayload> {
    const result = await ctx.services.staff.accept(ctx.viewer, input.token);
    return Object.assign(new ProducerInvitationAcceptPayload(), {
      role: result.role ? (RoleType.from(result.role) as ProducerMemberRoleType) : null,
      userErrors: result.userErrors.map(AccountUserErrorType.from),
    });
  }

  @Rule('PRODUCER_MEMBER')
  @Mutation(() => ProducerMemberRemovePayload, { description: 'Removes a member from a producer. Owners and admins only; the last owner stays.' })
  async producerMemberRemove(@Arg('input', () => ProducerMemberRemoveInput) input: ProducerMemberRemoveInput, @Ctx() ctx: Context): Promise<ProducerMemberRemovePayload> {
    const result = await ctx.services.staff.removeMember(ctx.viewer, databaseId('input.memberId', input.memberId, 'RoleAssignment')!);
    return Object.assign(new ProducerMemberRemovePayload(), {
      member: result.member ? ProducerMemberType.from(result.member) : null,
      userErrors: result.userErrors.map(AccountUserErrorType.from),
    });
  }
}

@Resolver(() => ProducerType)
export class ProducerTeamResolver {
  @Rule('PRODUCER_MEMBER')
  @FieldResolver(() => ProducerMemberConnection, { description: "The producer's owners and staff (owners first). Its members and admins only." })
  async members(@Root() producer: ProducerType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ProducerMemberConnection> {
    ctx.services.staff.assertMayViewMembers(ctx.viewer, producer.record.id);
    const all = await ctx.loaders.producerMembers.load(producer.record.id);
    return connectionFromArray(all, args, (m) => m.id, ProducerMemberType.from);
  }

  @Rule('PRODUCER_MEMBER')
  @FieldResolver(() => ProducerInvitationConnection, { description: 'Open staff invitations, newest first (expired ones too). Owners and admins only.' })
  async staffInvitations(@Root() producer: ProducerType, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context): Promise<ProducerInvitationConnection> {
    ctx.services.staff.assertMayManage(ctx.viewer, producer.record.id);
    const all = await ctx.loaders.producerInvitations.load(producer.record.id);
    return connectionFromArray(all, args, (i) => i.id, (i) => ProducerInvitationType.from(i, ctx.now));
  }
}

@Resolver(() => ProducerInvitationPreviewType)
export class ProducerInvitationPreviewResolver {
  @FieldResolver(() => ProducerType)
  async producer(@Root() preview: ProducerInvitationPreviewType, @Ctx() ctx: Context): Promise<ProducerType> {
    const producer = await ctx.loaders.producer.load(preview.producerId);
    if (!producer) throw new Error(`invitation of a missing producer ${preview.producerId}`);
    return ProducerType.from(producer);
  }
}
