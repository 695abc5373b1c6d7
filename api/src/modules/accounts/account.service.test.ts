import { describe, expect, it } from 'vitest';
import { rows } from '../../lib/sql.js';
import { testDatabase } from '../../test/database.js';
import { createServices } from '../services.js';
import { AccountErrorCode } from './account-errors.js';
import { hashToken, SESSION_SLIDE_AFTER_MS, SESSION_TTL_MS } from './account.service.js';
import { createAdmin } from './create-admin.js';
import { InMemoryLoginThrottleStore, LoginThrottle } from './login-throttle.js';

const { orm } = await testDatabase();
const PASSWORD = 'che-thai-nguyen-tan-cuong';

/** Services over one EntityManager with a controllable clock and a shared throttle. */
function accounts(clock = { now: new Date('2026-03-01T00:00:00Z') }, throttle = new LoginThrottle(new InMemoryLoginThrottleStore())) {
  return { clock, services: createServices(orm.em.fork(), { loginThrottle: throttle, now: () => clock.now }) };
}
const codes = (r: { userErrors: { code: string }[] }) => r.userErrors.map((e) => e.code);

describe('sign-up', () => {
  it('stores an argon2id hash, never the password, and opens a session', async () => {
    const { services } = accounts();
    const result = await services.accounts.signUp({ email: 'hoa@example.vn', password: PASSWORD });
    expect(result.userErrors).toEqual([]);
    const [user] = await rows<{ password_hash: string }>(orm.em.fork(), `select password_hash from user_account where email = 'hoa@example.vn'`);
    expect(user!.password_hash).toMatch(/^\$argon2id\$/);
    expect(user!.password_hash).not.toContain(PASSWORD);
    expect(result.viewer!.userId).toMatch(/^usr_/);
  });

  it('refuses a duplicate email, whatever its case, with EMAIL_TAKEN', async () => {
    const { services } = accounts();
    await services.accounts.signUp({ email: 'dup@example.vn', password: PASSWORD });
    const again = await services.accounts.signUp({ email: 'DUP@Example.VN', password: 'another-long-passphrase' });
    expect(codes(again)).toEqual([AccountErrorCode.EMAIL_TAKEN]);
    expect(again.userErrors[0]!.field).toEqual(['input', 'email']);
  });

  it('refuses weak passwords and bad emails with field-level codes', async () => {
    const { services } = accounts();
    expect(codes(await services.accounts.signUp({ email: 'weak@example.vn', password: 'short' }))).toEqual([AccountErrorCode.PASSWORD_TOO_SHORT]);
    expect(codes(await services.accounts.signUp({ email: 'weak@example.vn', password: 'qwertyuiop' }))).toEqual([AccountErrorCode.PASSWORD_TOO_COMMON]);
    expect(codes(await services.accounts.signUp({ email: 'weak@example.vn', password: 'weak@example.vn1' }))).toEqual([AccountErrorCode.PASSWORD_CONTAINS_EMAIL]);
    expect(codes(await services.accounts.signUp({ email: 'weak', password: PASSWORD }))).toEqual([AccountErrorCode.INVALID_EMAIL]);
    expect(await services.accounts.userIdByEmail('weak@example.vn')).toBeNull();
  });
});

describe('login', () => {
  it('refuses a wrong password and an unknown email with the same code', async () => {
    const { services } = accounts();
    await services.accounts.signUp({ email: 'minh@example.vn', password: PASSWORD });
    const wrong = await services.accounts.logIn({ email: 'minh@example.vn', password: 'wrong-password-123' }, { ip: null });
    const unknown = await services.accounts.logIn({ email: 'nobody@example.vn', password: PASSWORD }, { ip: null });
    expect(codes(wrong)).toEqual([AccountErrorCode.INVALID_CREDENTIALS]);
    expect(unknown.userErrors).toEqual(wrong.userErrors);
  });

  it('throttles the sixth try after 5 failures in 15 minutes, even with the right password', async () => {
    const clock = { now: new Date('2026-03-01T00:00:00Z') };
    const { services } = accounts(clock);
    await services.accounts.signUp({ email: 'tuan@example.vn', password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      expect(codes(await services.accounts.logIn({ email: 'tuan@example.vn', password: `wrong-${i}-passphrase` }, { ip: '203.0.113.9' }))).toEqual([
        AccountErrorCode.INVALID_CREDENTIALS,
      ]);
    }
    expect(codes(await services.accounts.logIn({ email: 'tuan@example.vn', password: PASSWORD }, { ip: '198.51.100.4' }))).toEqual([
      AccountErrorCode.LOGIN_THROTTLED,
    ]);
    clock.now = new Date(clock.now.getTime() + 15 * 60_000);
    expect((await services.accounts.logIn({ email: 'tuan@example.vn', password: PASSWORD }, { ip: '198.51.100.4' })).userErrors).toEqual([]);
  });

  it('opens a new session at every login and drops the one the browser had (rotation)', async () => {
    const { services } = accounts();
    const signUp = await services.accounts.signUp({ email: 'thu@example.vn', password: PASSWORD });
    const first = await services.accounts.logIn({ email: 'thu@example.vn', password: PASSWORD }, { ip: null, currentToken: signUp.session!.token });
    const second = await services.accounts.logIn({ email: 'thu@example.vn', password: PASSWORD }, { ip: null, currentToken: first.session!.token });
    expect(new Set([signUp.session!.token, first.session!.token, second.session!.token]).size).toBe(3);
    expect(await services.accounts.sessionFromToken(signUp.session!.token)).toBeNull();
    expect(await services.accounts.sessionFromToken(first.session!.token)).toBeNull();
    expect((await services.accounts.sessionFromToken(second.session!.token))!.viewer.email).toBe('thu@example.vn');
  });

  it('stores only the SHA-256 of a 256-bit token', async () => {
    const { services } = accounts();
    const { session } = await services.accounts.signUp({ email: 'hash@example.vn', password: PASSWORD });
    expect(Buffer.from(session!.token, 'base64url')).toHaveLength(32);
    const stored = await rows<{ token_hash: string }>(orm.em.fork(), `select token_hash from session s join user_account u on u.id = s.user_id where u.email = 'hash@example.vn'`);
    expect(stored.map((s) => s.token_hash)).toEqual([hashToken(session!.token)]);
  });
});

describe('sessions', () => {
  it('end at logout: the token no longer finds anyone', async () => {
    const { services } = accounts();
    const { session } = await services.accounts.signUp({ email: 'out@example.vn', password: PASSWORD });
    expect(await services.accounts.sessionFromToken(session!.token)).not.toBeNull();
    await services.accounts.logOut(session!.token);
    expect(await services.accounts.sessionFromToken(session!.token)).toBeNull();
  });

  it('slide 30 days past the last use (at most one write an hour) and expire when unused', async () => {
    const clock = { now: new Date('2026-03-01T00:00:00Z') };
    const { services } = accounts(clock);
    const { session } = await services.accounts.signUp({ email: 'slide@example.vn', password: PASSWORD });
    clock.now = new Date(clock.now.getTime() + SESSION_SLIDE_AFTER_MS / 2);
    expect((await services.accounts.sessionFromToken(session!.token))!.slidTo).toBeNull();
    clock.now = new Date(clock.now.getTime() + SESSION_TTL_MS - SESSION_SLIDE_AFTER_MS);
    const slid = await services.accounts.sessionFromToken(session!.token);
    expect(slid!.slidTo).toEqual(new Date(clock.now.getTime() + SESSION_TTL_MS));
    clock.now = new Date(clock.now.getTime() + SESSION_TTL_MS);
    expect(await services.accounts.sessionFromToken(session!.token)).toBeNull();
  });

  it('ignore tokens that are not 256-bit base64url', async () => {
    const { services } = accounts();
    expect(await services.accounts.sessionFromToken("' or 1=1 --")).toBeNull();
  });
});

describe('create-admin', () => {
  it('creates the first admin with a generated password that logs in', async () => {
    const created = await createAdmin(orm, 'root@example.vn', undefined);
    expect(created).toMatchObject({ created: true });
    const { services } = accounts();
    const login = await services.accounts.logIn({ email: 'root@example.vn', password: created.generatedPassword! }, { ip: null });
    expect(login.viewer!.roles.map((r) => r.kind)).toEqual(['ADMIN']);
    expect(await createAdmin(orm, 'root@example.vn', undefined)).toMatchObject({ created: false, generatedPassword: null });
  });
});
