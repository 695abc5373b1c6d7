import { DateTimeISOResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection } from '../../graphql/relay.js';
import { AccountUserErrorType, ProducerMemberRoleType, ProducerRoleEnum } from './account.types.js';
import type { InvitationRecord, MemberRecord } from './producer-staff.service.js';
import type { ProducerRole } from './roles.js';

@ObjectType('ProducerMember', { description: "A member of a producer's team (owner or staff)." })
export class ProducerMemberType {
  @Field(() => ID, { description: 'The role assignment (for producerMemberRemove).' }) id!: string;
  @Field(() => String) email!: string;
  @Field(() => ProducerRoleEnum) role!: ProducerRole;
  @Field(() => DateTimeISOResolver, { description: 'When the membership began.' }) since!: Date;

  static from(record: MemberRecord): ProducerMemberType {
    return Object.assign(new ProducerMemberType(), { id: toGlobalId('RoleAssignment', record.id), email: record.email, role: record.role, since: new Date(record.since) });
  }
}

@ObjectType('ProducerMemberConnection')
export class ProducerMemberConnection extends Connection(ProducerMemberType, 'ProducerMember') {}

@ObjectType('ProducerInvitation', { description: 'An open invitation of a staff member by email (valid 7 days).' })
export class ProducerInvitationType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The invited email; only an account with this email can accept.' }) email!: string;
  @Field(() => DateTimeISOResolver) createdAt!: Date;
  @Field(() => DateTimeISOResolver) expiresAt!: Date;
  @Field(() => Boolean, { description: 'Past expiresAt: the link no longer works (invite again for a new one).' }) expired!: boolean;
  record!: InvitationRecord;

  static from(record: InvitationRecord, now: Date): ProducerInvitationType {
    return Object.assign(new ProducerInvitationType(), {
      id: toGlobalId('ProducerInvitation', record.id),
      email: record.email,
      // Raw SQL gives timestamps as text.
      createdAt: new Date(record.createdAt),
      expiresAt: new Date(record.expiresAt),
      expired: new Date(record.expiresAt).getTime() <= now.getTime(),
      record,
    });
  }
}

@ObjectType('ProducerInvitationConnection')
export class ProducerInvitationConnection extends Connection(ProducerInvitationType, 'ProducerInvitation') {}

@ObjectType('ProducerInvitationPreview', { description: 'What an invitation link shows before it is accepted.' })
export class ProducerInvitationPreviewType {
  @Field(() => String, { description: 'The invited email: sign in or sign up with it to accept.' }) email!: string;
  @Field(() => Boolean) expired!: boolean;
  producerId!: string;
}

@InputType('ProducerInviteStaffInput')
export class ProducerInviteStaffInput {
  @Field(() => ID) producerId!: string;
  @Field(() => String, { description: "The invitee's email; a link is mailed there." }) email!: string;
}

@ObjectType('ProducerInviteStaffPayload')
export class ProducerInviteStaffPayload {
  @Field(() => ProducerInvitationType, { nullable: true }) invitation!: ProducerInvitationType | null;
  @Field(() => [AccountUserErrorType], { description: 'INVALID_EMAIL, ALREADY_MEMBER, PRODUCER_NOT_FOUND.' }) userErrors!: AccountUserErrorType[];
}

@InputType('ProducerInvitationRevokeInput')
export class ProducerInvitationRevokeInput {
  @Field(() => ID) invitationId!: string;
}

@ObjectType('ProducerInvitationRevokePayload')
export class ProducerInvitationRevokePayload {
  @Field(() => ProducerInvitationType, { nullable: true, description: 'The invitation revoked.' }) invitation!: ProducerInvitationType | null;
  @Field(() => [AccountUserErrorType], { description: 'INVITATION_NOT_FOUND (unknown, accepted or already revoked).' }) userErrors!: AccountUserErrorType[];
}

@InputType('ProducerInvitationAcceptInput')
export class ProducerInvitationAcceptInput {
  @Field(() => String, { description: 'The token from the invitation mail.' }) token!: string;
}

@ObjectType('ProducerInvitationAcceptPayload')
export class ProducerInvitationAcceptPayload {
  @Field(() => ProducerMemberRoleType, { nullable: true, description: "The viewer's role in the producer (STAFF, or the role held already)." })
  role!: ProducerMemberRoleType | null;
  @Field(() => [AccountUserErrorType], { description: 'TOKEN_INVALID, TOKEN_EXPIRED, INVITATION_EMAIL_MISMATCH (signed in with another email).' })
  userErrors!: AccountUserErrorType[];
}

@InputType('ProducerMemberRemoveInput')
export class ProducerMemberRemoveInput {
  @Field(() => ID, { description: 'ProducerMember.id' }) memberId!: string;
}

@ObjectType('ProducerMemberRemovePayload')
export class ProducerMemberRemovePayload {
  @Field(() => ProducerMemberType, { nullable: true, description: 'The member removed.' }) member!: ProducerMemberType | null;
  @Field(() => [AccountUserErrorType], { description: 'ROLE_NOT_FOUND, LAST_OWNER.' }) userErrors!: AccountUserErrorType[];
}
