import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, TEST_PASSWORD } from '../../test/roles.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { DevMailbox } from '../mail/mail.js';
import { createServices, defaultServiceDeps } from '../services.js';
import { INVITATION_TTL_MS } from './producer-staff.service.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
const mailbox = new DevMailbox(orm.em);
const world = await createRoleWorld(orm, api);
const producerA = toGlobalId('Producer', world.producers.a.id);

const INVITE = `mutation ($input: ProducerInviteStaffInput!) { producerInviteStaff(input: $input) { invitation { id email expired } userErrors { field code } } }`;
const ACCEPT = `mutation ($input: ProducerInvitationAcceptInput!) { producerInvitationAccept(input: $input) { role { role producer { name } } userErrors { code } } }`;
const REVOKE = `mutation ($input: ProducerInvitationRevokeInput!) { producerInvitationRevoke(input: $input) { invitation { email } userErrors { code } } }`;
const REMOVE = `mutation ($input: ProducerMemberRemoveInput!) { producerMemberRemove(input: $input) { member { email role } userErrors { code } } }`;
const TEAM = `query ($id: ID!) { node(id: $id) { ... on Producer { members { nodes { id email role } } staffInvitations { nodes { email expired } } } } }`;
const DATES = `query ($id: ID!) { node(id: $id) { ... on Producer { members { nodes { since } } staffInvitations { nodes { createdAt expiresAt } } } } }`;
const MEMBERS = `query ($id: ID!) { node(id: $id) { ... on Producer { members { nodes { email role } } } } }`;
const SIGN_UP = `mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { viewer { email emailVerified } userErrors { code } } }`;

async function tokenMailedTo(to: string): Promise<string> {
  const [mail] = await mailbox.list({ to });
  const token = mail?.text.match(/token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no token mailed to ${to}`);
  return token;
}

/** Signs up through the API and returns a gql function with the new session cookie. */
async function signedUp(email: string) {
  const res = await api.gql(SIGN_UP, { input: { email, password: TEST_PASSWORD } });
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, { headers: { cookie } });
}

describe('staff invitations', () => {
  it('mails a link; only the invited email can accept it, once; the member list shows the new staff', async () => {
    const owner = world.gqlAs('producerA');
    const invited = await owner(INVITE, { input: { producerId: producerA, email: 'Nhan.Vien@Example.vn' } });
    expect(invited.data!.producerInviteStaff).toMatchObject({ invitation: { email: 'Nhan.Vien@example.vn', expired: false }, userErrors: [] });
    const [mail] = await mailbox.list({ to: 'nhan.vien@example.vn' });
    expect(mail!.subject).toContain(world.producers.a.name);
    expect(mail!.text).toMatch(/^http:\/\/localhost:3000\/loi-moi\?token=[A-Za-z0-9_-]{43}$/m);
    const token = await tokenMailedTo('nhan.vien@example.vn');

    const preview = await api.gql(`query ($t: String!) { producerInvitation(token: $t) { email expired producer { name } } }`, { t: token });
    expect(preview.data!.producerInvitation).toEqual({ email: 'Nhan.Vien@example.vn', expired: false, producer: { name: world.producers.a.name } });

    const stranger = await signedUp('la@example.vn');
    expect((await stranger(ACCEPT, { input: { token } })).data!.producerInvitationAccept.userErrors).toEqual([{ code: 'INVITATION_EMAIL_MISMATCH' }]);
    const invitee = await signedUp('nhan.vien@example.vn');
    const accepted = await invitee(ACCEPT, { input: { token } });
    expect(accepted.data!.producerInvitationAccept).toEqual({ role: { role: 'STAFF', producer: { name: world.producers.a.name } }, userErrors: [] });
    expect((await invitee(`{ viewer { emailVerified } }`)).data!.viewer.emailVerified).toBe(true);
    expect((await invitee(ACCEPT, { input: { token } })).data!.producerInvitationAccept.userErrors).toEqual([{ code: 'TOKEN_INVALID' }]);

    const team = await owner(TEAM, { id: producerA });
    expect(team.data!.node.members.nodes.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      ['producera@matrix.test', 'OWNER'],
      ['nhan.vien@example.vn', 'STAFF'],
    ]);
    expect(team.data!.node.staffInvitations.nodes).toEqual([]);
    // Staff see their colleagues but not the invitations, and cannot invite.
    expect((await invitee(MEMBERS, { id: producerA })).data!.node.members.nodes).toHaveLength(2);
    expect((await invitee(TEAM, { id: producerA })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const before = await databaseFingerprint(orm);
    expect((await invitee(INVITE, { input: { producerId: producerA, email: 'ban@example.vn' } })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(orm)).toEqual(before);
    // Another producer's owner sees nothing of A's team.
    expect((await world.gqlAs('producerB')(MEMBERS, { id: producerA })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // Inviting a member again is refused.
    expect((await owner(INVITE, { input: { producerId: producerA, email: 'nhan.vien@example.vn' } })).data!.producerInviteStaff.userErrors).toEqual([
      { field: ['input', 'email'], code: 'ALREADY_MEMBER' },
    ]);
  });

  it('replaces an open invitation when inviting again; a revoked link no longer works', async () => {
    const owner = world.gqlAs('producerA');
    await owner(INVITE, { input: { producerId: producerA, email: 'hai@example.vn' } });
    const first = await tokenMailedTo('hai@example.vn');
    const again = await owner(INVITE, { input: { producerId: producerA, email: 'hai@example.vn' } });
    const second = await tokenMailedTo('hai@example.vn');
    expect(second).not.toBe(first);
    const pending = (await owner(TEAM, { id: producerA })).data!.node.staffInvitations.nodes;
    expect(pending).toEqual([{ email: 'hai@example.vn', expired: false }]);
    const dates = (await owner(DATES, { id: producerA })).data!.node;
    expect(dates.members.nodes[0].since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const [{ createdAt, expiresAt }] = dates.staffInvitations.nodes;
    expect(Date.parse(expiresAt) - Date.parse(createdAt)).toBe(7 * 24 * 3600_000);
    const hai = await signedUp('hai@example.vn');
    expect((await hai(ACCEPT, { input: { token: first } })).data!.producerInvitationAccept.userErrors).toEqual([{ code: 'TOKEN_INVALID' }]);
    const revoked = await owner(REVOKE, { input: { invitationId: again.data!.producerInviteStaff.invitation.id } });
    expect(revoked.data!.producerInvitationRevoke).toEqual({ invitation: { email: 'hai@example.vn' }, userErrors: [] });
    expect((await hai(ACCEPT, { input: { token: second } })).data!.producerInvitationAccept.userErrors).toEqual([{ code: 'TOKEN_INVALID' }]);
    expect((await owner(REVOKE, { input: { invitationId: again.data!.producerInviteStaff.invitation.id } })).data!.producerInvitationRevoke.userErrors).toEqual([
      { code: 'INVITATION_NOT_FOUND' },
    ]);
  });

  it('refuses an invitation after 7 days as TOKEN_EXPIRED', async () => {
    const past = new Date(Date.now() - INVITATION_TTL_MS - 60_000);
    const services = createServices(orm.em.fork(), { ...defaultServiceDeps(), now: () => past });
    const owner = { userId: world.users.producerA.userId, email: world.users.producerA.email, emailVerifiedAt: null, roles: world.users.producerA.roles };
    await services.staff.invite(owner, { producerId: world.producers.a.id, email: 'muon@example.vn' });
    const token = await tokenMailedTo('muon@example.vn');
    const late = await signedUp('muon@example.vn');
    expect((await late(ACCEPT, { input: { token } })).data!.producerInvitationAccept.userErrors).toEqual([
      { code: 'TOKEN_EXPIRED' },
    ]);
  });

  it('lets an owner remove staff, never the last owner', async () => {
    const owner = world.gqlAs('producerA');
    const members = (await owner(TEAM, { id: producerA })).data!.node.members.nodes as { id: string; email: string; role: string }[];
    const ownerRole = members.find((m) => m.role === 'OWNER')!;
    expect((await owner(REMOVE, { input: { memberId: ownerRole.id } })).data!.producerMemberRemove.userErrors).toEqual([{ code: 'LAST_OWNER' }]);
    const staff = members.find((m) => m.role === 'STAFF')!;
    expect((await owner(REMOVE, { input: { memberId: staff.id } })).data!.producerMemberRemove).toEqual({ member: { email: staff.email, role: 'STAFF' }, userErrors: [] });
    expect((await owner(REMOVE, { input: { memberId: staff.id } })).data!.producerMemberRemove.userErrors).toEqual([{ code: 'ROLE_NOT_FOUND' }]);
  });
});

describe('account self-service', () => {
  const CHANGE = `mutation ($input: AccountChangePasswordInput!) { accountChangePassword(input: $input) { passwordChanged userErrors { field code } } }`;
  const RESEND = `mutation { accountResendVerification { sent userErrors { code } } }`;

  it('changes the password: checks the current one and the rules, ends the other sessions, keeps this one', async () => {
    const here = await signedUp('doi@example.vn');
    const elsewhere = await signedUp('doi-2@example.vn'); // another account, untouched
    const [{ id: userId }] = (await rows<{ id: string }>(orm.em.fork(), `select id from user_account where email = 'doi@example.vn'`)) as [{ id: string }];
    const other = await createServices(orm.em.fork()).accounts.createSession(userId);
    const otherGql = (q: string) => api.gql(q, {}, { headers: { cookie: `${SESSION_COOKIE.development}=${other.token}` } });

    expect((await here(CHANGE, { input: { currentPassword: 'wrong-password-1', newPassword: 'banh-cuon-thanh-tri' } })).data!.accountChangePassword).toEqual({
      passwordChanged: false,
      userErrors: [{ field: ['input', 'currentPassword'], code: 'WRONG_PASSWORD' }],
    });
    expect((await here(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } })).data!.accountChangePassword.userErrors).toEqual([
      { field: ['input', 'newPassword'], code: 'PASSWORD_TOO_SHORT' },
    ]);
    expect((await here(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'banh-cuon-thanh-tri' } })).data!.accountChangePassword).toEqual({
      passwordChanged: true,
      userErrors: [],
    });
    expect((await here(`{ viewer { email } }`)).data!.viewer).toEqual({ email: 'doi@example.vn' });
    expect((await otherGql(`{ viewer { email } }`)).data!.viewer).toBeNull();
    expect((await elsewhere(`{ viewer { email } }`)).data!.viewer).toEqual({ email: 'doi-2@example.vn' });
    const login = await api.gql(`mutation { accountLogIn(input: { email: "doi@example.vn", password: "banh-cuon-thanh-tri" }) { viewer { email } } }`);
    expect(login.data!.accountLogIn.viewer).toEqual({ email: 'doi@example.vn' });
  });

  it('resends the verification mail (3 an hour), and says ALREADY_VERIFIED once verified', async () => {
    const me = await signedUp('gui-lai@example.vn');
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await me(RESEND)).data!.accountResendVerification);
    expect(codes).toEqual([
      { sent: true, userErrors: [] },
      { sent: true, userErrors: [] },
      { sent: true, userErrors: [] },
      { sent: false, userErrors: [{ code: 'VERIFICATION_THROTTLED' }] },
    ]);
    expect(await mailbox.list({ to: 'gui-lai@example.vn' })).toHaveLength(4);
    await api.gql(`mutation ($t: String!) { accountVerifyEmail(input: { token: $t }) { verified } }`, { t: await tokenMailedTo('gui-lai@example.vn') });
    expect((await me(RESEND)).data!.accountResendVerification.userErrors).toEqual([{ code: 'ALREADY_VERIFIED' }]);
  });
});

describe('dev mailbox as JSON', async () => {
  it('lists one recipient\'s mails', async () => {
    await mailbox.send({ to: 'json@example.vn', subject: 'Chào', text: 'http://localhost:3000/x' });
    const res = await fetch(`${api.base}/dev/mailbox?to=JSON@example.vn`, { headers: { accept: 'application/json' } });
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as { mails: { to: string; subject: string }[] };
    expect(body.mails.map((m) => [m.to, m.subject])).toEqual([['json@example.vn', 'Chào']]);
  });

  const exposed = await testApi(orm, { env: { NODE_ENV: 'production', EXPOSE_DEV_MAILBOX: 'true' } });
  it('is served in production mode only when stored mails are exposed on purpose (e2e)', async () => {
    expect((await fetch(`${exposed.base}/dev/mailbox?format=json`)).status).toBe(200);
  });
});
