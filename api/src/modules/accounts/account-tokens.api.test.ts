import { describe, expect, it } from 'vitest';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { TEST_PASSWORD } from '../../test/roles.js';
import { DevMailbox } from '../mail/mail.js';
import { createServices, defaultServiceDeps } from '../services.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
const mailbox = new DevMailbox(orm.em);

const SIGN_UP = `mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { viewer { id } userErrors { code } } }`;
const VERIFY = `mutation ($input: AccountVerifyEmailInput!) { accountVerifyEmail(input: $input) { verified userErrors { field code } } }`;
const REQUEST = `mutation ($input: AccountRequestPasswordResetInput!) { accountRequestPasswordReset(input: $input) { userErrors { code } } }`;
const RESET = `mutation ($input: AccountResetPasswordInput!) { accountResetPassword(input: $input) { passwordChanged userErrors { field code } } }`;
const LOG_IN = `mutation ($input: AccountLogInInput!) { accountLogIn(input: $input) { viewer { email } userErrors { code } } }`;

/** The token in the newest mail to `to` (the link's `token=` parameter). */
async function tokenMailedTo(to: string): Promise<string> {
  const [mail] = await mailbox.list({ to });
  const token = mail?.text.match(/token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no token mailed to ${to}`);
  return token;
}

describe('email verification', () => {
  it('sign-up mails a link; the token verifies once, then is TOKEN_INVALID', async () => {
    await api.gql(SIGN_UP, { input: { email: 'lan@example.vn', password: TEST_PASSWORD } });
    const [mail] = await mailbox.list({ to: 'lan@example.vn' });
    expect(mail!.text).toMatch(/^http:\/\/localhost:3000\/xac-minh-email\?token=/m);
    const token = await tokenMailedTo('lan@example.vn');
    const [stored] = await rows<{ tokenHash: string }>(orm.em.fork(), `select token_hash as "tokenHash" from account_token`);
    expect(stored!.tokenHash).not.toContain(token);
    expect((await api.gql(VERIFY, { input: { token } })).data!.accountVerifyEmail).toEqual({ verified: true, userErrors: [] });
    const [user] = await rows<{ at: Date | null }>(orm.em.fork(), `select email_verified_at as at from user_account where email = 'lan@example.vn'`);
    expect(user!.at).not.toBeNull();
    expect((await api.gql(VERIFY, { input: { token } })).data!.accountVerifyEmail.userErrors).toEqual([{ field: ['input', 'token'], code: 'TOKEN_INVALID' }]);
    expect((await api.gql(VERIFY, { input: { token: 'nonsense' } })).data!.accountVerifyEmail.userErrors[0].code).toBe('TOKEN_INVALID');
  });

  it('refuses a token after 48 hours as TOKEN_EXPIRED', async () => {
    const past = new Date(Date.now() - 49 * 3600_000);
    const services = createServices(orm.em.fork(), { ...defaultServiceDeps(), now: () => past });
    const signed = await services.accounts.signUp({ email: 'minh@example.vn', password: TEST_PASSWORD });
    const token = await services.accounts.issueToken(signed.viewer!.userId, 'VERIFY_EMAIL');
    expect((await api.gql(VERIFY, { input: { token } })).data!.accountVerifyEmail).toEqual({
      verified: false,
      userErrors: [{ field: ['input', 'token'], code: 'TOKEN_EXPIRED' }],
    });
  });
});

describe('password reset', () => {
  it('answers the same for unknown emails, and mails only known ones', async () => {
    const unknown = await api.gql(REQUEST, { input: { email: 'ghost@example.vn' } });
    expect(unknown.data!.accountRequestPasswordReset).toEqual({ userErrors: [] });
    expect(await mailbox.list({ to: 'ghost@example.vn' })).toEqual([]);
  });

  it('resets with the mailed token: sign-up password rules, single use, every session ends', async () => {
    const signUp = await api.gql(SIGN_UP, { input: { email: 'hoa@example.vn', password: TEST_PASSWORD } });
    expect(signUp.data!.accountSignUp.userErrors).toEqual([]);
    const requested = await api.gql(REQUEST, { input: { email: 'hoa@example.vn' } });
    expect(requested.data!.accountRequestPasswordReset).toEqual({ userErrors: [] });
    const token = await tokenMailedTo('hoa@example.vn');
    const [{ sessions }] = (await rows<{ sessions: number }>(
      orm.em.fork(),
      `select count(*)::int as sessions from session s join user_account u on u.id = s.user_id where u.email = 'hoa@example.vn'`,
    )) as [{ sessions: number }];
    expect(sessions).toBe(1);

    const weak = await api.gql(RESET, { input: { token, password: 'short' } });
    expect(weak.data!.accountResetPassword).toEqual({ passwordChanged: false, userErrors: [{ field: ['input', 'password'], code: 'PASSWORD_TOO_SHORT' }] });
    const done = await api.gql(RESET, { input: { token, password: 'com-tam-sai-gon-99' } });
    expect(done.data!.accountResetPassword).toEqual({ passwordChanged: true, userErrors: [] });
    const left = await rows(orm.em.fork(), `select 1 from session s join user_account u on u.id = s.user_id where u.email = 'hoa@example.vn'`);
    expect(left).toEqual([]);
    expect((await api.gql(LOG_IN, { input: { email: 'hoa@example.vn', password: TEST_PASSWORD } })).data!.accountLogIn.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await api.gql(LOG_IN, { input: { email: 'hoa@example.vn', password: 'com-tam-sai-gon-99' } })).data!.accountLogIn.viewer).toEqual({ email: 'hoa@example.vn' });
    const again = await api.gql(RESET, { input: { token, password: 'another-good-pass-1' } });
    expect(again.data!.accountResetPassword.userErrors).toEqual([{ field: ['input', 'token'], code: 'TOKEN_INVALID' }]);
  });

  it('throttles requests per email', async () => {
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await api.gql(REQUEST, { input: { email: 'spam@example.vn' } })).data!.accountRequestPasswordReset.userErrors.map((e: { code: string }) => e.code));
    expect(codes).toEqual([[], [], [], ['RESET_THROTTLED']]);
  });
});

describe('dev mailbox page', () => {
  it('lists mails as escaped HTML with clickable links', async () => {
    await mailbox.send({ to: 'x@example.vn', subject: '<script>alert(1)</script>', text: 'Open http://localhost:3000/a?b=1&c=2 <img src=x onerror=alert(1)>' });
    const res = await fetch(`${api.base}/dev/mailbox`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<a href="http://localhost:3000/a?b=1&amp;c=2">');
  });

});

describe('dev mailbox page in production', async () => {
  const prod = await testApi(orm, { env: { NODE_ENV: 'production' } });
  it('does not exist', async () => {
    expect((await fetch(`${prod.base}/dev/mailbox`)).status).toBe(404);
  });
});
