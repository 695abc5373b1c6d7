import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../lib/ids.js';
import { rows } from '../../lib/sql.js';
import type { MailSender } from '../mail/mail.js';
import type { ProducerService } from '../producers/producer.service.js';
import { AccountErrorCode, userError, type AccountUserError } from './account-errors.js';
import { hashToken } from './account.service.js';
import { TOKEN_PATTERN } from './account-tokens.js';
import { emailSchema } from './password.js';
import type { ProducerRole } from './roles.js';
import { assertProducerMember, signedIn, type RoleAssignmentRecord, type Viewer } from './viewer.js';

/** An invitation is valid 7 days after it is sent. */
export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export interface InvitationRecord {
  id: string;
  producerId: string;
  email: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface MemberRecord {
  /** The role assignment's id. */
  id: string;
  producerId: string;
  userId: string;
  email: string;
  role: ProducerRole;
  since: Date;
}

const INVITATION_COLUMNS = `id, producer_id as "producerId", email::text as email, created_at as "createdAt", expires_at as "expiresAt"`;
const ROLE_COLUMNS = `id, user_id as "userId", kind, producer_id as "producerId", producer_role as "producerRole",
  province_id as "provinceId", council_level as "councilLevel"`;

export function invitationMail(storefrontUrl: string, token: string, producerName: string) {
  const link = `${storefrontUrl}/loi-moi?token=${token}`;
  return {
    subject: `Lời mời tham gia ${producerName} / Invitation to join ${producerName} — OCOP Market`,
    text: `Chào bạn,\n\nBạn được mời làm nhân viên của ${producerName} trên OCOP Market. Mở liên kết sau để nhận lời mời (hiệu lực 7 ngày, dùng một lần; đăng nhập hoặc đăng ký bằng đúng địa chỉ email này):\nYou are invited to join ${producerName} on OCOP Market as staff. Open this link to accept (valid 7 days, single use; sign in or sign up with this email address):\n\n${link}\n\nNếu bạn không mong đợi lời mời này, hãy bỏ qua thư. If you did not expect this, ignore this mail.\n`,
  };
}

/**
 * A producer's team: its members (owners and staff, role assignments of kind PRODUCER_MEMBER) and the
 * staff invitations its owners send. Owners (and admins) invite, revoke and remove; any member sees
 * the members; the invitee accepts with the mailed token, signed in with the invited email.
 */
export class ProducerStaffService {
  constructor(
    private readonly em: EntityManager,
    private readonly producers: ProducerService,
    private readonly now: () => Date,
    private readonly outbound: { mail: MailSender; storefrontUrl: string },
  ) {}

  /** Members of a producer may see its members; admins too. */
  assertMayViewMembers(viewer: Viewer | null, producerId: string): void {
    assertProducerMember(viewer, producerId);
  }

  /** Only owners (and admins) see and manage invitations. */
  assertMayManage(viewer: Viewer | null, producerId: string): Viewer {
    return assertProducerMember(viewer, producerId, { ownerOnly: true });
  }

  async invite(viewer: Viewer | null, input: { producerId: string; email: string }): Promise<{ invitation: InvitationRecord | null; userErrors: AccountUserError[] }> {
    const inviter = this.assertMayManage(viewer, input.producerId);
    const fail = (error: AccountUserError) => ({ invitation: null, userErrors: [error] });
    const [producer] = await this.producers.byIds([input.producerId]);
    if (!producer) return fail(userError('producerId', AccountErrorCode.PRODUCER_NOT_FOUND, 'There is no such producer.'));
    const email = emailSchema.safeParse(input.email);
    if (!email.success) return fail(userError('email', AccountErrorCode.INVALID_EMAIL, 'Enter a valid email address.'));
    const [member] = await rows(
      this.em,
      `select 1 from role_assignment r join user_account u on u.id = r.user_id
       where r.kind = 'PRODUCER_MEMBER' and r.producer_id = ? and u.email = ?`,
      [producer.id, email.data],
    );
    if (member) return fail(userError('email', AccountErrorCode.ALREADY_MEMBER, 'This person is already a member of the producer.'));
    const token = randomBytes(32).toString('base64url');
    const at = this.now();
    const invitation = await this.em.transactional(async (tx) => {
      // Inviting again replaces the open invitation (a new link; the old one stops working).
      await rows(tx, `update producer_invitation set revoked_at = ? where producer_id = ? and email = ? and accepted_at is null and revoked_at is null`, [
        at, producer.id, email.data,
      ]);
      const [created] = await rows<InvitationRecord>(
        tx,
        `insert into producer_invitation (id, producer_id, email, token_hash, invited_by_id, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)
         returning ${INVITATION_COLUMNS}`,
        [newId('producerInvitation', at.getTime()), producer.id, email.data, hashToken(token), inviter.userId, at, new Date(at.getTime() + INVITATION_TTL_MS)],
      );
      return created!;
    });
    await this.outbound.mail.send({ to: email.data, ...invitationMail(this.outbound.storefrontUrl, token, producer.name) });
    return { invitation, userErrors: [] };
  }

  async revokeInvitation(viewer: Viewer | null, invitationId: string): Promise<{ invitation: InvitationRecord | null; userErrors: AccountUserError[] }> {
    signedIn(viewer);
    const notFound = { invitation: null, userErrors: [userError('invitationId', AccountErrorCode.INVITATION_NOT_FOUND, 'There is no such open invitation.')] };
    const [found] = await rows<InvitationRecord & { open: boolean }>(
      this.em,
      `select ${INVITATION_COLUMNS}, (accepted_at is null and revoked_at is null) as open from producer_invitation where id = ?`,
      [invitationId],
    );
    if (!found) return notFound;
    this.assertMayManage(viewer, found.producerId);
    if (!found.open) return notFound;
    const [revoked] = await rows<InvitationRecord>(
      this.em,
      `update producer_invitation set revoked_at = ? where id = ? and accepted_at is null and revoked_at is null returning ${INVITATION_COLUMNS}`,
      [this.now(), invitationId],
    );
    return revoked ? { invitation: revoked, userErrors: [] } : notFound;
  }

  /** Removes a member (owner or staff). The last owner stays: a producer always has one. */
  async removeMember(viewer: Viewer | null, roleId: string): Promise<{ member: MemberRecord | null; userErrors: AccountUserError[] }> {
    signedIn(viewer);
    const notFound = { member: null, userErrors: [userError('memberId', AccountErrorCode.ROLE_NOT_FOUND, 'There is no such member.')] };
    const [role] = await rows<RoleAssignmentRecord>(this.em, `select ${ROLE_COLUMNS} from role_assignment where id = ? and kind = 'PRODUCER_MEMBER'`, [roleId]);
    if (!role) return notFound;
    this.assertMayManage(viewer, role.producerId!);
    return this.em.transactional(async (tx) => {
      // Lock the producer's owners first, so two owners removing each other cannot both succeed.
      const owners = await rows<{ id: string }>(
        tx,
        `select id from role_assignment where kind = 'PRODUCER_MEMBER' and producer_id = ? and producer_role = 'OWNER' order by id for update`,
        [role.producerId],
      );
      if (role.producerRole === 'OWNER' && owners.length <= 1) {
        return { member: null, userErrors: [userError('memberId', AccountErrorCode.LAST_OWNER, 'The last owner of a producer cannot be removed.')] };
      }
      const [removed] = await rows<MemberRecord>(
        tx,
        `delete from role_assignment r using user_account u where r.id = ? and u.id = r.user_id
         returning r.id, r.producer_id as "producerId", r.user_id as "userId", u.email::text as email, r.producer_role as role, r.created_at as since`,
        [roleId],
      );
      return removed ? { member: removed, userErrors: [] } : notFound;
    });
  }

  /**
   * Accepts an invitation as the signed-in viewer, whose email must be the invited one (the mail
   * went there; someone else holding the link cannot join). Makes the viewer STAFF of the producer
   * (an existing membership stays as it is), spends the invitation, and marks the email verified:
   * the mailed link reached it.
   */
  async accept(viewer: Viewer | null, token: string): Promise<{ role: RoleAssignmentRecord | null; userErrors: AccountUserError[] }> {
    const v = signedIn(viewer);
    const fail = (error: AccountUserError) => ({ role: null, userErrors: [error] });
    const invalid = userError('token', AccountErrorCode.TOKEN_INVALID, 'This invitation link is not valid (already used, revoked, or mistyped).');
    if (!TOKEN_PATTERN.test(token)) return fail(invalid);
    return this.em.transactional(async (tx) => {
      const [found] = await rows<{ id: string; producerId: string; email: string; expiresAt: Date; open: boolean }>(
        tx,
        `select id, producer_id as "producerId", email::text as email, expires_at as "expiresAt", (accepted_at is null and revoked_at is null) as open
         from producer_invitation where token_hash = ? for update`,
        [hashToken(token)],
      );
      if (!found || !found.open) return fail(invalid);
      const now = this.now();
      if (new Date(found.expiresAt).getTime() <= now.getTime()) {
        return fail(userError('token', AccountErrorCode.TOKEN_EXPIRED, 'This invitation has expired. Ask the owner for a new one.'));
      }
      if (found.email.toLowerCase() !== v.email.toLowerCase()) {
        return fail(userError('token', AccountErrorCode.INVITATION_EMAIL_MISMATCH, 'This invitation is for another email address. Sign in with that one.'));
      }
      await rows(
        tx,
        `insert into role_assignment (id, user_id, kind, producer_id, producer_role, created_at) values (?, ?, 'PRODUCER_MEMBER', ?, 'STAFF', ?)
         on conflict do nothing`,
        [newId('roleAssignment', now.getTime()), v.userId, found.producerId, now],
      );
      const [role] = await rows<RoleAssignmentRecord>(
        tx,
        `select ${ROLE_COLUMNS} from role_assignment where user_id = ? and kind = 'PRODUCER_MEMBER' and producer_id = ?`,
        [v.userId, found.producerId],
      );
      await rows(tx, `update producer_invitation set accepted_at = ?, accepted_by_id = ? where id = ?`, [now, v.userId, found.id]);
      await rows(tx, `update user_account set email_verified_at = coalesce(email_verified_at, ?) where id = ?`, [now, v.userId]);
      return { role: role!, userErrors: [] };
    });
  }

  /** What the invitation page shows before the invitee signs in: the producer and the invited email. */
  async preview(token: string): Promise<{ producerId: string; email: string; expired: boolean } | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const [found] = await rows<{ producerId: string; email: string; expiresAt: Date }>(
      this.em,
      `select producer_id as "producerId", email::text as email, expires_at as "expiresAt" from producer_invitation
       where token_hash = ? and accepted_at is null and revoked_at is null`,
      [hashToken(token)],
    );
    if (!found) return null;
    return { producerId: found.producerId, email: found.email, expired: new Date(found.expiresAt).getTime() <= this.now().getTime() };
  }

  /** Members of each producer (owners first, then by when they joined). One statement. */
  async membersOf(producerIds: readonly string[]): Promise<MemberRecord[][]> {
    const found = await rows<MemberRecord>(
      this.em,
      `select r.id, r.producer_id as "producerId", r.user_id as "userId", u.email::text as email, r.producer_role as role, r.created_at as since
       from role_assignment r join user_account u on u.id = r.user_id
       where r.kind = 'PRODUCER_MEMBER' and r.producer_id = any(?)
       order by r.producer_role = 'STAFF', r.created_at, r.id`,
      [producerIds],
    );
    return producerIds.map((id) => found.filter((m) => m.producerId === id));
  }

  /** Open invitations of each producer (expired ones included, to be re-sent or revoked), newest first. One statement. */
  async openInvitationsOf(producerIds: readonly string[]): Promise<InvitationRecord[][]> {
    const found = await rows<InvitationRecord>(
      this.em,
      `select ${INVITATION_COLUMNS} from producer_invitation
       where producer_id = any(?) and accepted_at is null and revoked_at is null order by created_at desc, id desc`,
      [producerIds],
    );
    return producerIds.map((id) => found.filter((i) => i.producerId === id));
  }
}
