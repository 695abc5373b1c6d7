import { describe, expect, it } from 'vitest';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';

describe('query limits (checked before any resolver runs)', async () => {
  const { orm } = await testDatabase();
  const dev = await testApi(orm);
  const production = await testApi(orm, { env: { NODE_ENV: 'production' } });

  it('accepts the depth the storefront needs (7) and refuses depth 8', async () => {
    const seven = await dev.gql(`{ products(first: 1) { nodes { producer { province { current { current { name } } } } } } }`);
    expect(seven.errors).toBeUndefined();
    const eight = await dev.gql(`{ products(first: 1) { nodes { producer { province { current { current { current { name } } } } } } } }`);
    expect(eight.data).toBeUndefined();
    expect(eight.errors![0]!.message).toMatch(/depth/i);
  });

  it('refuses 16 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: productSets(first: 1) { totalCount }`).join(" ");
    const { errors } = await dev.gql(`{ ${aliases} }`);
    expect(errors![0]!.message).toMatch(/alias/i);
  });

  it('refuses a batched array body', async () => {
    const res = await fetch(`${dev.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('in production: no introspection and no "Did you mean" hints', async () => {
    const intro = await production.gql(`{ __schema { types { name } } }`);
    expect(intro.errors![0]!.message).toMatch(/introspection/i);
    const typo = await production.gql(`{ product(slug: "x") { nme } }`);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const devTypo = await dev.gql(`{ product(slug: "x") { nme } }`);
    expect(JSON.stringify(devTypo.errors)).toMatch(/Did you mean/);
  });
});
