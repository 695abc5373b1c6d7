import { toGlobalId } from '../../graphql/global-id.js';
import type { Orm } from '../../db/orm.js';
import { viewerOf, pick, type ModuleMatrix, type Targets } from '../../test/matrix.js';
import { ROLES, TEST_PASSWORD, type RoleName } from '../../test/roles.js';
import { DevMailbox } from '../mail/mail.js';
import { createServices } from '../services.js';

/**
 * The accounts module's rows of the authorisation matrix (accounts.matrix.test.ts): roles, sign-up,
 * sessions, tokens and passwords, and the staff of producers. Its rows come last: the password
 * change ends sessions, and the verification resend must run before the invitation accept, which
 * verifies the emails it reaches.
 */
type SignedIn = Exclude<RoleName, 'anonymous'>;
let orm: Orm;
let revokeTarget = '';
/** Per role, a verification token and a reset token of an account of its own (each is single use). */
const verifyTokenOf: Partial<Record<RoleName, string>> = {};
const resetTokenOf: Partial<Record<RoleName, string>> = {};
/** Staff invitations: per role an invitation of its own email into producer C (accept); of A (revoke); a staff member of A (remove). */
const acceptTokenOf: Partial<Record<SignedIn, string>> = {};
const invitationTo: Targets = {};
const staffMemberTo: Targets = {};
let producerC = '';

export const ROLE_ASSIGN = `mutation ($input: RoleAssignInput!) { roleAssign(input: $input) { role { id kind } userErrors { code } } }`;
export const ROLE_REVOKE = `mutation ($input: RoleRevokeInput!) { roleRevoke(input: $input) { role { id } userErrors { code } } }`;

export const ACCOUNTS_MATRIX: ModuleMatrix = {
  catalogue(builder) {
    producerC = builder.producer('HTX Đoàn Kết', { id: 'prv_01' }).id;
  },

  async setUp(o, world) {
    orm = o;
    const services = createServices(orm.em.fork());
    const target = await services.accounts.signUp({ email: 'target@matrix.test', password: TEST_PASSWORD });
    for (const role of ROLES) {
      const owner = await services.accounts.signUp({ email: `tokens-${role}@matrix.test`, password: TEST_PASSWORD });
      verifyTokenOf[role] = await services.accounts.issueToken(owner.viewer!.userId, 'VERIFY_EMAIL');
      resetTokenOf[role] = await services.accounts.issueToken(owner.viewer!.userId, 'RESET_PASSWORD');
    }
    // Invitations are sent by the admin through the service; their tokens are read from the mailbox.
    const admin = viewerOf(world, 'admin');
    const mailbox = new DevMailbox(orm.em);
    for (const role of ROLES.filter((r) => r !== 'anonymous') as SignedIn[]) {
      await services.staff.invite(admin, { producerId: producerC, email: world.users[role].email });
      acceptTokenOf[role] = (await mailbox.list({ to: world.users[role].email }))[0]!.text.match(/token=([A-Za-z0-9_-]{43})/)![1];
    }
    for (const who of ['producerA', 'admin', 'refused'] as const) {
      invitationTo[who] = (await services.staff.invite(admin, { producerId: world.producers.a.id, email: `revoke-${who}@matrix.test` })).invitation!.id;
      const staff = await services.accounts.signUp({ email: `staff-${who}@matrix.test`, password: TEST_PASSWORD });
      staffMemberTo[who] = (await services.roles.grantUnchecked(staff.viewer!.userId, { kind: 'PRODUCER_MEMBER', producerId: world.producers.a.id, producerRole: 'STAFF' })).id;
    }
    revokeTarget = (await services.roles.grantUnchecked(target.viewer!.userId, { kind: 'PRODUCER_MEMBER', producerId: world.producers.a.id, producerRole: 'STAFF' })).id;
  },

  rows: {
    roleAssign: {
      allowed: ['admin'],
      run: (gql, _role, world) =>
        gql(ROLE_ASSIGN, {
          input: { email: 'target@matrix.test', kind: 'PRODUCER_MEMBER', producerId: toGlobalId('Producer', world.producers.b.id), producerRole: 'STAFF' },
        }),
    },
    roleRevoke: {
      allowed: ['admin'],
      run: (gql) => gql(ROLE_REVOKE, { input: { roleId: toGlobalId('RoleAssignment', revokeTarget) } }),
    },
    accountSignUp: {
      allowed: ROLES,
      ownSession: true,
      run: (gql, role) =>
        gql(`mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`, {
          input: { email: `new-${role}@matrix.test`, password: TEST_PASSWORD },
        }),
    },
    accountLogIn: {
      allowed: ROLES,
      ownSession: true,
      run: (gql) =>
        gql(`mutation ($input: AccountLogInInput!) { accountLogIn(input: $input) { userErrors { code } } }`, {
          input: { email: 'target@matrix.test', password: TEST_PASSWORD },
        }),
    },
    accountVerifyEmail: {
      allowed: ROLES,
      run: (gql, role) =>
        gql(`mutation ($input: AccountVerifyEmailInput!) { accountVerifyEmail(input: $input) { verified userErrors { code } } }`, {
          input: { token: verifyTokenOf[role] },
        }),
    },
    accountRequestPasswordReset: {
      allowed: ROLES,
      run: (gql, role) =>
        gql(`mutation ($input: AccountRequestPasswordResetInput!) { accountRequestPasswordReset(input: $input) { userErrors { code } } }`, {
          input: { email: `reset-${role}@matrix.test` },
        }),
    },
    accountResetPassword: {
      allowed: ROLES,
      run: (gql, role) =>
        gql(`mutation ($input: AccountResetPasswordInput!) { accountResetPassword(input: $input) { passwordChanged userErrors { code } } }`, {
          input: { token: resetTokenOf[role], password: 'banh-chung-tet-2026' },
        }),
    },
    accountLogOut: {
      allowed: ROLES,
      ownSession: true,
      run: (gql) => gql(`mutation { accountLogOut { userErrors { code } } }`),
    },
    // Before producerInvitationAccept, which verifies the emails it reaches.
    accountResendVerification: {
      allowed: ROLES.filter((r) => r !== 'anonymous'),
      run: (gql) => gql(`mutation { accountResendVerification { sent userErrors { code } } }`),
    },
    producerInviteStaff: {
      allowed: ['producerA', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: ProducerInviteStaffInput!) { producerInviteStaff(input: $input) { invitation { email } userErrors { code } } }`, {
          input: { producerId: toGlobalId('Producer', world.producers.a.id), email: `invitee-${role}@matrix.test` },
        }),
    },
    producerInvitationRevoke: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: ProducerInvitationRevokeInput!) { producerInvitationRevoke(input: $input) { invitation { email } userErrors { code } } }`, {
          input: { invitationId: toGlobalId('ProducerInvitation', pick(invitationTo, role)) },
        }),
    },
    producerMemberRemove: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: ProducerMemberRemoveInput!) { producerMemberRemove(input: $input) { member { email } userErrors { code } } }`, {
          input: { memberId: toGlobalId('RoleAssignment', pick(staffMemberTo, role)) },
        }),
    },
    producerInvitationAccept: {
      allowed: ROLES.filter((r) => r !== 'anonymous'),
      run: (gql, role) =>
        gql(`mutation ($input: ProducerInvitationAcceptInput!) { producerInvitationAccept(input: $input) { role { role } userErrors { code } } }`, {
          input: { token: acceptTokenOf[role as SignedIn] ?? acceptTokenOf.shopper },
        }),
    },
    accountChangePassword: {
      allowed: ROLES.filter((r) => r !== 'anonymous'),
      ownSession: true,
      async run(gql, role, world) {
        const result = await gql(`mutation ($input: AccountChangePasswordInput!) { accountChangePassword(input: $input) { passwordChanged userErrors { code } } }`, {
          input: { currentPassword: TEST_PASSWORD, newPassword: 'banh-chung-tet-2026' },
        });
        // The change ended the role's other sessions, the world's one included: give it a new one.
        if (role !== 'anonymous' && result.data?.accountChangePassword?.passwordChanged) {
          world.users[role].token = (await createServices(orm.em.fork()).accounts.createSession(world.users[role].userId)).token;
        }
        return result;
      },
    },
  },
};
