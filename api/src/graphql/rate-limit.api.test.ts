import { describe, expect, it } from 'vitest';
import { createServices } from '../modules/services.js';
import { testApi, type GqlOptions } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { databaseFingerprint, TEST_PASSWORD } from '../test/roles.js';

const LOG_OUT = `mutation { accountLogOut { userErrors { code } } }`;
const SEARCH = `{ search(query: "chè", first: 1) { totalCount } }`;
const LOG_IN = `mutation ($email: String!) { accountLogIn(input: { email: $email, password: "wrong-password-123" }) { userErrors { code } } }`;

/** The storefront's server (127.0.0.1, a trusted proxy) relaying a shopper at `ip`. */
const from = (ip: string, extra: Record<string, string> = {}): GqlOptions => ({ headers: { 'x-forwarded-for': ip, ...extra } });

describe('rate limits on mutations and search', async () => {
  const { orm } = await testDatabase();
  const api = await testApi(orm, {
    env: {
      RATE_LIMIT_MUTATIONS_PER_IP: '3',
      RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '2',
      RATE_LIMIT_ACCOUNT_ACCESS_PER_IP: '2',
      RATE_LIMIT_SEARCH_PER_IP: '2',
    },
  });
  const unlimited = await testApi(orm, {
    env: { RATE_LIMIT_MUTATIONS_PER_IP: '0', RATE_LIMIT_MUTATIONS_PER_ACCOUNT: '0', RATE_LIMIT_ACCOUNT_ACCESS_PER_IP: '0', RATE_LIMIT_SEARCH_PER_IP: '0' },
  });

  it('refuses the mutation past the per-address limit with 429, RATE_LIMITED and Retry-After, running nothing', async () => {
    for (let i = 0; i < 3; i++) expect((await api.gql(LOG_OUT, undefined, from('203.0.113.1'))).errors).toBeUndefined();
    const before = await databaseFingerprint(orm);
    const refused = await api.gql(LOG_OUT, undefined, from('203.0.113.1'));
    expect(refused.status).toBe(429);
    expect(refused.data).toBeUndefined();
    expect(refused.errors![0]).toMatchObject({ message: expect.stringMatching(/Too many requests/), extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
    expect(refused.errors![0]!.extensions).not.toHaveProperty('http');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.sqlStatements).toBe(0);
    expect(await databaseFingerprint(orm)).toEqual(before);
    // Another address, and queries from the same one, are not affected.
    expect((await api.gql(LOG_OUT, undefined, from('203.0.113.2'))).status).toBe(200);
    expect((await api.gql(`{ provinces(first: 1) { totalCount } }`, undefined, from('203.0.113.1'))).status).toBe(200);
  });

  it('counts each root field: 4 aliased mutations in one request are over a limit of 3', async () => {
    const four = `mutation { a: accountLogOut { userErrors { code } } b: accountLogOut { userErrors { code } } c: accountLogOut { userErrors { code } } d: accountLogOut { userErrors { code } } }`;
    expect((await api.gql(four, undefined, from('203.0.113.3'))).status).toBe(429);
  });

  it('limits a signed-in account across addresses', async () => {
    const token = await orm.em.fork().transactional(async (em) => (await createServices(em).accounts.signUp({ email: 'limited@example.vn', password: TEST_PASSWORD })).session!.token);
    const cookie = { cookie: `ocop_session=${token}` };
    expect((await api.gql(`mutation { accountResendVerification { userErrors { code } } }`, undefined, from('198.51.100.1', cookie))).status).toBe(200);
    expect((await api.gql(`mutation { accountResendVerification { userErrors { code } } }`, undefined, from('198.51.100.2', cookie))).status).toBe(200);
    const third = await api.gql(`mutation { accountResendVerification { userErrors { code } } }`, undefined, from('198.51.100.3', cookie));
    expect(third.status).toBe(429);
    expect(third.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
  });

  it('is stricter for log-in, sign-up and password resets per address', async () => {
    for (const email of ['a@example.vn', 'b@example.vn']) {
      expect((await api.gql(LOG_IN, { email }, from('192.0.2.10'))).data!.accountLogIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const third = await api.gql(LOG_IN, { email: 'c@example.vn' }, from('192.0.2.10'));
    expect(third.status).toBe(429);
  });

  it('limits search per address; other queries are not counted', async () => {
    for (let i = 0; i < 2; i++) expect((await api.gql(SEARCH, undefined, from('192.0.2.20'))).status).toBe(200);
    const third = await api.gql(SEARCH, undefined, from('192.0.2.20'));
    expect(third.status).toBe(429);
    expect(third.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    expect((await api.gql(SEARCH, undefined, from('192.0.2.21'))).status).toBe(200);
  });

  it('does not limit by address a request whose client is unknown (storefront without X-Forwarded-For), and a limit of 0 is off', async () => {
    for (let i = 0; i < 5; i++) expect((await api.gql(SEARCH)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await unlimited.gql(LOG_OUT, undefined, from('203.0.113.9'))).status).toBe(200);
  });
});

describe("per-address limits for the shoppers the storefront's server relays", async () => {
  const TOKEN = 'storefront-api-token-for-this-test-0123456789';
  const { orm } = await testDatabase();
  const api = await testApi(orm, { env: { RATE_LIMIT_ACCOUNT_ACCESS_PER_IP: '2', STOREFRONT_API_TOKEN: TOKEN } });
  /** As the storefront calls: from 127.0.0.1, no X-Forwarded-For, the shopper's address in its own header. */
  const relayed = (address: string, token: string | null = TOKEN, extra: Record<string, string> = {}): GqlOptions => ({
    headers: { 'x-ocop-client-address': address, ...(token === null ? {} : { 'x-ocop-storefront-token': token }), ...extra },
  });
  const logIn = async (options: GqlOptions) => (await api.gql(LOG_IN, { email: `shopper.${Math.random()}@example.vn` }, options)).status;

  it('counts each relayed address on its own when the token is right', async () => {
    expect([await logIn(relayed('203.0.113.41')), await logIn(relayed('203.0.113.41'))]).toEqual([200, 200]);
    expect(await logIn(relayed('203.0.113.41'))).toBe(429);
    // Another shopper behind the same storefront keeps a whole allowance, IPv6 included.
    expect([await logIn(relayed('203.0.113.42')), await logIn(relayed('203.0.113.42'))]).toEqual([200, 200]);
    expect(await logIn(relayed('203.0.113.42'))).toBe(429);
    expect([await logIn(relayed('2001:db8::42')), await logIn(relayed('2001:db8::42'))]).toEqual([200, 200]);
    expect(await logIn(relayed('2001:db8::42'))).toBe(429);
  });

  it('ignores the address header without the token or with a wrong one, and logs it', async () => {
    const ignoredBefore = api.logs.filter((l) => l.msg === 'ignored x-ocop-client-address').length;
    // The storefront's address with no client named: not limited per address (per account only).
    for (let i = 0; i < 4; i++) expect(await logIn(relayed('203.0.113.43', null))).toBe(200);
    for (let i = 0; i < 4; i++) expect(await logIn(relayed('203.0.113.43', 'a-wrong-token-of-the-same-kind-0123456789'))).toBe(200);
    // A caller that is counted per address cannot dodge it by naming other addresses without the token.
    const caller = (i: number) => relayed(`198.51.100.${i}`, 'not-the-token', { 'x-forwarded-for': '192.0.2.43' });
    expect([await logIn(caller(1)), await logIn(caller(2)), await logIn(caller(3))]).toEqual([200, 200, 429]);
    const ignored = api.logs.filter((l) => l.msg === 'ignored x-ocop-client-address').slice(ignoredBefore);
    expect(ignored.map((l) => l.reason)).toEqual([...Array(4).fill('missing token'), ...Array(4).fill('wrong token'), 'wrong token', 'wrong token', 'wrong token']);
    expect(JSON.stringify(ignored)).not.toContain('not-the-token');
  });

  it('counts the token holder per the storefront when it names no address (unknown client)', async () => {
    for (let i = 0; i < 4; i++) expect(await logIn({ headers: { 'x-ocop-storefront-token': TOKEN } })).toBe(200);
  });
});
