import { afterAll, describe, expect, it } from 'vitest';
import { JOB, startJobs } from '../jobs.js';
import { defaultServiceDeps } from '../modules/services.js';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { captureLogger } from './logger.js';

const TOKEN = 'metrics-token-0123456789abcdefghijkl';

describe('request ids and the access log', async () => {
  const { orm } = await testDatabase();
  const api = await testApi(orm);

  it('echoes a sane incoming x-request-id and makes one up otherwise', async () => {
    const given = await fetch(`${api.base}/healthz`, { headers: { 'x-request-id': 'lb-7f3a9c2e41d0' } });
    expect(given.headers.get('x-request-id')).toBe('lb-7f3a9c2e41d0');
    const hostile = await fetch(`${api.base}/healthz`, { headers: { 'x-request-id': '"}{"level":60' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const none = await fetch(`${api.base}/healthz`);
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one access line per request: method, path, status, duration, SQL statements, request id', async () => {
    const res = await api.gql(`{ provinces(first: 2) { nodes { name } } }`, undefined, { headers: { 'x-request-id': 'access-log-check-1' } });
    await new Promise((r) => setImmediate(r));
    const lines = api.logs.filter((l) => l.requestId === 'access-log-check-1');
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'request', method: 'POST', path: '/graphql', status: 200, durationMs: expect.any(Number), sqlStatements: res.sqlStatements }),
    ]);
    expect(res.sqlStatements).toBeGreaterThan(0);
  });
});

describe('/metrics', async () => {
  const { orm, url } = await testDatabase();
  const closed = await testApi(orm);
  const api = await testApi(orm, { env: { METRICS_TOKEN: TOKEN } });
  const jobs = await startJobs({ url, orm, logger: captureLogger().logger, deps: () => defaultServiceDeps(), pollingIntervalSeconds: 60 });
  afterAll(() => jobs.stop());
  api.app.metrics.watchQueues(jobs.queueDepths);
  const scrape = (authorization?: string) => fetch(`${api.base}/metrics`, { headers: authorization ? { authorization } : {} });

  it('does not exist without METRICS_TOKEN', async () => {
    expect((await fetch(`${closed.base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });

  it('asks for the bearer token', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, TOKEN]) {
      const res = await scrape(authorization);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('serves request counts, latencies, GraphQL outcomes, SQL statements, job queues and process figures', async () => {
    await api.gql(`{ provinces(first: 2) { nodes { name } } }`);
    await api.gql(`{ nope }`);
    await api.gql(`mutation { accountLogOut { userErrors { code } } }`);
    await fetch(`${api.base}/no-such-page/${Math.random()}`);
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toMatch(/^http_requests_total\{route="\/graphql",method="POST",status="200"\} [1-9]/m);
    expect(text).toMatch(/^http_requests_total\{route="other",method="GET",status="404"\} 1$/m);
    expect(text).toMatch(/^http_request_duration_seconds_bucket\{le="0\.1",route="\/graphql",method="POST"\} \d+/m);
    expect(text).toMatch(/^graphql_operations_total\{type="query",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^graphql_operations_total\{type="query",outcome="rejected"\} 1$/m);
    expect(text).toMatch(/^graphql_operations_total\{type="mutation",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^sql_statements_per_request_count\{route="\/graphql"\} [1-9]/m);
    for (const queue of Object.values(JOB)) {
      expect(text).toMatch(new RegExp(`^job_queue_jobs\\{queue="${queue}",state="queued"\\} \\d+$`, 'm'));
      expect(text).toMatch(new RegExp(`^job_queue_jobs\\{queue="${queue}",state="active"\\} \\d+$`, 'm'));
    }
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });
});
