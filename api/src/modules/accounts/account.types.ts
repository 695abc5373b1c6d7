import { Field, ID, InputType, InterfaceType, ObjectType } from 'type-graphql';
import { enumFromValues } from '../../graphql/enums.js';
import { DateTimeISOResolver } from 'graphql-scalars';
import { toGlobalId } from '../../graphql/global-id.js';
import { Connection, Node } from '../../graphql/relay.js';
import type { UserRecord } from './account.service.js';
import { AccountErrorCode, type AccountUserError } from './account-errors.js';
import { COUNCIL_LEVELS, OPERATOR_ROLES, PRODUCER_ROLES, ROLE_KINDS, type CouncilLevel, type OperatorRole, type ProducerRole, type RoleKind } from './roles.js';
import type { RoleAssignmentRecord, Viewer } from './viewer.js';
import { registerEnumType } from 'type-graphql';

registerEnumType(AccountErrorCode, { name: 'AccountErrorCode', description: 'Why an account or role mutation did not happen.' });

export const RoleKindEnum = enumFromValues(ROLE_KINDS, 'RoleKind', {
  description: 'Roles beyond shopper (every signed-up user is a shopper).',
  valueDescriptions: {
    ADMIN: 'Programme administrator.',
    PRODUCER_MEMBER: 'Owner or staff of a producer (chủ thể OCOP).',
    COUNCIL_MEMBER: 'Member of an OCOP rating council (hội đồng đánh giá) of a province or the ministry.',
    OPERATOR_MEMBER: 'Owner or staff of a tourism operator (community-tourism point).',
    SALES_POINT_MANAGER: 'Manager of a sales point (điểm bán): confirms listings, updates stock levels.',
  },
});
export const OperatorRoleEnum = enumFromValues(OPERATOR_ROLES, 'TourismOperatorRole', { description: "A member's role in a tourism operator." });
export const ProducerRoleEnum = enumFromValues(PRODUCER_ROLES, 'ProducerRole', { description: "A member's role in a producer." });
export const CouncilLevelEnum = enumFromValues(COUNCIL_LEVELS, 'CouncilMembershipLevel', {
  description: 'Level of a rating council: a province recognises 3★–4★, the ministry 5★ (Decision 1489/QĐ-TTg).',
});

@ObjectType('AccountUserError', { description: 'An expected failure of an account or role mutation.' })
export class AccountUserErrorType {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "password"].' })
  field!: string[] | null;
  @Field(() => AccountErrorCode) code!: AccountErrorCode;
  @Field(() => String) message!: string;

  static from(error: AccountUserError): AccountUserErrorType {
    return Object.assign(new AccountUserErrorType(), error);
  }
}

@InterfaceType('Role', { description: 'A role a user holds, beyond shopper.' })
export abstract class RoleType {
  @Field(() => ID, { description: 'The role assignment (for roleRevoke).' }) id!: string;
  @Field(() => RoleKindEnum) kind!: RoleKind;
  record!: RoleAssignmentRecord;

  static from(record: RoleAssignmentRecord): RoleType {
    const base = { id: toGlobalId('RoleAssignment', record.id), kind: record.kind, record };
    switch (record.kind) {
      case 'ADMIN':
        return Object.assign(new AdminRoleType(), base);
      case 'PRODUCER_MEMBER':
        return Object.assign(new ProducerMemberRoleType(), base, { role: record.producerRole! });
      case 'COUNCIL_MEMBER':
        return Object.assign(new CouncilMemberRoleType(), base, { level: record.councilLevel! });
      case 'OPERATOR_MEMBER':
        return Object.assign(new OperatorMemberRoleType(), base, { role: record.operatorRole! });
      case 'SALES_POINT_MANAGER':
        return Object.assign(new SalesPointManagerRoleType(), base);
    }
  }
}

@ObjectType('AdminRole', { implements: RoleType, description: 'Programme administrator.' })
export class AdminRoleType extends RoleType {}

@ObjectType('ProducerMemberRole', { implements: RoleType, description: 'Owner or staff of a producer.' })
export class ProducerMemberRoleType extends RoleType {
  @Field(() => ProducerRoleEnum) role!: ProducerRole;
}

@ObjectType('CouncilMemberRole', { implements: RoleType, description: 'Member of a rating council.' })
export class CouncilMemberRoleType extends RoleType {
  @Field(() => CouncilLevelEnum) level!: CouncilLevel;
}

@ObjectType('OperatorMemberRole', { implements: RoleType, description: 'Owner or staff of a tourism operator.' })
export class OperatorMemberRoleType extends RoleType {
  @Field(() => OperatorRoleEnum) role!: OperatorRole;
}

/** Its `salesPoint` field is resolved in the salespoints module. */
@ObjectType('SalesPointManagerRole', { implements: RoleType, description: 'Manager of a sales point (điểm bán).' })
export class SalesPointManagerRoleType extends RoleType {}

@ObjectType('User', { implements: Node, description: 'An account, as admins see it.' })
export class UserType extends Node {
  @Field(() => String) email!: string;
  @Field(() => Boolean) emailVerified!: boolean;
  @Field(() => DateTimeISOResolver, { description: 'When the account was created.' }) createdAt!: Date;
  record!: UserRecord;

  static from(record: UserRecord): UserType {
    return Object.assign(new UserType(), {
      id: toGlobalId('User', record.id),
      email: record.email,
      emailVerified: record.emailVerifiedAt !== null,
      createdAt: new Date(record.createdAt),
      record,
    });
  }
}

@ObjectType('UserConnection')
export class UserConnection extends Connection(UserType, 'User') {}

@InputType('UserFilter')
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Part of the email address (case-insensitive).' }) email?: string | null;
}

@ObjectType('Viewer', { description: 'The signed-in user. Every user is a shopper; `roles` lists the others.' })
export class ViewerType {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => Boolean) emailVerified!: boolean;
  @Field(() => [RoleType]) roles!: RoleType[];

  static from(viewer: Viewer): ViewerType {
    return Object.assign(new ViewerType(), {
      id: toGlobalId('User', viewer.userId),
      email: viewer.email,
      emailVerified: viewer.emailVerifiedAt !== null,
      roles: viewer.roles.map(RoleType.from),
    });
  }
}

@InputType('AccountSignUpInput')
export class AccountSignUpInput {
  @Field(() => String) email!: string;
  @Field(() => String, { description: 'At least 10 characters, not a common password, not containing the email.' })
  password!: string;
}

@InputType('AccountLogInInput')
export class AccountLogInInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
}

@ObjectType('AccountSignUpPayload')
export class AccountSignUpPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The new account, signed in; null on userErrors.' }) viewer!: ViewerType | null;
  @Field(() => [AccountUserErrorType]) userErrors!: AccountUserErrorType[];
}

@ObjectType('AccountLogInPayload')
export class AccountLogInPayload {
  @Field(() => ViewerType, { nullable: true, description: 'Who is now signed in; null on userErrors.' }) viewer!: ViewerType | null;
  @Field(() => [AccountUserErrorType]) userErrors!: AccountUserErrorType[];
}

@ObjectType('AccountLogOutPayload')
export class AccountLogOutPayload {
  @Field(() => ViewerType, { nullable: true, description: 'Always null: nobody is signed in any more.' }) viewer!: ViewerType | null;
  @Field(() => [AccountUserErrorType]) userErrors!: AccountUserErrorType[];
}

@InputType('RoleAssignInput')
export class RoleAssignInput {
  @Field(() => String, { description: 'Email of the account that gets the role.' }) email!: string;
  @Field(() => RoleKindEnum) kind!: RoleKind;
  @Field(() => ID, { nullable: true, description: 'PRODUCER_MEMBER: the producer.' }) producerId?: string | null;
  @Field(() => ProducerRoleEnum, { nullable: true, description: 'PRODUCER_MEMBER: owner or staff.' }) producerRole?: ProducerRole | null;
  @Field(() => CouncilLevelEnum, { nullable: true, description: 'COUNCIL_MEMBER: province or ministry.' }) councilLevel?: CouncilLevel | null;
  @Field(() => ID, { nullable: true, description: 'COUNCIL_MEMBER at PROVINCE level: a current province.' }) provinceId?: string | null;
  @Field(() => ID, { nullable: true, description: 'OPERATOR_MEMBER: the tourism operator.' }) operatorId?: string | null;
  @Field(() => OperatorRoleEnum, { nullable: true, description: 'OPERATOR_MEMBER: owner or staff.' }) operatorRole?: OperatorRole | null;
  @Field(() => ID, { nullable: true, description: 'SALES_POINT_MANAGER: the sales point.' }) salesPointId?: string | null;
}

@InputType('RoleRevokeInput')
export class RoleRevokeInput {
  @Field(() => ID, { description: 'The role assignment (Role.id).' }) roleId!: string;
}

@ObjectType('RoleAssignPayload')
export class RoleAssignPayload {
  @Field(() => RoleType, { nullable: true }) role!: RoleType | null;
  @Field(() => [AccountUserErrorType]) userErrors!: AccountUserErrorType[];
}

@ObjectType('RoleRevokePayload')
export class RoleRevokePayload {
  @Field(() => RoleType, { nullable: true, description: 'The role removed.' }) role!: RoleType | null;
  @Field(() => [AccountUserErrorType]) userErrors!: AccountUserErrorType[];
}

@InputType('AccountVerifyEmailInput')
export class AccountVerifyEmailInput {
  @Field(() => String, { description: 'The token from the verification mail.' }) token!: string;
}

@ObjectType('AccountVerifyEmailPayload')
export class AccountVerifyEmailPayload {
  @Field(() => Boolean, { description: 'True when the email is now verified.' }) verified!: boolean;
  @Field(() => [AccountUserErrorType], { description: 'TOKEN_INVALID (unknown or already used) or TOKEN_EXPIRED (after 48 hours).' })
  userErrors!: AccountUserErrorType[];
}

@InputType('AccountRequestPasswordResetInput')
export class AccountRequestPasswordResetInput {
  @Field(() => String) email!: string;
}

@ObjectType('AccountRequestPasswordResetPayload')
export class AccountRequestPasswordResetPayload {
  @Field(() => [AccountUserErrorType], {
    description: 'Empty whether or not the email has an account (a mail goes out only if it has); RESET_THROTTLED when asked too often.',
  })
  userErrors!: AccountUserErrorType[];
}

@InputType('AccountResetPasswordInput')
export class AccountResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset mail (valid 1 hour, single use).' }) token!: string;
  @Field(() => String, { description: 'The new password, under the sign-up rules.' }) password!: string;
}

@ObjectType('AccountResetPasswordPayload')
export class AccountResetPasswordPayload {
  @Field(() => Boolean, { description: 'True when the password changed; every session of the account has ended (sign in again).' })
  passwordChanged!: boolean;
  @Field(() => [AccountUserErrorType], { description: 'TOKEN_INVALID, TOKEN_EXPIRED, or a password rule (PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, …).' })
  userErrors!: AccountUserErrorType[];
}

@ObjectType('AccountResendVerificationPayload')
export class AccountResendVerificationPayload {
  @Field(() => Boolean, { description: 'True when a new verification mail went out.' }) sent!: boolean;
  @Field(() => [AccountUserErrorType], { description: 'ALREADY_VERIFIED, or VERIFICATION_THROTTLED (3 mails an hour).' })
  userErrors!: AccountUserErrorType[];
}

@InputType('AccountChangePasswordInput')
export class AccountChangePasswordInput {
  @Field(() => String) currentPassword!: string;
  @Field(() => String, { description: 'The new password, under the sign-up rules.' }) newPassword!: string;
}

@ObjectType('AccountChangePasswordPayload')
export class AccountChangePasswordPayload {
  @Field(() => Boolean, { description: 'True when the password changed; every other session of the account has ended.' })
  passwordChanged!: boolean;
  @Field(() => [AccountUserErrorType], {
    description: 'WRONG_PASSWORD (current password), LOGIN_THROTTLED, or a password rule on newPassword (PASSWORD_TOO_SHORT, …).',
  })
  userErrors!: AccountUserErrorType[];
}
