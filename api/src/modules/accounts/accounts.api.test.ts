import { parseSetCookie } from 'cookie';
import { describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { TEST_PASSWORD } from '../../test/roles.js';

const { orm } = await testDatabase();
const api = await testApi(orm);

const SIGN_UP = `mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { viewer { email roles { kind } } userErrors { field code message } } }`;
const LOG_IN = `mutation ($input: AccountLogInInput!) { accountLogIn(input: $input) { viewer { email } userErrors { field code message } } }`;
const LOG_OUT = `mutation { accountLogOut { viewer { email } userErrors { code } } }`;
const VIEWER = `{ viewer { email emailVerified roles { __typename kind } } }`;

function sessionCookie(headers: Headers) {
  const cookies = headers.getSetCookie().map((c) => parseSetCookie(c));
  return cookies.find((c) => c.name.endsWith('ocop_session'));
}
const asCookie = (token: string) => ({ headers: { cookie: `ocop_session=${token}` } });

describe('accounts over HTTP', () => {
  it('sign-up sets an HttpOnly, SameSite=Lax, non-Secure cookie in test mode, and the cookie finds the viewer', async () => {
    const res = await api.gql(SIGN_UP, { input: { email: 'an@example.vn', password: TEST_PASSWORD } });
    expect(res.data!.accountSignUp).toEqual({ viewer: { email: 'an@example.vn', roles: [] }, userErrors: [] });
    const cookie = sessionCookie(res.headers)!;
    expect(cookie).toMatchObject({ name: 'ocop_session', httpOnly: true, sameSite: 'lax', path: '/' });
    expect(cookie.secure).toBeFalsy();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const me = await api.gql(VIEWER, {}, asCookie(cookie.value!));
    expect(me.data!.viewer).toEqual({ email: 'an@example.vn', emailVerified: false, roles: [] });
  });

  it('is anonymous without a cookie, and clears a cookie whose session is gone', async () => {
    expect((await api.gql(VIEWER)).data!.viewer).toBeNull();
    const stale = await api.gql(VIEWER, {}, asCookie('A'.repeat(43)));
    expect(stale.data!.viewer).toBeNull();
    expect(sessionCookie(stale.headers)).toMatchObject({ value: '', maxAge: 0 });
  });

  it('reports a duplicate email and a weak password as userErrors on the field', async () => {
    await api.gql(SIGN_UP, { input: { email: 'binh@example.vn', password: TEST_PASSWORD } });
    const dup = await api.gql(SIGN_UP, { input: { email: 'Binh@example.vn', password: TEST_PASSWORD } });
    expect(dup.data!.accountSignUp.userErrors).toEqual([{ field: ['input', 'email'], code: 'EMAIL_TAKEN', message: expect.any(String) }]);
    expect(sessionCookie(dup.headers)).toBeUndefined();
    const weak = await api.gql(SIGN_UP, { input: { email: 'cuong@example.vn', password: '1234567890' } });
    expect(weak.data!.accountSignUp.userErrors).toEqual([{ field: ['input', 'password'], code: 'PASSWORD_TOO_COMMON', message: expect.any(String) }]);
  });

  it('login rotates the session; logout invalidates it server-side and clears the cookie', async () => {
    const signUp = await api.gql(SIGN_UP, { input: { email: 'dung@example.vn', password: TEST_PASSWORD } });
    const first = sessionCookie(signUp.headers)!.value!;
    const login = await api.gql(LOG_IN, { input: { email: 'dung@example.vn', password: TEST_PASSWORD } }, asCookie(first));
    expect(login.data!.accountLogIn.viewer).toEqual({ email: 'dung@example.vn' });
    const second = sessionCookie(login.headers)!.value!;
    expect(second).not.toBe(first);
    expect((await api.gql(VIEWER, {}, asCookie(first))).data!.viewer).toBeNull();

    const out = await api.gql(LOG_OUT, {}, asCookie(second));
    expect(out.data!.accountLogOut).toEqual({ viewer: null, userErrors: [] });
    expect(sessionCookie(out.headers)).toMatchObject({ value: '', maxAge: 0 });
    // A copy of the cookie kept by an attacker is worthless now.
    expect((await api.gql(VIEWER, {}, asCookie(second))).data!.viewer).toBeNull();
  });

  it('a wrong password gets INVALID_CREDENTIALS and no cookie', async () => {
    const res = await api.gql(LOG_IN, { input: { email: 'an@example.vn', password: 'not-the-password' } });
    expect(res.data!.accountLogIn).toEqual({ viewer: null, userErrors: [{ field: null, code: 'INVALID_CREDENTIALS', message: expect.any(String) }] });
    expect(sessionCookie(res.headers)).toBeUndefined();
  });

  it("keeps Apollo's CSRF prevention: a form-encoded POST is refused", async () => {
    const res = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=mutation{accountLogOut{viewer{email}}}',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});

describe('accounts over HTTP in production', async () => {
  const prodApi = await testApi(orm, { env: { NODE_ENV: 'production' } });

  it('use the __Host- cookie with Secure', async () => {
    const res = await prodApi.gql(SIGN_UP, { input: { email: 'prod@example.vn', password: TEST_PASSWORD } });
    const cookie = sessionCookie(res.headers)!;
    expect(cookie).toMatchObject({ name: '__Host-ocop_session', secure: true, httpOnly: true, sameSite: 'lax', path: '/' });
    const me = await prodApi.gql(VIEWER, {}, { headers: { cookie: `__Host-ocop_session=${cookie.value}` } });
    expect(me.data!.viewer.email).toBe('prod@example.vn');
    // The development cookie name means nothing in production.
    expect((await prodApi.gql(VIEWER, {}, asCookie(cookie.value!))).data!.viewer).toBeNull();
  });

  it('issue a new session id at login (the cookie sent with it is dropped) and refuse the old cookie after logout', async () => {
    const hostCookie = (token: string) => ({ headers: { cookie: `__Host-ocop_session=${token}` } });
    const signUp = await prodApi.gql(SIGN_UP, { input: { email: 'rotation@example.vn', password: TEST_PASSWORD } });
    const before = sessionCookie(signUp.headers)!.value!;

    const login = await prodApi.gql(LOG_IN, { input: { email: 'rotation@example.vn', password: TEST_PASSWORD } }, hostCookie(before));
    const issued = sessionCookie(login.headers)!;
    expect(issued).toMatchObject({ name: '__Host-ocop_session', secure: true, httpOnly: true, sameSite: 'lax', path: '/' });
    expect(issued.domain).toBeUndefined();
    expect(issued.value).not.toBe(before);
    expect((await prodApi.gql(VIEWER, {}, hostCookie(before))).data!.viewer).toBeNull();

    const out = await prodApi.gql(LOG_OUT, {}, hostCookie(issued.value!));
    expect(sessionCookie(out.headers)).toMatchObject({ name: '__Host-ocop_session', value: '', maxAge: 0, secure: true, path: '/' });
    // The cookie as it was before logout (kept by an attacker, or a stale tab) finds no one.
    const replay = await prodApi.gql(VIEWER, {}, hostCookie(issued.value!));
    expect(replay.data!.viewer).toBeNull();
    expect(sessionCookie(replay.headers)).toMatchObject({ value: '', maxAge: 0 });
  });
});
