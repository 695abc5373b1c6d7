import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type GqlOptions } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { eventually } from '../../test/processes.js';
import { testRedis } from '../../test/redis-server.js';
import { TEST_PASSWORD } from '../../test/roles.js';
import { LOGIN_LIMITS } from './login-throttle.js';
import { PAUSE_AFTER_FAILURE_MS } from './redis-login-throttle-store.js';

// Two API instances over one database and one real Redis (REDIS_URL), as two replicas behind a load
// balancer: failed log-ins (and password reset requests) are counted in Redis, once for both.
const redis = await testRedis();
const { orm } = await testDatabase();
const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'ocop-test:' };
const a = await testApi(orm, { env });
const b = await testApi(orm, { env });
/** One instance alone, without Redis: the allowance the pair must not exceed. */
const alone = await testApi(orm);
const inspector = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 200 });
inspector.on('error', () => {});
afterAll(() => inspector.disconnect());

const SIGN_UP = `mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`;
const LOG_IN = `mutation ($input: AccountLogInInput!) { accountLogIn(input: $input) { viewer { email } userErrors { code } } }`;
const REQUEST_RESET = `mutation ($input: AccountRequestPasswordResetInput!) { accountRequestPasswordReset(input: $input) { userErrors { code } } }`;
type Api = typeof a;
/** The storefront's server (127.0.0.1, a trusted proxy) relaying a shopper at `ip`. */
const from = (ip: string): GqlOptions => ({ headers: { 'x-forwarded-for': ip } });

const EMAILS = ['alone', 'split', 'reset', 'outage'].map((name) => `${name}@example.vn`);
beforeAll(async () => {
  for (const email of EMAILS) expect((await a.gql(SIGN_UP, { input: { email, password: TEST_PASSWORD } })).data!.accountSignUp.userErrors).toEqual([]);
  await eventually(async () => [a, b].every((api) => api.logs.some((l) => l.component === 'redis' && /ready/.test(String(l.msg)))));
});

/** The log-in's error codes ([] on success), asserting the request itself succeeded. */
async function logIn(api: Api, email: string, password: string, ip = '203.0.113.50'): Promise<string[]> {
  const res = await api.gql(LOG_IN, { input: { email, password } }, from(ip));
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  return res.data!.accountLogIn.userErrors.map((e: { code: string }) => e.code);
}

/** Wrong passwords through `apis` in turn (each from its own address) until one is throttled: how many failed first. */
async function failuresBeforeLockout(apis: Api[], email: string): Promise<number> {
  for (let i = 0; i < 3 * LOGIN_LIMITS.account.maxFailures; i++) {
    const codes = await logIn(apis[i % apis.length]!, email, 'not-the-password', `203.0.113.${60 + i}`);
    if (codes.includes('LOGIN_THROTTLED')) return i;
    expect(codes).toEqual(['INVALID_CREDENTIALS']);
  }
  throw new Error(`${email} was never throttled`);
}

describe('login throttles shared through Redis (REDIS_URL)', () => {
  it('locks an account out after the same number of failed log-ins alternating between A and B as on one instance', async () => {
    const oneInstance = await failuresBeforeLockout([alone], 'alone@example.vn');
    expect(oneInstance).toBe(LOGIN_LIMITS.account.maxFailures);
    expect(await failuresBeforeLockout([a, b], 'split@example.vn')).toBe(oneInstance);
    // Locked out on both, even with the right password.
    expect(await logIn(a, 'split@example.vn', TEST_PASSWORD)).toEqual(['LOGIN_THROTTLED']);
    expect(await logIn(b, 'split@example.vn', TEST_PASSWORD)).toEqual(['LOGIN_THROTTLED']);
    expect(await inspector.zcard('ocop-test:login-throttle:login:account:split@example.vn')).toBe(oneInstance);
  });

  it('a successful log-in through one instance starts the count again on both', async () => {
    const max = LOGIN_LIMITS.account.maxFailures;
    for (let i = 0; i < max - 1; i++) expect(await logIn(i % 2 ? b : a, 'reset@example.vn', 'not-the-password')).toEqual(['INVALID_CREDENTIALS']);
    expect(await logIn(b, 'reset@example.vn', TEST_PASSWORD)).toEqual([]);
    // A full allowance again, counted across both instances (different addresses: only the account counts).
    expect(await failuresBeforeLockout([a, b], 'reset@example.vn')).toBe(max);
  });

  it('counts password reset requests for one email across both instances', async () => {
    const codes = [];
    for (const api of [a, b, a, b]) {
      const res = await api.gql(REQUEST_RESET, { input: { email: 'reset-spam@example.vn' } }, from('203.0.113.80'));
      codes.push(res.data!.accountRequestPasswordReset.userErrors.map((e: { code: string }) => e.code));
    }
    expect(codes).toEqual([[], [], [], ['RESET_THROTTLED']]);
  });

  it('while Redis is down, still throttles in each process, with no error; shared again once it is back', async () => {
    await redis.kill();
    await eventually(async () => [a, b].every((api) => api.logs.some((l) => l.component === 'redis' && /ECONNREFUSED/.test(l.err?.message ?? ''))));
    // Per process for the length of the outage: A locks the account out after its own 5 failures…
    expect(await failuresBeforeLockout([a], 'outage@example.vn')).toBe(LOGIN_LIMITS.account.maxFailures);
    expect(await logIn(a, 'outage@example.vn', TEST_PASSWORD)).toEqual(['LOGIN_THROTTLED']);
    // …which B has not seen (at most N× the tries over N instances, as without Redis; never unlimited).
    expect(await failuresBeforeLockout([b], 'outage@example.vn')).toBe(LOGIN_LIMITS.account.maxFailures);
    for (const api of [a, b]) {
      expect(api.logs.filter((l) => l.level >= 50)).toEqual([]);
      expect(api.logs.some((l) => l.level === 40 && l.component === 'redis')).toBe(true);
    }

    await redis.start();
    await eventually(async () => [a, b].every((api) => api.logs.filter((l) => l.component === 'redis' && /ready/.test(String(l.msg))).length >= 2));
    // A store that saw a command fail leaves Redis alone for a moment before it asks again.
    await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_FAILURE_MS));
    // Shared again (unknown emails count like known ones): one allowance for both instances.
    expect(await failuresBeforeLockout([a, b], 'after-outage@example.vn')).toBe(LOGIN_LIMITS.account.maxFailures);
    expect(await inspector.zcard('ocop-test:login-throttle:login:account:after-outage@example.vn')).toBe(LOGIN_LIMITS.account.maxFailures);
  });
});
