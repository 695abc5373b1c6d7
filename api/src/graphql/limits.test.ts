import { describe, expect, it, vi } from 'vitest';
import { ProvinceService } from '../modules/places/province.service.js';
import { ProducerService } from '../modules/producers/producer.service.js';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { MAX_QUERY_COST } from './cost.js';

/** Issue 9, acceptance 1: the API in production mode (NODE_ENV=production). */
describe('query limits in production (checked before any resolver runs)', async () => {
  const { orm } = await testDatabase();
  const dev = await testApi(orm);
  const production = await testApi(orm, { env: { NODE_ENV: 'production' } });

  it('accepts the depth the storefront needs (7) and refuses depth 8', async () => {
    const seven = await production.gql(`{ products(first: 1) { nodes { producer { province { current { current { name } } } } } } }`);
    expect(seven.errors).toBeUndefined();
    const eight = await production.gql(`{ products(first: 1) { nodes { producer { province { current { current { current { name } } } } } } } }`);
    expect(eight.data).toBeUndefined();
    expect(eight.errors![0]!.message).toMatch(/depth/i);
    expect(eight.sqlStatements).toBe(0);
  });

  it('accepts 15 aliases and refuses 16', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: productSets(first: 1) { totalCount }`).join(' ');
    expect((await production.gql(`{ ${aliases(15)} }`)).errors).toBeUndefined();
    const sixteen = await production.gql(`{ ${aliases(16)} }`);
    expect(sixteen.errors![0]!.message).toMatch(/alias/i);
    expect(sixteen.sqlStatements).toBe(0);
  });

  it('counts aliased __typename like any other alias', async () => {
    const typenames = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ');
    expect((await production.gql(`{ ${typenames(15)} }`)).errors).toBeUndefined();
    const sixteen = await production.gql(`{ ${typenames(16)} }`);
    expect(sixteen.data).toBeUndefined();
    expect(sixteen.errors![0]!.message).toMatch(/alias/i);
  });

  it('refuses more than 10 directives', async () => {
    const directives = (n: number) => Array.from({ length: n }, () => '... @include(if: true) { __typename }').join(' ');
    expect((await production.gql(`{ ${directives(10)} }`)).errors).toBeUndefined();
    const eleven = await production.gql(`{ ${directives(11)} }`);
    expect(eleven.errors![0]!.message).toMatch(/directives/i);
  });

  it('refuses a document of more than 2000 tokens', async () => {
    expect((await production.gql(`{ ${Array.from({ length: 500 }, () => '__typename').join(' ')} }`)).errors).toBeUndefined();
    const many = `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`;
    const res = await production.gql(many);
    expect(res.status).toBe(400);
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/2000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  });

  it('refuses a batched array body with 400', async () => {
    const res = await fetch(`${production.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a body over 1 MB with 413 before reading it all', async () => {
    const res = await fetch(`${production.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses an over-cost query (list fields weighted by first) before any resolver runs', async () => {
    const spy = vi.spyOn(ProducerService.prototype, 'list');
    try {
      // 100 producers × 100 products × n variants: cheap in depth and aliases, dear in rows when n is 100.
      const dear = `query ($n: Int) { producers(first: 100) { nodes { products(first: 100) { nodes { variants(first: $n) { nodes { sku } } } } } } }`;
      const cheap = await production.gql(dear, { n: 1 });
      expect(cheap.errors).toBeUndefined();
      expect(cheap.sqlStatements).toBeGreaterThan(0);
      expect(spy).toHaveBeenCalledTimes(1);

      const refused = await production.gql(dear, { n: 100 });
      expect(refused.status).toBe(400);
      expect(refused.data).toBeUndefined();
      expect(refused.errors![0]).toMatchObject({
        message: expect.stringMatching(/cost \d+ exceeds the limit of 50000/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxCost: MAX_QUERY_COST },
      });
      // Nothing ran: no resolver was called and no SQL statement was sent.
      expect(spy).toHaveBeenCalledTimes(1);
      expect(refused.sqlStatements).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('refuses introspection and gives no "Did you mean" hints', async () => {
    const intro = await production.gql(`{ __schema { types { name } } }`);
    expect(intro.errors![0]!.message).toMatch(/introspection/i);
    const typeIntro = await production.gql(`{ __type(name: "Product") { fields { name } } }`);
    expect(typeIntro.errors![0]!.message).toMatch(/introspection/i);
    for (const typo of [`{ product(slug: "x") { nme } }`, `{ prodcts(first: 1) { totalCount } }`, `{ products(frist: 1) { totalCount } }`, `{ products(first: 1, sort: NEWST) { totalCount } }`]) {
      const res = await production.gql(typo);
      expect(res.errors!.length).toBeGreaterThan(0);
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/i);
    }
    const variableTypo = await production.gql(`query ($sort: ProductSort) { products(first: 1, sort: $sort) { totalCount } }`, { sort: 'NEWST' });
    expect(variableTypo.errors![0]!.message).toMatch(/NEWST/);
    expect(JSON.stringify(variableTypo.errors)).not.toMatch(/Did you mean|NEWEST/i);
    const devTypo = await dev.gql(`{ product(slug: "x") { nme } }`);
    expect(JSON.stringify(devTypo.errors)).toMatch(/Did you mean/);
  });

  it('masks a resolver bug as "Internal server error (request <id>)" while the log keeps the stack', async () => {
    const spy = vi.spyOn(ProvinceService.prototype, 'listCurrent').mockRejectedValueOnce(new Error('column "secret_internal_column" does not exist'));
    try {
      const res = await production.gql(`{ provinces(first: 1) { nodes { name } } }`);
      const requestId = res.headers.get('x-request-id')!;
      expect(requestId).toBeTruthy();
      expect(res.errors).toEqual([
        {
          message: `Internal server error (request ${requestId})`,
          locations: [{ line: 1, column: 3 }],
          path: ['provinces'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      expect(JSON.stringify(res.errors)).not.toMatch(/secret_internal_column|stacktrace|\.ts:/);
      const logged = production.logs.find((l) => l.requestId === requestId && l.err);
      expect(logged?.err?.stack).toMatch(/secret_internal_column[\s\S]*at /);
    } finally {
      spy.mockRestore();
    }
  });

  it('lets business errors through: a bad argument and a missing sign-in keep their message and code', async () => {
    const bad = await production.gql(`{ provinces(first: 1000) { totalCount } }`);
    expect(bad.errors![0]).toMatchObject({ message: expect.stringContaining('first'), extensions: { code: 'BAD_USER_INPUT' } });
    const anonymous = await production.gql(`{ users(first: 1) { totalCount } }`);
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('outside production a resolver bug keeps its message, with the request id', async () => {
    const spy = vi.spyOn(ProvinceService.prototype, 'listCurrent').mockRejectedValueOnce(new Error('visible in development'));
    try {
      const res = await dev.gql(`{ provinces(first: 1) { nodes { name } } }`, undefined, { headers: { 'x-request-id': 'dev-request-0001' } });
      expect(res.errors![0]).toMatchObject({ message: 'visible in development', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'dev-request-0001' } });
    } finally {
      spy.mockRestore();
    }
  });
});
