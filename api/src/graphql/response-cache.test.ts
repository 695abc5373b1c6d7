import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../lib/sql.js';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { createRoleWorld, TEST_PASSWORD, type RoleWorld } from '../test/roles.js';
import { toGlobalId } from './global-id.js';

// Two API instances over one database, both caching (as two replicas behind a load balancer).
const { orm } = await testDatabase();
const env = { RESPONSE_CACHE_MAX_AGE: '300' };
const a = await testApi(orm, { env });
const b = await testApi(orm, { env });
let world: RoleWorld;
beforeAll(async () => {
  world = await createRoleWorld(orm, a);
});

const PRODUCT = `query ($slug: String!) { product(slug: $slug) { name price { amount } variants { nodes { sku price { amount } stock } } } }`;
const CATALOGUE = `query { products(first: 24) { totalCount nodes { slug price { amount } } } }`;
const UPDATE = `mutation ($input: ProductUpdateInput!) { productUpdate(input: $input) { product { price { amount } } userErrors { code } } }`;

async function skuOfA(): Promise<string> {
  const [found] = await rows<{ sku: string }>(orm.em.fork(), `select sku from product_variant where product_id = ? order by position limit 1`, [world.products.a.id]);
  return found!.sku;
}

describe('response cache of public reads', () => {
  it('answers a repeated anonymous read from the cache: one statement (the epoch), the same body', async () => {
    const first = await a.gql(CATALOGUE);
    const second = await a.gql(CATALOGUE);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(first.sqlStatements).toBeGreaterThan(1);
    expect(second.sqlStatements).toBe(1);
  });

  it('shows a price changed through instance A on the next read from instance B', async () => {
    const slug = world.products.a.slug;
    const sku = await skuOfA();
    // Both instances have the product cached.
    await a.gql(PRODUCT, { slug });
    const cachedOnB = await b.gql(PRODUCT, { slug });
    expect((await b.gql(PRODUCT, { slug })).sqlStatements).toBe(1);
    const oldPrice = cachedOnB.data!.product.variants.nodes.find((v: { sku: string }) => v.sku === sku).price.amount;

    const newPrice = oldPrice + 12_345;
    const updated = await world.gqlAs('producerA')(UPDATE, { input: { productId: toGlobalId('Product', world.products.a.id), variants: [{ sku, price: newPrice }] } });
    expect(updated.data!.productUpdate.userErrors).toEqual([]);

    const onB = await b.gql(PRODUCT, { slug });
    expect(onB.data!.product.variants.nodes.find((v: { sku: string }) => v.sku === sku).price.amount).toBe(newPrice);
    expect((await a.gql(PRODUCT, { slug })).data!.product.variants.nodes.find((v: { sku: string }) => v.sku === sku).price.amount).toBe(newPrice);
  });

  it('does not move the epoch for mutations that cannot change the catalogue (a cart line)', async () => {
    const slug = world.products.a.slug;
    await a.gql(PRODUCT, { slug });
    const [variant] = await rows<{ id: string }>(orm.em.fork(), `select id from product_variant where product_id = ? limit 1`, [world.products.a.id]);
    const added = await a.gql(`mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code } } }`, {
      input: { lines: [{ variantId: toGlobalId('ProductVariant', variant!.id), quantity: 1 }] },
    });
    expect(added.errors).toBeUndefined();
    expect((await a.gql(PRODUCT, { slug })).sqlStatements).toBe(1);
  });

  it('never caches a signed-in read, nor a response holding a private field or a non-public root', async () => {
    const slug = world.products.a.slug;
    const asProducer = world.gqlAs('producerA');
    await asProducer(PRODUCT, { slug });
    expect((await asProducer(PRODUCT, { slug })).sqlStatements).toBeGreaterThan(1);

    const withViewer = `query ($slug: String!) { product(slug: $slug) { name } viewer { email } }`;
    await a.gql(withViewer, { slug });
    expect((await a.gql(withViewer, { slug })).sqlStatements).toBeGreaterThan(1);

    // A guarded field asked anonymously is an error: errors are never cached either.
    const guarded = `query ($id: ID!) { producerWorkspace(producerId: $id) { name } }`;
    const first = await a.gql(guarded, { id: toGlobalId('Producer', world.producers.a.id) });
    expect(first.errors?.[0]).toBeDefined();
    const again = await a.gql(guarded, { id: toGlobalId('Producer', world.producers.a.id) });
    expect(again.errors?.[0]?.extensions?.code).toBe(first.errors?.[0]?.extensions?.code);
  });

  it('keeps what a member may see of a pending producer away from strangers', async () => {
    // A signed-in member's answer is not stored, so an anonymous read computes its own.
    const query = `query ($id: ID!) { node(id: $id) { id } }`;
    const id = toGlobalId('Producer', world.producers.a.id);
    const member = await world.gqlAs('producerA')(query, { id });
    const stranger = await a.gql(query, { id });
    expect(member.errors).toBeUndefined();
    expect(stranger.sqlStatements).toBeGreaterThan(1);
  });

  it('lets caches revalidate a public GET read with its entity tag: 304 while unchanged, the new answer after a change', async () => {
    const url = `${a.base}/graphql?query=${encodeURIComponent(PRODUCT)}&variables=${encodeURIComponent(JSON.stringify({ slug: world.products.b.slug }))}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const [variant] = await rows<{ sku: string }>(orm.em.fork(), `select sku from product_variant where product_id = ? limit 1`, [world.products.b.id]);
    const updated = await world.gqlAs('producerB')(UPDATE, { input: { productId: toGlobalId('Product', world.products.b.id), variants: [{ sku: variant!.sku, price: 77_000 }] } });
    expect(updated.data!.productUpdate.userErrors).toEqual([]);
    const changed = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);

    // Signed in: no public caching headers.
    const cookie = `ocop_session=${world.users.producerB.token}`;
    const personal = await fetch(url, { headers: { ...headers, cookie } });
    expect(personal.headers.get('cache-control')).not.toBe('public, no-cache');
    expect(personal.headers.get('etag')).toBeNull();
  });

  it('shares sessions between instances: signed in through A, recognised by B', async () => {
    const login = await a.gql(`mutation ($input: AccountLogInInput!) { accountLogIn(input: $input) { viewer { email } userErrors { code } } }`, {
      input: { email: world.users.shopper.email, password: TEST_PASSWORD },
    });
    expect(login.data!.accountLogIn.userErrors).toEqual([]);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const onB = await b.gql(`{ viewer { email } }`, undefined, { headers: { cookie } });
    expect(onB.data!.viewer).toEqual({ email: world.users.shopper.email });
  });
});
