import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../graphql/auth.js';
import type { Context } from '../../graphql/context.js';
import { badArgument } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { ProvinceType } from '../places/province.types.js';
import { ProducerType } from '../producers/producer.types.js';
import type { AccountResult } from './account.service.js';
import {
  AccountLogInInput,
  AccountLogInPayload,
  AccountLogOutPayload,
  AccountRequestPasswordResetInput,
  AccountRequestPasswordResetPayload,
  AccountResetPasswordInput,
  AccountResetPasswordPayload,
  AccountVerifyEmailInput,
  AccountChangePasswordInput,
  AccountChangePasswordPayload,
  AccountResendVerificationPayload,
  AccountVerifyEmailPayload,
  AccountSignUpInput,
  AccountSignUpPayload,
  AccountUserErrorType,
  CouncilMemberRoleType,
  ProducerMemberRoleType,
  RoleAssignInput,
  RoleAssignPayload,
  RoleRevokeInput,
  RoleRevokePayload,
  RoleType,
  UserConnection,
  UserFilter,
  UserType,
  ViewerType,
} from './account.types.js';
import { ConnectionArgs, checkedPageSize, decodeCursor, toConnection } from '../../graphql/relay.js';
import { InvalidCursorError } from '../../lib/keyset.js';

/** Applies a signed-in result to the response: the session cookie, and the payload. */
function signedIn<T extends AccountSignUpPayload | AccountLogInPayload>(ctx: Context, result: AccountResult, payload: T): T {
  if (result.session) ctx.setCookie(ctx.cookies.issue(result.session.token, result.session.expiresAt, ctx.now));
  // The guest cart was merged into the user's at sign-in (AccountService): its cookie is spent.
  if (result.session && ctx.cartToken) ctx.setCookie(ctx.cartCookies.clear());
  payload.viewer = result.viewer ? ViewerType.from(result.viewer) : null;
  payload.userErrors = result.userErrors.map(AccountUserErrorType.from);
  return payload;
}

export function databaseId(argumentName: string, globalId: string | null | undefined, type: string): string | null {
  if (globalId == null) return null;
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) throw badArgument(argumentName, `is not a ${type} id.`);
  return decoded.id;
}

@Resolver()
export class AccountResolver {
  @Rule('PUBLIC')
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user; null when the request has no valid session.' })
  viewer(@Ctx() ctx: Context): ViewerType | null {
    return ctx.viewer ? ViewerType.from(ctx.viewer) : null;
  }

  @Rule('PUBLIC')
  @Mutation(() => AccountSignUpPayload, { description: 'Creates an account with email and password and signs it in (sets the session cookie).' })
  async accountSignUp(@Arg('input', () => AccountSignUpInput) input: AccountSignUpInput, @Ctx() ctx: Context): Promise<AccountSignUpPayload> {
    const result = await ctx.services.accounts.signUp(input, { cartToken: ctx.cartToken });
    if (result.session && ctx.sessionToken) await ctx.services.accounts.logOut(ctx.sessionToken);
    return signedIn(ctx, result, new AccountSignUpPayload());
  }

  @Rule('PUBLIC')
  @Mutation(() => AccountLogInPayload, { description: 'Signs in with email and password: a new session and cookie at every login.' })
  async accountLogIn(@Arg('input', () => AccountLogInInput) input: AccountLogInInput, @Ctx() ctx: Context): Promise<AccountLogInPayload> {
    const result = await ctx.services.accounts.logIn(input, { ip: ctx.clientIp, currentToken: ctx.sessionToken, cartToken: ctx.cartToken });
    return signedIn(ctx, result, new AccountLogInPayload());
  }

  @Rule('PUBLIC')
  @Mutation(() => AccountLogOutPayload, { description: 'Ends the session server-side and clears the cookie. Harmless when not signed in.' })
  async accountLogOut(@Ctx() ctx: Context): Promise<AccountLogOutPayload> {
    if (ctx.sessionToken) await ctx.services.accounts.logOut(ctx.sessionToken);
    ctx.setCookie(ctx.cookies.clear());
    return Object.assign(new AccountLogOutPayload(), { viewer: null, userErrors: [] });
  }

  @Rule('PUBLIC')
  @Mutation(() => AccountVerifyEmailPayload, { description: 'Verifies an email with the token mailed at sign-up (48 hours, single use). No session needed.' })
  async accountVerifyEmail(@Arg('input', () => AccountVerifyEmailInput) input: AccountVerifyEmailInput, @Ctx() ctx: Context): Promise<AccountVerifyEmailPayload> {
    const result = await ctx.services.accounts.verifyEmail(input.token);
    return Object.assign(new AccountVerifyEmailPayload(), { verified: result.userId !== null, userErrors: result.userErrors.map(AccountUserErrorType.from) });
  }

  @Rule('PUBLIC')
  @Mutation(() => AccountRequestPasswordResetPayload, {
    description: 'Mails a password reset link if the email has an account; answers the same either way. Throttled per email and per address.',
  })
  async accountRequestPasswordReset(
    @Arg('input', () => AccountRequestPasswordResetInput) input: AccountRequestPasswordResetInput,
    @Ctx() ctx: Context,
  ): Promise<AccountRequestPasswordResetPayload> {
    const result = await ctx.services.accounts.requestPasswordReset(input, { ip: ctx.clientIp });
    return Object.assign(new AccountRequestPasswordResetPayload(), { userErrors: result.userErrors.map(AccountUserErrorType.from) });
  }

  @Rule('PUBLIC')
  @Mutation(() => AccountResetPasswordPayload, {
    description: "Sets a new password with the token of a reset mail. Ends every session of the account; doesn't sign in.",
  })
  async accountResetPassword(@Arg('input', () => AccountResetPasswordInput) input: AccountResetPasswordInput, @Ctx() ctx: Context): Promise<AccountResetPasswordPayload> {
    const result = await ctx.services.accounts.resetPassword(input);
    // The browser's own session of that account is gone too: forget its cookie.
    if (result.userId && ctx.viewer?.userId === result.userId) ctx.setCookie(ctx.cookies.clear());
    return Object.assign(new AccountResetPasswordPayload(), { passwordChanged: result.userId !== null, userErrors: result.userErrors.map(AccountUserErrorType.from) });
  }

  @Rule('SIGNED_IN')
  @Mutation(() => AccountResendVerificationPayload, {
    description: "Mails the signed-in user a new email verification link (48 hours). At most 3 an hour.",
  })
  async accountResendVerification(@Ctx() ctx: Context): Promise<AccountResendVerificationPayload> {
    const result = await ctx.services.accounts.resendVerification(ctx.viewer!, { ip: ctx.clientIp });
    return Object.assign(new AccountResendVerificationPayload(), { sent: result.sent, userErrors: result.userErrors.map(AccountUserErrorType.from) });
  }

  @Rule('SIGNED_IN')
  @Mutation(() => AccountChangePasswordPayload, {
    description: 'Changes the signed-in user\'s password (the current one is checked). Ends every other session of the account; this one stays.',
  })
  async accountChangePassword(
    @Arg('input', () => AccountChangePasswordInput) input: AccountChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<AccountChangePasswordPayload> {
    const result = await ctx.services.accounts.changePassword(ctx.viewer!, input, { ip: ctx.clientIp, currentToken: ctx.sessionToken });
    return Object.assign(new AccountChangePasswordPayload(), { passwordChanged: result.passwordChanged, userErrors: result.userErrors.map(AccountUserErrorType.from) });
  }

  @Rule('ADMIN')
  @Query(() => UserConnection, { description: 'Accounts by email, A to Z, with their roles (admins only).' })
  async users(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Ctx() ctx: Context,
  ): Promise<UserConnection> {
    const first = checkedPageSize(args.first);
    const after = decodeCursor(args.after);
    try {
      return toConnection(await ctx.services.accounts.searchUsers({ emailContains: filter?.email ?? null, first, after }), UserType.from);
    } catch (e) {
      if (e instanceof InvalidCursorError) throw badArgument('after', 'is not a cursor returned by this API.');
      throw e;
    }
  }

  @Rule('ADMIN')
  @Mutation(() => RoleAssignPayload, { description: 'Gives a user a role (admin only).' })
  async roleAssign(@Arg('input', () => RoleAssignInput) input: RoleAssignInput, @Ctx() ctx: Context): Promise<RoleAssignPayload> {
    const result = await ctx.services.roles.assign(ctx.viewer, {
      email: input.email,
      kind: input.kind,
      producerId: databaseId('input.producerId', input.producerId, 'Producer'),
      producerRole: input.producerRole,
      provinceId: databaseId('input.provinceId', input.provinceId, 'Province'),
      councilLevel: input.councilLevel,
      operatorId: databaseId('input.operatorId', input.operatorId, 'TourismOperator'),
      operatorRole: input.operatorRole,
      salesPointId: databaseId('input.salesPointId', input.salesPointId, 'SalesPoint'),
    });
    return Object.assign(new RoleAssignPayload(), {
      role: result.role ? RoleType.from(result.role) : null,
      userErrors: result.userErrors.map(AccountUserErrorType.from),
    });
  }

  @Rule('ADMIN')
  @Mutation(() => RoleRevokePayload, { description: 'Takes a role away (admin only). The last admin stays.' })
  async roleRevoke(@Arg('input', () => RoleRevokeInput) input: RoleRevokeInput, @Ctx() ctx: Context): Promise<RoleRevokePayload> {
    const result = await ctx.services.roles.revoke(ctx.viewer, databaseId('input.roleId', input.roleId, 'RoleAssignment')!);
    return Object.assign(new RoleRevokePayload(), {
      role: result.role ? RoleType.from(result.role) : null,
      userErrors: result.userErrors.map(AccountUserErrorType.from),
    });
  }
}

@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => [RoleType], { description: 'Roles beyond shopper.' })
  async roles(@Root() user: UserType, @Ctx() ctx: Context): Promise<RoleType[]> {
    return (await ctx.loaders.rolesOfUser.load(user.record.id)).map(RoleType.from);
  }
}

@Resolver(() => ProducerMemberRoleType)
export class ProducerMemberRoleResolver {
  @FieldResolver(() => ProducerType)
  async producer(@Root() role: ProducerMemberRoleType, @Ctx() ctx: Context): Promise<ProducerType> {
    const producer = await ctx.loaders.producer.load(role.record.producerId!);
    if (!producer) throw new Error(`role ${role.record.id} has no producer ${role.record.producerId}`);
    return ProducerType.from(producer);
  }
}

@Resolver(() => CouncilMemberRoleType)
export class CouncilMemberRoleResolver {
  @FieldResolver(() => ProvinceType, { nullable: true, description: "The province whose council it is; null for the ministry's council." })
  async province(@Root() role: CouncilMemberRoleType, @Ctx() ctx: Context): Promise<ProvinceType | null> {
    if (!role.record.provinceId) return null;
    const province = await ctx.loaders.province.load(role.record.provinceId);
    return province ? ProvinceType.from(province) : null;
  }
}
