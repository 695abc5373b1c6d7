import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { rows } from '../../lib/sql.js';
import { AccountErrorCode, userError, type AccountUserError } from './account-errors.js';
import type { LoginThrottle } from './login-throttle.js';
import type { MailSender } from '../mail/mail.js';
import type { AccountTokenPurpose } from './account-token.entity.js';
import { passwordResetMail, TOKEN_PATTERN, TOKEN_TTL_MS, verificationMail } from './account-tokens.js';
import { dummyPasswordHash, emailSchema, hashPassword, passwordProblem, verifyPassword } from './password.js';
import type { RoleAssignmentRecord, Viewer } from './viewer.js';

/** Sessions live 30 days after their last use. */
export const SESSION_TTL_MS = 30 * 24 * 3600_000;
/** Sliding the expiry writes a row: do it at most this often per session. */
export const SESSION_SLIDE_AFTER_MS = 3600_000;

export interface IssuedSession {
  /** The cookie value: 256 random bits, base64url. Never stored. */
  token: string;
  expiresAt: Date;
}

export type AccountResult = { viewer: Viewer; session: IssuedSession; userErrors: [] } | { viewer: null; session: null; userErrors: AccountUserError[] };

export interface UserRecord {
  id: string;
  email: string;
  emailVerifiedAt: Date | null;
  createdAt: Date;
}

export interface SessionLookup {
  viewer: Viewer;
  /** Set when this lookup slid the expiry: the cookie should be re-sent with the new lifetime. */
  slidTo: Date | null;
}

/** What the browser brings to a login besides credentials. */
export interface SignInClient {
  /** The guest cart cookie's token: its cart is merged into the user's. */
  cartToken?: string | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The columns of a RoleAssignmentRecord (the role service reads the same shape). */
export const ROLE_COLUMNS = `id, user_id as "userId", kind, producer_id as "producerId", producer_role as "producerRole",
  province_id as "provinceId", council_level as "councilLevel", operator_id as "operatorId", operator_role as "operatorRole",
  sales_point_id as "salesPointId"`;

export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly throttle: LoginThrottle,
    private readonly now: () => Date,
    private readonly outbound: {
      mail: MailSender;
      resetThrottle: LoginThrottle;
      resendThrottle: LoginThrottle;
      storefrontUrl: string;
      /** Runs after a successful login or sign-up (the cart module merges the guest cart here). */
      onSignedIn?: (userId: string, client: SignInClient) => Promise<void>;
    },
  ) {}

  /**
   * Creates an account and signs it in. The password is hashed before the insert whether or not the
   * email is taken, so both answers take the same argon2 time.
   */
  async signUp(input: { email: string; password: string }, client: SignInClient = {}): Promise<AccountResult> {
    const email = emailSchema.safeParse(input.email);
    if (!email.success) return failure(userError('email', AccountErrorCode.INVALID_EMAIL, 'Enter a valid email address.'));
    const problem = passwordProblem(input.password, email.data);
    if (problem) return failure(userError('password', problem.code, problem.message));
    const passwordHash = await hashPassword(input.password);
    const at = this.now();
    const [created] = await rows<{ id: string }>(
      this.em,
      `insert into user_account (id, email, password_hash, created_at) values (?, ?, ?, ?)
       on conflict (email) do nothing returning id`,
      [newId('user', at.getTime()), email.data, passwordHash, at],
    );
    if (!created) return failure(userError('email', AccountErrorCode.EMAIL_TAKEN, 'An account with this email already exists.'));
    const session = await this.createSession(created.id);
    await this.outbound.onSignedIn?.(created.id, client);
    await this.sendVerification(created.id, email.data);
    return { viewer: { userId: created.id, email: email.data, emailVerifiedAt: null, roles: [] }, session, userErrors: [] };
  }

  /**
   * Checks the password and opens a new session (a fresh token at every login, and the session the
   * browser had before, if any, is deleted: no session fixation). Unknown emails cost the same
   * argon2 work as known ones. Failures count per account and per client address.
   */
  async logIn(input: { email: string; password: string }, client: { ip: string | null; currentToken?: string | null } & SignInClient): Promise<AccountResult> {
    const invalid = () => failure(userError(null, AccountErrorCode.INVALID_CREDENTIALS, 'Email or password is wrong.'));
    const parsed = emailSchema.safeParse(input.email);
    const email = parsed.success ? parsed.data : input.email.trim();
    const now = this.now().getTime();
    if (await this.throttle.isThrottled(email, client.ip, now)) {
      return failure(userError(null, AccountErrorCode.LOGIN_THROTTLED, 'Too many failed attempts; try again in 15 minutes.'));
    }
    const [user] = parsed.success
      ? await rows<{ id: string; email: string; passwordHash: string; emailVerifiedAt: Date | null }>(
          this.em,
          `select id, email::text as email, password_hash as "passwordHash", email_verified_at as "emailVerifiedAt"
           from user_account where email = ?`,
          [email],
        )
      : [];
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, client.ip, now);
      return invalid();
    }
    await this.throttle.recordSuccess(email);
    if (client.currentToken) await this.logOut(client.currentToken);
    const session = await this.createSession(user.id);
    await this.outbound.onSignedIn?.(user.id, client);
    const roles = await this.rolesOf(user.id);
    return { viewer: { userId: user.id, email: user.email, emailVerifiedAt: user.emailVerifiedAt, roles }, session, userErrors: [] };
  }

  /** Deletes the session server-side: the token is worthless from now on, wherever a copy of it is. */
  async logOut(token: string): Promise<void> {
    await rows(this.em, `delete from session where token_hash = ?`, [hashToken(token)]);
  }

  /** Opens a session for a user (login, sign-up; tests and the admin CLI use it directly). */
  async createSession(userId: string): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await rows(
      this.em,
      `insert into session (token_hash, user_id, created_at, expires_at, last_seen_at) values (?, ?, ?, ?, ?)`,
      [hashToken(token), userId, now, expiresAt, now],
    );
    return { token, expiresAt };
  }

  /**
   * The viewer behind a session token, with every role, in one statement; null when the token is
   * unknown or expired. Slides the expiry (one more statement) at most once an hour, unless `slide: false`
   * (a read-only peek, e.g. to size the body limit before the request proper).
   */
  async sessionFromToken(token: string, options: { slide?: boolean } = {}): Promise<SessionLookup | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const tokenHash = hashToken(token);
    const now = this.now();
    const [found] = await rows<{
      userId: string; email: string; emailVerifiedAt: Date | null; lastSeenAt: Date; roles: RoleAssignmentRecord[];
    }>(
      this.em,
      `select u.id as "userId", u.email::text as email, u.email_verified_at as "emailVerifiedAt", s.last_seen_at as "lastSeenAt",
         coalesce((select json_agg(r order by r.id) from (select ${ROLE_COLUMNS} from role_assignment where user_id = u.id) r), '[]') as roles
       from session s join user_account u on u.id = s.user_id
       where s.token_hash = ? and s.expires_at > ?`,
      [tokenHash, now],
    );
    if (!found) return null;
    let slidTo: Date | null = null;
    if (options.slide !== false && now.getTime() - new Date(found.lastSeenAt).getTime() >= SESSION_SLIDE_AFTER_MS) {
      slidTo = new Date(now.getTime() + SESSION_TTL_MS);
      await rows(this.em, `update session set last_seen_at = ?, expires_at = ? where token_hash = ?`, [now, slidTo, tokenHash]);
    }
    return {
      viewer: { userId: found.userId, email: found.email, emailVerifiedAt: found.emailVerifiedAt, roles: found.roles },
      slidTo,
    };
  }

  async rolesOf(userId: string): Promise<RoleAssignmentRecord[]> {
    return rows<RoleAssignmentRecord>(this.em, `select ${ROLE_COLUMNS} from role_assignment where user_id = ? order by id`, [userId]);
  }

  /** Each user's roles (DataLoader batch): one statement for a page of users. */
  async rolesOfUsers(userIds: readonly string[]): Promise<RoleAssignmentRecord[][]> {
    const found = await rows<RoleAssignmentRecord>(this.em, `select ${ROLE_COLUMNS} from role_assignment where user_id = any(?) order by id`, [userIds]);
    return userIds.map((id) => found.filter((r) => r.userId === id));
  }

  /** Users by email (A→Z), those whose email contains `emailContains` when given; keyset on (email, id). One statement. */
  searchUsers(options: { emailContains: string | null; first: number; after: string | null }): Promise<KeysetPage<UserRecord>> {
    const needle = options.emailContains?.trim() || null;
    const like = needle ? `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return keysetPage<UserRecord>(this.em, {
      select: `select id, email::text as email, email_verified_at as "emailVerifiedAt", created_at as "createdAt" from user_account
               where (?::text is null or email ilike ?)`,
      params: [like, like],
      keys: [{ column: 'email', type: 'text' }, { column: 'id', type: 'text' }],
      descending: false,
      first: options.first,
      after: options.after,
    });
  }

  async userIdByEmail(email: string): Promise<string | null> {
    const [found] = await rows<{ id: string }>(this.em, `select id from user_account where email = ?`, [email.trim()]);
    return found?.id ?? null;
  }

  /** Stores a new single-use token (only its hash) and returns it; the caller mails it. */
  async issueToken(userId: string, purpose: AccountTokenPurpose): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    await rows(this.em, `insert into account_token (token_hash, user_id, purpose, created_at, expires_at) values (?, ?, ?, ?, ?)`, [
      hashToken(token), userId, purpose, now, new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
    ]);
    return token;
  }

  /** Mails a verification link (sign-up; a resend mutation can call it too). */
  async sendVerification(userId: string, email: string): Promise<void> {
    const token = await this.issueToken(userId, 'VERIFY_EMAIL');
    await this.outbound.mail.send({ to: email, ...verificationMail(this.outbound.storefrontUrl, token) });
  }

  /**
   * Mails a new verification link to the signed-in viewer (the first one expired or got lost).
   * ALREADY_VERIFIED when there is nothing to verify; throttled per account and per address.
   */
  async resendVerification(viewer: Viewer, client: { ip: string | null }): Promise<{ sent: boolean; userErrors: AccountUserError[] }> {
    const [user] = await rows<{ email: string; verifiedAt: Date | null }>(
      this.em,
      `select email::text as email, email_verified_at as "verifiedAt" from user_account where id = ?`,
      [viewer.userId],
    );
    if (!user) return { sent: false, userErrors: [userError(null, AccountErrorCode.USER_NOT_FOUND, 'This account no longer exists.')] };
    if (user.verifiedAt) return { sent: false, userErrors: [userError(null, AccountErrorCode.ALREADY_VERIFIED, 'This email is already verified.')] };
    const now = this.now().getTime();
    if (await this.outbound.resendThrottle.isThrottled(user.email, client.ip, now)) {
      return { sent: false, userErrors: [userError(null, AccountErrorCode.VERIFICATION_THROTTLED, 'Too many verification mails; try again in an hour.')] };
    }
    await this.outbound.resendThrottle.recordFailure(user.email, client.ip, now);
    await this.sendVerification(viewer.userId, user.email);
    return { sent: true, userErrors: [] };
  }

  /**
   * Changes the signed-in viewer's password: the current one must be right (wrong tries count like
   * failed logins, so a stolen session cannot guess it), the new one follows the sign-up rules. Every
   * other session of the account ends and unused reset links are spent; this session stays.
   */
  async changePassword(
    viewer: Viewer,
    input: { currentPassword: string; newPassword: string },
    client: { ip: string | null; currentToken: string | null },
  ): Promise<{ passwordChanged: boolean; userErrors: AccountUserError[] }> {
    const fail = (error: AccountUserError) => ({ passwordChanged: false, userErrors: [error] });
    const now = this.now();
    if (await this.throttle.isThrottled(viewer.email, client.ip, now.getTime())) {
      return fail(userError(null, AccountErrorCode.LOGIN_THROTTLED, 'Too many failed attempts; try again in 15 minutes.'));
    }
    const [user] = await rows<{ email: string; passwordHash: string }>(
      this.em,
      `select email::text as email, password_hash as "passwordHash" from user_account where id = ?`,
      [viewer.userId],
    );
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.throttle.recordFailure(viewer.email, client.ip, now.getTime());
      return fail(userError('currentPassword', AccountErrorCode.WRONG_PASSWORD, 'The current password is wrong.'));
    }
    const problem = passwordProblem(input.newPassword, user.email);
    if (problem) return fail(userError('newPassword', problem.code, problem.message));
    const passwordHash = await hashPassword(input.newPassword);
    const keep = client.currentToken ? hashToken(client.currentToken) : '';
    await this.em.transactional(async (tx) => {
      await rows(tx, `update user_account set password_hash = ? where id = ?`, [passwordHash, viewer.userId]);
      await rows(tx, `update account_token set used_at = ? where user_id = ? and purpose = 'RESET_PASSWORD' and used_at is null`, [now, viewer.userId]);
      await rows(tx, `delete from session where user_id = ? and token_hash <> ?`, [viewer.userId, keep]);
    });
    return { passwordChanged: true, userErrors: [] };
  }

  /**
   * Finds an unused token of this purpose and locks it (inside the caller's transaction). Used and
   * unknown tokens are TOKEN_INVALID; a known unused one past its expiry is TOKEN_EXPIRED.
   */
  private async redeemable(em: EntityManager, token: string, purpose: AccountTokenPurpose): Promise<{ userId: string; email: string } | AccountUserError> {
    const invalid = userError('token', AccountErrorCode.TOKEN_INVALID, 'This link is not valid (already used, or mistyped). Ask for a new one.');
    if (!TOKEN_PATTERN.test(token)) return invalid;
    const [found] = await rows<{ userId: string; email: string; expiresAt: Date; usedAt: Date | null }>(
      em,
      `select t.user_id as "userId", u.email::text as email, t.expires_at as "expiresAt", t.used_at as "usedAt"
       from account_token t join user_account u on u.id = t.user_id
       where t.token_hash = ? and t.purpose = ? for update of t`,
      [hashToken(token), purpose],
    );
    if (!found || found.usedAt) return invalid;
    if (new Date(found.expiresAt).getTime() <= this.now().getTime()) {
      return userError('token', AccountErrorCode.TOKEN_EXPIRED, 'This link has expired. Ask for a new one.');
    }
    return { userId: found.userId, email: found.email };
  }

  /** Marks the email verified and the token used (single use). */
  async verifyEmail(token: string): Promise<{ userId: string | null; userErrors: AccountUserError[] }> {
    return this.em.transactional(async (tx) => {
      const found = await this.redeemable(tx, token, 'VERIFY_EMAIL');
      if ('code' in found) return { userId: null, userErrors: [found] };
      const now = this.now();
      await rows(tx, `update account_token set used_at = ? where token_hash = ?`, [now, hashToken(token)]);
      await rows(tx, `update user_account set email_verified_at = coalesce(email_verified_at, ?) where id = ?`, [now, found.userId]);
      return { userId: found.userId, userErrors: [] };
    });
  }

  /**
   * Mails a reset link when the email has an account. The answer is the same either way (nothing
   * says whether the account exists); requests are throttled per email and per client address.
   */
  async requestPasswordReset(input: { email: string }, client: { ip: string | null }): Promise<{ userErrors: AccountUserError[] }> {
    const parsed = emailSchema.safeParse(input.email);
    if (!parsed.success) return { userErrors: [userError('email', AccountErrorCode.INVALID_EMAIL, 'Enter a valid email address.')] };
    const now = this.now().getTime();
    if (await this.outbound.resetThrottle.isThrottled(parsed.data, client.ip, now)) {
      return { userErrors: [userError(null, AccountErrorCode.RESET_THROTTLED, 'Too many reset requests; try again in an hour.')] };
    }
    await this.outbound.resetThrottle.recordFailure(parsed.data, client.ip, now);
    const [user] = await rows<{ id: string; email: string }>(this.em, `select id, email::text as email from user_account where email = ?`, [parsed.data]);
    if (user) {
      const token = await this.issueToken(user.id, 'RESET_PASSWORD');
      await this.outbound.mail.send({ to: user.email, ...passwordResetMail(this.outbound.storefrontUrl, token) });
    }
    return { userErrors: [] };
  }

  /**
   * Sets a new password (sign-up rules) with a reset token: the token and every other reset token of
   * the user are spent, every session of the user ends, and the email counts as verified (the link
   * reached it).
   */
  async resetPassword(input: { token: string; password: string }): Promise<{ userId: string | null; userErrors: AccountUserError[] }> {
    return this.em.transactional(async (tx) => {
      const found = await this.redeemable(tx, input.token, 'RESET_PASSWORD');
      if ('code' in found) return { userId: null, userErrors: [found] };
      const problem = passwordProblem(input.password, found.email);
      if (problem) return { userId: null, userErrors: [userError('password', problem.code, problem.message)] };
      const passwordHash = await hashPassword(input.password);
      const now = this.now();
      await rows(tx, `update user_account set password_hash = ?, email_verified_at = coalesce(email_verified_at, ?) where id = ?`, [passwordHash, now, found.userId]);
      await rows(tx, `update account_token set used_at = ? where user_id = ? and purpose = 'RESET_PASSWORD' and used_at is null`, [now, found.userId]);
      await rows(tx, `delete from session where user_id = ?`, [found.userId]);
      return { userId: found.userId, userErrors: [] };
    });
  }

  /** Emails of users by id (the audit log shows who acted). One statement. */
  async emailsByIds(ids: readonly string[]): Promise<(string | undefined)[]> {
    const found = await rows<{ id: string; email: string }>(this.em, `select id, email::text as email from user_account where id = any(?)`, [ids]);
    const byId = new Map(found.map((u) => [u.id, u.email]));
    return ids.map((id) => byId.get(id));
  }

  /** Removes expired sessions (a job can call it; lookups ignore them anyway). */
  async deleteExpiredSessions(): Promise<number> {
    const deleted = await rows(this.em, `delete from session where expires_at <= ? returning 1`, [this.now()]);
    return deleted.length;
  }
}

function failure(error: AccountUserError): AccountResult {
  return { viewer: null, session: null, userErrors: [error] };
}
