import { describe, expect, it } from 'vitest';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { databaseFingerprint, TEST_PASSWORD } from '../test/roles.js';

const SIGN_UP = `mutation { accountSignUp(input: { email: "csrf@example.vn", password: "${TEST_PASSWORD}" }) { viewer { email } userErrors { code } } }`;

/** Issue 9, acceptance 2 (API part): requests a foreign page can send without a preflight change nothing. */
describe('cross-site requests to /graphql in production', async () => {
  const { orm } = await testDatabase();
  const api = await testApi(orm, { env: { NODE_ENV: 'production' } });

  it('refuses a text/plain POST without the preflight header with 400, and nothing changes', async () => {
    const before = await databaseFingerprint(orm);
    const res = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://evil.example' },
      body: JSON.stringify({ query: SIGN_UP }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it('refuses a mutation over GET with 405 (and a plain cross-site GET with 400), and nothing changes', async () => {
    const before = await databaseFingerprint(orm);
    const url = `${api.base}/graphql?query=${encodeURIComponent(SIGN_UP)}`;
    const simple = await fetch(url, { headers: { origin: 'https://evil.example' } });
    expect(simple.status).toBe(400);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(405);
    expect(preflighted.headers.get('allow')).toBe('POST');
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it('still serves a query over GET with the preflight header', async () => {
    const res = await fetch(`${api.base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
