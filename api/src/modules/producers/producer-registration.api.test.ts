import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, type RoleWorld } from '../../test/roles.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
let pending: { id: string };
let pendingProduct: { id: string; slug: string };
beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder) => {
      // Registered in Hà Nội like producer A, but not approved: its published product is not public.
      const producer = builder.producer('HTX Nem Chua Chờ Duyệt', { id: 'prv_01' }, 'COOPERATIVE', { verified: false });
      pending = { id: producer.id };
      const product = builder.product('Nem chua Thanh Hóa', producer, { group: 'BEVERAGES', slug: 'nem-chua' });
      pendingProduct = { id: product.id, slug: product.slug };
    },
  });
});

const PUBLIC = `query ($slug: String!, $producerId: ID!, $relatedTo: String!) {
  product(slug: $slug) { name }
  products(filter: { producerId: $producerId }) { totalCount facets { groups { group count } } }
  all: products(first: 50) { totalCount nodes { slug } facets { groups { group count } provinces { province { code } count } } }
  search(query: "nem chua", first: 5) { totalCount }
  related: product(slug: $relatedTo) { related { slug } }
}`;
const APPROVE = `mutation ($id: ID!) { producerApprove(producerId: $id) { producer { verified } userErrors { code } } }`;
const REGISTER = `mutation ($input: ProducerRegisterInput!) {
  producerRegister(input: $input) { producer { id name slug verified storyHtml } userErrors { field code } }
}`;

async function publicView() {
  const result = await api.gql(PUBLIC, { slug: pendingProduct.slug, producerId: toGlobalId('Producer', pending.id), relatedTo: world.products.a.slug });
  expect(result.errors).toBeUndefined();
  const data = result.data!;
  return {
    bySlug: data.product,
    byProducer: data.products.totalCount,
    inList: data.all.nodes.some((n: { slug: string }) => n.slug === pendingProduct.slug),
    beverages: data.all.facets.groups.find((g: { group: string }) => g.group === 'BEVERAGES')?.count ?? 0,
    searchHits: data.search.totalCount,
    related: data.related.related.some((r: { slug: string }) => r.slug === pendingProduct.slug),
    byNode: (await api.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId('Product', pendingProduct.id) })).data!.node,
  };
}

describe('products of unapproved producers', () => {
  it('are never public until an admin approves the producer', async () => {
    expect(await publicView()).toEqual({ bySlug: null, byProducer: 0, inList: false, beverages: 0, searchHits: 0, related: false, byNode: null });

    const approved = await world.gqlAs('admin')(APPROVE, { id: toGlobalId('Producer', pending.id) });
    expect(approved.data!.producerApprove).toEqual({ producer: { verified: true }, userErrors: [] });
    expect(await publicView()).toEqual({
      bySlug: { name: 'Nem chua Thanh Hóa' }, byProducer: 1, inList: true, beverages: 1, searchHits: 1, related: true,
      byNode: { id: toGlobalId('Product', pendingProduct.id) },
    });
  });

  it('keep their own profile private until approval, except to their members and admins', async () => {
    const slug = (await api.gql(`query ($id: ID!) { node(id: $id) { ... on Producer { slug } } }`, { id: toGlobalId('Producer', world.producers.a.id) })).data!.node.slug;
    const pendingSlug = (await rows<{ slug: string }>(orm.em.fork(), `select slug from producer where id = ?`, [pending.id]))[0]!.slug;
    await rows(orm.em.fork(), `update producer set verified = false where id = ?`, [pending.id]);
    const PROFILE = `query ($slug: String!, $id: ID!) {
      producer(slug: $slug) { name } node(id: $id) { id } producers(first: 100) { nodes { slug } }
    }`;
    const view = async (role: 'anonymous' | 'producerB' | 'admin') => {
      const { data } = await world.gqlAs(role)(PROFILE, { slug: pendingSlug, id: toGlobalId('Producer', pending.id) });
      return { bySlug: data!.producer?.name ?? null, byNode: data!.node !== null, listed: data!.producers.nodes.some((n: { slug: string }) => n.slug === pendingSlug) };
    };
    expect(await view('anonymous')).toEqual({ bySlug: null, byNode: false, listed: false });
    expect(await view('producerB')).toEqual({ bySlug: null, byNode: false, listed: false });
    expect(await view('admin')).toEqual({ bySlug: 'HTX Nem Chua Chờ Duyệt', byNode: true, listed: false });
    // An approved producer is public to everyone.
    expect((await world.gqlAs('anonymous')(`query ($slug: String!) { producer(slug: $slug) { id } }`, { slug })).data!.producer).not.toBeNull();
  });

  it('answers NOT_FOUND when approving an id that names no producer', async () => {
    const result = await world.gqlAs('admin')(APPROVE, { id: toGlobalId('Producer', 'pdc_nope') });
    expect(result.data!.producerApprove.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });
});

describe('producerRegister', () => {
  it('registers a pending producer owned by the caller, who can then prepare products', async () => {
    const shopper = world.gqlAs('shopper');
    const result = await shopper(REGISTER, {
      input: { name: 'HTX Mắm Tôm Chua', kind: 'COOPERATIVE', provinceCode: '46', registrationNumber: '3301234567', story: '<p>Từ 1950</p><script>x</script>' },
    });
    expect(result.data!.producerRegister.userErrors).toEqual([]);
    const producer = result.data!.producerRegister.producer;
    expect(producer).toMatchObject({ name: 'HTX Mắm Tôm Chua', slug: 'htx-mam-tom-chua', verified: false, storyHtml: '<p>Từ 1950</p>' });

    const roles = await shopper(`{ viewer { roles { kind ... on ProducerMemberRole { role producer { name } } } } }`);
    expect(roles.data!.viewer.roles).toEqual([{ kind: 'PRODUCER_MEMBER', role: 'OWNER', producer: { name: 'HTX Mắm Tôm Chua' } }]);
    // Its owner sees the pending profile; the public does not.
    const profile = `query ($slug: String!) { producer(slug: $slug) { name } }`;
    expect((await shopper(profile, { slug: producer.slug })).data!.producer).toEqual({ name: 'HTX Mắm Tôm Chua' });
    expect((await api.gql(profile, { slug: producer.slug })).data!.producer).toBeNull();

    const created = await shopper(`mutation ($input: ProductCreateInput!) { productCreate(input: $input) { product { id slug } userErrors { code } } }`, {
      input: { producerId: producer.id, name: 'Mắm tôm chua Huế', description: '', group: 'FOOD', variants: [{ sku: 'MTC-1', label: 'hũ 500 g', price: 80_000, stock: 9 }] },
    });
    const product = created.data!.productCreate.product;
    await shopper(`mutation ($id: ID!) { productPublish(productId: $id) { userErrors { code } } }`, { id: product.id });
    const view = async () => (await api.gql(`query ($slug: String!) { product(slug: $slug) { name } }`, { slug: product.slug })).data!.product;
    expect(await view()).toBeNull();
    await world.gqlAs('admin')(APPROVE, { id: producer.id });
    expect(await view()).toEqual({ name: 'Mắm tôm chua Huế' });
  });

  it('reports bad input with stable codes and writes nothing', async () => {
    const before = await databaseFingerprint(orm);
    const result = await world.gqlAs('shopper')(REGISTER, { input: { name: ' ', kind: 'ENTERPRISE', provinceCode: '99', registrationNumber: '3301234567', email: 'không-phải-email' } });
    expect(result.data!.producerRegister).toEqual({
      producer: null,
      userErrors: [
        { field: ['input', 'name'], code: 'NAME_REQUIRED' },
        { field: ['input', 'provinceCode'], code: 'PROVINCE_NOT_FOUND' },
        { field: ['input', 'registrationNumber'], code: 'REGISTRATION_NUMBER_TAKEN' },
        { field: ['input', 'email'], code: 'INVALID_EMAIL' },
      ],
    });
    expect(await databaseFingerprint(orm)).toEqual(before);
  });
});
