import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../lib/sql.js';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { CatalogueBuilder, province } from '../test/fixtures.js';
import { variantIdOf } from '../test/orders.js';
import { databaseFingerprint } from '../test/roles.js';
import { toGlobalId } from './global-id.js';

/** Bugs the schema-driven fuzz test (schema.fuzz.test.ts) found, one regression test each. */
const { orm } = await testDatabase();
const api = await testApi(orm, { env: { NODE_ENV: 'production' } });

const builder = new CatalogueBuilder();
const producer = builder.producer('HTX Chè Tân Cương', province.current('01'));
const draft = builder.product('Chè nháp chưa công bố', producer);

beforeAll(async () => {
  await builder.write(orm);
  await rows(orm.em.fork(), `update product set status = 'DRAFT' where id = ?`, [draft.id]);
});

async function post(body: unknown) {
  const res = await fetch(`${api.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe('fuzz findings', () => {
  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED, not 500 (the token limit parsed in a plugin hook)', async () => {
    for (const query of ['q', '{', 'query Q(($a: Int) { __typename }', 'query { product(slug: "a) { name } }']) {
      const { status, text } = await post({ query });
      expect(status, query).toBe(400);
      expect(JSON.parse(text).errors[0].extensions.code, query).toBe('GRAPHQL_PARSE_FAILED');
    }
  });

  it('still refuses more than 2000 tokens, with 400', async () => {
    const { status, text } = await post({ query: `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }` });
    expect(status).toBe(400);
    expect(text).toMatch(/token/i);
  });

  it('refuses U+0000 in variables and in string literals with 400 before anything reaches PostgreSQL (was an internal "invalid byte sequence" error)', async () => {
    const before = await databaseFingerprint(orm);
    const variable = await post({ query: 'query($slug: String!) { product(slug: $slug) { name } }', variables: { slug: 'a\u0000b' } });
    expect(variable.status).toBe(400);
    expect(JSON.parse(variable.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const literal = await post({ query: '{ certificate(productSlug: "a\\u0000b", number: "1") { stars } }' });
    expect(literal.status).toBe(400);
    expect(literal.text).toMatch(/NUL/);
    const nested = await post({ query: 'mutation($i: AccountSignUpInput!) { accountSignUp(input: $i) { userErrors { code } } }', variables: { i: { email: 'a@b.vn\u0000', password: 'nuoc-mam-phu-quoc-40' } } });
    expect(nested.status).toBe(400);
    expect(await databaseFingerprint(orm)).toEqual(before);
    // Other unicode is fine.
    const fine = await post({ query: 'query($slug: String!) { product(slug: $slug) { name } }', variables: { slug: 'chè-🍵-\u202e' } });
    expect(fine.status).toBe(200);
    expect(JSON.parse(fine.text)).toEqual({ data: { product: null } });
  });

  it("serialises programme plans' updatedAt as an ISO date-time (raw SQL gave PostgreSQL's text form)", async () => {
    const res = await api.gql(`{ plans(first: 5) { nodes { title updatedAt } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.plans.nodes.length).toBeGreaterThan(0);
    for (const plan of res.data!.plans.nodes) expect(plan.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });

  it("does not tell the name of a product that is not on sale to whoever adds its variant to a cart", async () => {
    const res = await api.gql(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code message } } }`, {
      input: { lines: [{ variantId: toGlobalId('ProductVariant', variantIdOf(draft.id)), quantity: 1 }] },
    });
    expect(res.data!.cartLinesAdd.userErrors).toEqual([{ code: 'NOT_AVAILABLE', message: 'This product is not on sale.' }]);
    expect(JSON.stringify(res)).not.toContain(draft.name);
  });
});
