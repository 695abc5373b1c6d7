import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TIMEOUT_MS } from '../lib/redis.js';
import { rows } from '../lib/sql.js';
import { testApi, type GqlOptions } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { eventually, spawnTs } from '../test/processes.js';
import { testRedis } from '../test/redis-server.js';
import { createRoleWorld, type RoleWorld } from '../test/roles.js';
import { toGlobalId } from './global-id.js';

// Two API instances over one database and one real Redis (REDIS_URL), as two replicas behind a
// load balancer: the response cache and the rate-limit counters live in Redis.
const redis = await testRedis();
const { orm, url: databaseUrl } = await testDatabase();
const env = {
  REDIS_URL: redis.url,
  REDIS_KEY_PREFIX: 'ocop-test:',
  RESPONSE_CACHE_MAX_AGE: '300',
  // Per client address only: the world below is built by unlimited requests without X-Forwarded-For.
  RATE_LIMIT_MUTATIONS_PER_IP: '4',
  RATE_LIMIT_SEARCH_PER_IP: '3',
};
const a = await testApi(orm, { env });
const b = await testApi(orm, { env });
// A plain client of the same server, to look at what the API instances wrote.
const inspector = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 200 });
inspector.on('error', () => {});
afterAll(() => inspector.disconnect());

let world: RoleWorld;
beforeAll(async () => {
  world = await createRoleWorld(orm, a);
  await bothRedis('ready');
});

const CATALOGUE = `query { products(first: 24) { totalCount nodes { slug price { amount } } } }`;
const PRODUCT = `query ($slug: String!) { product(slug: $slug) { name variants { nodes { sku price { amount } } } } }`;
const UPDATE = `mutation ($input: ProductUpdateInput!) { productUpdate(input: $input) { userErrors { code } } }`;
const LOG_OUT = `mutation { accountLogOut { userErrors { code } } }`;
const SEARCH = `{ search(query: "chè", first: 1) { totalCount } }`;
/** The storefront's server (127.0.0.1, a trusted proxy) relaying a shopper at `ip`. */
const from = (ip: string): GqlOptions => ({ headers: { 'x-forwarded-for': ip } });

async function readiness(api: { base: string }): Promise<{ status: string; redis?: string }> {
  const res = await fetch(`${api.base}/readyz`);
  expect(res.status).toBe(200);
  return (await res.json()) as { status: string; redis?: string };
}

async function bothRedis(state: 'ready' | 'unavailable') {
  await eventually(async () => (await readiness(a)).redis === state && (await readiness(b)).redis === state);
}

async function priceOf(api: typeof a, slug: string, sku: string): Promise<number> {
  const found = await api.gql(PRODUCT, { slug });
  return found.data!.product.variants.nodes.find((v: { sku: string }) => v.sku === sku).price.amount;
}

/** `limit` requests of `query` from one address, alternating between A and B, then one more on each. */
async function splitAcrossInstances(query: string, ip: string, limit: number) {
  const statuses: number[] = [];
  for (let i = 0; i < limit; i++) statuses.push((await (i % 2 ? b : a).gql(query, undefined, from(ip))).status);
  const overOnA = await a.gql(query, undefined, from(ip));
  const overOnB = await b.gql(query, undefined, from(ip));
  return { statuses, overOnA, overOnB };
}

describe('Redis shared by API instances (REDIS_URL)', () => {
  it('serves on B a read cached by A, from Redis: one statement (the epoch), the same body', async () => {
    const onA = await a.gql(CATALOGUE);
    const onB = await b.gql(CATALOGUE);
    expect(onA.errors).toBeUndefined();
    expect(onA.sqlStatements).toBeGreaterThan(1);
    expect(onB.sqlStatements).toBe(1);
    expect(onB.data).toEqual(onA.data);
    // Under the configured prefix, expiring (the cache's max-age) rather than kept for ever.
    const keys = await inspector.keys('ocop-test:response-cache:*');
    expect(keys.length).toBeGreaterThan(0);
    const ttl = await inspector.ttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300);
  });

  it('shows a price changed through A on the next read from B (the epoch moves; Redis is not asked to forget)', async () => {
    const slug = world.products.a.slug;
    const [variant] = await rows<{ sku: string }>(orm.em.fork(), `select sku from product_variant where product_id = ? order by position limit 1`, [world.products.a.id]);
    const sku = variant!.sku;
    const oldPrice = await priceOf(a, slug, sku);
    expect((await b.gql(PRODUCT, { slug })).sqlStatements).toBe(1);

    const updated = await world.gqlAs('producerA')(UPDATE, { input: { productId: toGlobalId('Product', world.products.a.id), variants: [{ sku, price: oldPrice + 1_000 }] } });
    expect(updated.data!.productUpdate.userErrors).toEqual([]);
    expect(await priceOf(b, slug, sku)).toBe(oldPrice + 1_000);
    // Cached again under the new epoch, for A as well.
    const again = await a.gql(PRODUCT, { slug });
    expect(again.sqlStatements).toBe(1);
  });

  it('counts mutations and searches from one address across both instances against one limit', async () => {
    const mutations = await splitAcrossInstances(LOG_OUT, '203.0.113.10', 4);
    expect(mutations.statuses).toEqual([200, 200, 200, 200]);
    for (const over of [mutations.overOnA, mutations.overOnB]) {
      expect(over.status).toBe(429);
      expect(over.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    }
    const searches = await splitAcrossInstances(SEARCH, '203.0.113.11', 3);
    expect(searches.statuses).toEqual([200, 200, 200]);
    expect(searches.overOnA.status).toBe(429);
    expect(searches.overOnB.status).toBe(429);
    expect(await inspector.exists('ocop-test:rl:mutation-ip:203.0.113.10')).toBe(1);
  });

  it('keeps serving while Redis is down: cache skipped, limits counted in each process, no error; shared again once it is back', async () => {
    await redis.kill();
    // Right after the crash, before anything noticed it: answers computed from PostgreSQL.
    for (const api of [a, b, a, b]) {
      const read = await api.gql(CATALOGUE);
      expect(read.status).toBe(200);
      expect(read.errors).toBeUndefined();
      expect(read.sqlStatements).toBeGreaterThan(1);
    }
    await bothRedis('unavailable');
    // Reconnection attempts fail (refused) and are logged, never thrown.
    await eventually(async () => [a, b].every((api) => api.logs.some((l) => l.component === 'redis' && /ECONNREFUSED/.test(l.err?.message ?? ''))));
    expect((await a.gql(CATALOGUE)).sqlStatements).toBeGreaterThan(1);

    // The insurance limiter: the limit still holds, per instance for the length of the outage.
    for (let i = 0; i < 4; i++) expect((await a.gql(LOG_OUT, undefined, from('203.0.113.20'))).status).toBe(200);
    expect((await a.gql(LOG_OUT, undefined, from('203.0.113.20'))).status).toBe(429);
    expect((await b.gql(LOG_OUT, undefined, from('203.0.113.20'))).status).toBe(200);

    for (const api of [a, b]) {
      expect(api.logs.filter((l) => l.level >= 50)).toEqual([]);
      expect(api.logs.some((l) => l.level === 40 && l.component === 'redis')).toBe(true);
    }

    await redis.start();
    await bothRedis('ready');
    expect(a.logs.some((l) => l.component === 'redis' && /ready/.test(String(l.msg)))).toBe(true);
    const query = `query { products(first: 5) { totalCount nodes { slug } } }`;
    expect((await a.gql(query)).sqlStatements).toBeGreaterThan(1);
    expect((await b.gql(query)).sqlStatements).toBe(1);
    const shared = await splitAcrossInstances(LOG_OUT, '203.0.113.21', 4);
    expect(shared.statuses).toEqual([200, 200, 200, 200]);
    expect(shared.overOnA.status).toBe(429);
  });

  it('gives up on a Redis that stops answering after its command timeout, and uses it again when it answers', async () => {
    await a.gql(CATALOGUE);
    expect((await b.gql(CATALOGUE)).sqlStatements).toBe(1);
    redis.pause();
    try {
      const started = performance.now();
      const read = await b.gql(CATALOGUE);
      const search = await a.gql(SEARCH, undefined, from('203.0.113.30'));
      expect(performance.now() - started).toBeLessThan(10 * COMMAND_TIMEOUT_MS);
      expect(read.sqlStatements).toBeGreaterThan(1);
      expect(read.data).toBeDefined();
      expect(search.status).toBe(200);
      // Connected but silent: readiness asks it (PING) and reports it, still serving.
      expect((await readiness(a)).redis).toBe('unavailable');
    } finally {
      redis.resume();
    }
    await a.gql(`{ provinces(first: 2) { totalCount } }`);
    await eventually(async () => (await b.gql(`{ provinces(first: 2) { totalCount } }`)).sqlStatements === 1);
    for (const api of [a, b]) expect(api.logs.filter((l) => l.level >= 50)).toEqual([]);
  });

  const named = async () => String(await inspector.client('LIST')).split('\n').filter((l) => l.includes('name=ocop-api')).length;

  it('closes its Redis connection when the app closes', async () => {
    const c = await testApi(orm, { env });
    await eventually(async () => (await readiness(c)).redis === 'ready');
    const before = await named();
    await c.app.close();
    await eventually(async () => (await named()) === before - 1);
  });

  it('the API process connects at boot and, on SIGTERM, closes the connection and exits 0', { timeout: 60_000 }, async () => {
    const before = await named();
    const api = spawnTs('src/main.ts', {
      DATABASE_URL: databaseUrl, API_PORT: '0', API_HOST: '127.0.0.1', SEED_ON_EMPTY: 'false', JOBS_ENABLED: 'false',
      REDIS_URL: redis.url, SHUTDOWN_READINESS_DELAY_MS: '0',
    });
    try {
      await api.waitFor(/redis: ready/);
      expect(api.output()).toContain('shared through Redis (REDIS_URL)');
      expect(await named()).toBe(before + 1);
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe(0);
      expect(api.output()).toContain('redis: closing the connection');
      expect(api.output()).not.toContain('connection lost');
      await eventually(async () => (await named()) === before);
    } finally {
      api.child.kill('SIGKILL');
    }
  });
});
