import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';

describe('HTTP endpoints', async () => {
  const { orm } = await testDatabase();
  const api = await testApi(orm);

  it('GET /healthz says the process is up', async () => {
    const res = await fetch(`${api.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz says the database is reachable', async () => {
    const res = await fetch(`${api.base}/readyz`);
    expect(res.status).toBe(200);
  });

  it('answers 404 for unknown paths, 400 for broken JSON and 413 for oversized bodies', async () => {
    expect((await fetch(`${api.base}/nope`)).status).toBe(404);
    const broken = await fetch(`${api.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    const huge = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, padding: 'x'.repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('refuses a simple (CSRF-able) request: text/plain POST without a preflight header', async () => {
    const res = await fetch(`${api.base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(400);
  });
});

describe('readiness while the database is away', () => {
  it('GET /readyz answers 503 while connections are refused, /healthz stays 200, and recovers without restart', async () => {
    const { orm, url } = await testDatabase();
    const api = await testApi(orm);
    const name = new URL(url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: url.replace(`/${name}`, '/postgres') });
    await admin.connect();
    try {
      await admin.query(`alter database ${admin.escapeIdentifier(name)} with allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
      expect((await fetch(`${api.base}/readyz`)).status).toBe(503);
      expect((await fetch(`${api.base}/healthz`)).status).toBe(200);
      await admin.query(`alter database ${admin.escapeIdentifier(name)} with allow_connections true`);
      expect((await fetch(`${api.base}/readyz`)).status).toBe(200);
    } finally {
      await admin.query(`alter database ${admin.escapeIdentifier(name)} with allow_connections true`);
      await admin.end();
    }
  });
});
