import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../lib/sql.js';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { createRoleWorld, type RoleWorld } from '../test/roles.js';
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
});
