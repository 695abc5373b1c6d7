import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, type RoleWorld } from '../../test/roles.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
beforeAll(async () => {
  world = await createRoleWorld(orm, api);
});

const CREATE = `mutation ($input: ProductCreateInput!) {
  productCreate(input: $input) {
    product { id slug name status descriptionHtml price { amount } variants { nodes { sku label price { amount } stock weightGrams } } }
    userErrors { field code }
  }
}`;
const UPDATE = `mutation ($input: ProductUpdateInput!) {
  productUpdate(input: $input) {
    product { name status descriptionHtml rawMaterialArea price { amount } variants { nodes { sku label price { amount } stock weightGrams } } }
    userErrors { field code }
  }
}`;
const PUBLISH = `mutation ($id: ID!) { productPublish(productId: $id) { product { status } userErrors { code } } }`;
const ARCHIVE = `mutation ($id: ID!) { productArchive(productId: $id) { product { status } userErrors { code } } }`;

let skuCounter = 0;
function input(overrides: Record<string, unknown> = {}) {
  skuCounter += 1;
  return {
    producerId: toGlobalId('Producer', world.producers.a.id),
    name: 'Chè shan tuyết',
    description: '<p>Chè cổ thụ.</p>',
    group: 'BEVERAGES',
    variants: [
      { sku: `SHAN-${skuCounter}-100`, label: 'gói 100 g', price: 150_000, stock: 10 },
      { sku: `SHAN-${skuCounter}-500`, label: 'hộp 500 g', price: 90_000, stock: 0, weightGrams: 520 },
    ],
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}) {
  const result = await world.gqlAs('producerA')(CREATE, { input: input(overrides) });
  expect(result.errors).toBeUndefined();
  return result.data!.productCreate as { product: any; userErrors: { field: string[]; code: string }[] };
}

describe('productCreate', () => {
  it('creates a draft with a unique slug and the lowest variant price as its "from" price', async () => {
    const first = await create();
    expect(first.userErrors).toEqual([]);
    expect(first.product).toMatchObject({ slug: 'che-shan-tuyet', status: 'DRAFT', price: { amount: 90_000 } });
    expect(first.product.variants.nodes.map((v: any) => v.sku)).toHaveLength(2);
    const second = await create();
    expect(second.product.slug).toBe('che-shan-tuyet-2');
  });

  it('stores descriptions sanitised: no script, event handler or javascript: link', async () => {
    const { product } = await create({
      description: '<p onclick="x()">Ngon</p><script>alert(1)</script><img src=x onerror="alert(1)"><a href="javascript:alert(1)">xem</a>',
    });
    const [stored] = await rows<{ description: string }>(orm.em.fork(), `select description from product where id = (select id from product where name = ? order by created_at desc limit 1)`, ['Chè shan tuyết']);
    for (const html of [stored!.description, product.descriptionHtml]) {
      expect(html).not.toMatch(/script|onerror|onclick|javascript:/i);
      expect(html).toContain('Ngon');
    }
  });

  it('reports each bad field with a stable code and writes nothing', async () => {
    const before = await databaseFingerprint(orm);
    const bad = await create({
      name: '  ',
      variants: [
        { sku: 'BAD-1', label: 'gói', price: -1, stock: 1 },
        { sku: 'BAD-1', label: 'hộp', price: 1, stock: -5 },
      ],
    });
    expect(bad.product).toBeNull();
    expect(bad.userErrors).toEqual([
      { field: ['input', 'name'], code: 'NAME_REQUIRED' },
      { field: ['input', 'variants', '0', 'price'], code: 'NEGATIVE_PRICE' },
      { field: ['input', 'variants', '1', 'sku'], code: 'DUPLICATE_SKU' },
      { field: ['input', 'variants', '1', 'stock'], code: 'NEGATIVE_STOCK' },
    ]);
    expect((await create({ variants: [] })).userErrors).toEqual([{ field: ['input', 'variants'], code: 'NO_VARIANTS' }]);
    // Set 01 is a food set (group I), not a beverage.
    expect((await create({ productSetCode: '01' })).userErrors).toEqual([{ field: ['input', 'productSetCode'], code: 'SET_NOT_IN_GROUP' }]);
    const takenSku = `${world.products.a.id}-0`;
    expect((await create({ variants: [{ sku: takenSku, label: 'gói', price: 1, stock: 1 }] })).userErrors).toEqual([
      { field: ['input', 'variants', '0', 'sku'], code: 'DUPLICATE_SKU' },
    ]);
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it("refuses a member of another producer, and tells an admin an id names no producer", async () => {
    const other = await world.gqlAs('producerB')(CREATE, { input: input() });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await world.gqlAs('admin')(CREATE, { input: input({ producerId: toGlobalId('Producer', 'pdc_nope') }) });
    expect(admin.data!.productCreate.userErrors).toEqual([{ field: ['input', 'producerId'], code: 'PRODUCER_NOT_FOUND' }]);
  });
});

describe('productUpdate', () => {
  it('upserts variants by sku and recomputes the "from" price', async () => {
    const { product } = await create({ name: 'Mật ong bạc hà' });
    const [small, large] = product.variants.nodes.map((v: any) => v.sku);
    const result = await world.gqlAs('producerA')(UPDATE, {
      input: {
        productId: product.id, rawMaterialArea: 'Cao nguyên đá Đồng Văn',
        variants: [{ sku: large, price: 200_000 }, { sku: 'MAT-ONG-1L', label: 'chai 1 l', price: 120_000, stock: 3 }, { sku: small, weightGrams: null, stock: 4 }],
      },
    });
    expect(result.data!.productUpdate.userErrors).toEqual([]);
    expect(result.data!.productUpdate.product).toMatchObject({
      name: 'Mật ong bạc hà', rawMaterialArea: 'Cao nguyên đá Đồng Văn', price: { amount: 120_000 },
      variants: {
        nodes: [
          { sku: small, label: 'gói 100 g', price: { amount: 150_000 }, stock: 4, weightGrams: null },
          { sku: large, label: 'hộp 500 g', price: { amount: 200_000 }, stock: 0, weightGrams: 520 },
          { sku: 'MAT-ONG-1L', label: 'chai 1 l', price: { amount: 120_000 }, stock: 3, weightGrams: null },
        ],
      },
    });
  });

  it('loses nothing already saved when an update is refused', async () => {
    const { product } = await create({ name: 'Miến dong' });
    const sku = product.variants.nodes[0].sku;
    const before = await databaseFingerprint(orm);
    const result = await world.gqlAs('producerA')(UPDATE, {
      input: {
        productId: product.id, name: 'Miến dong mới', description: '<p>Mới</p>',
        variants: [{ sku, price: 1000 }, { sku: 'MIEN-NEW', label: 'gói', price: 5, stock: -1 }, { sku: 'MIEN-NO-PRICE', label: 'gói' }],
      },
    });
    expect(result.data!.productUpdate).toEqual({
      product: null,
      userErrors: [
        { field: ['input', 'variants', '1', 'stock'], code: 'NEGATIVE_STOCK' },
        { field: ['input', 'variants', '2', 'price'], code: 'PRICE_REQUIRED' },
      ],
    });
    expect(await databaseFingerprint(orm)).toEqual(before);
    const empty = await world.gqlAs('producerA')(UPDATE, { input: { productId: product.id, name: '' } });
    expect(empty.data!.productUpdate.userErrors).toEqual([{ field: ['input', 'name'], code: 'NAME_REQUIRED' }]);
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it('answers NOT_FOUND for an id that names no product', async () => {
    const result = await world.gqlAs('producerA')(UPDATE, { input: { productId: toGlobalId('Product', 'prd_nope'), name: 'x' } });
    expect(result.data!.productUpdate.userErrors).toEqual([{ field: ['input', 'productId'], code: 'NOT_FOUND' }]);
  });
});

describe('productPublish and productArchive', () => {
  const PUBLIC = `query ($slug: String!, $q: String!) { product(slug: $slug) { name } search(query: $q, first: 5) { nodes { product { slug } } } }`;

  it('makes a draft public and searchable, and archiving takes it off again', async () => {
    const { product } = await create({ name: 'Rượu ngô men lá Bắc Hà' });
    const visible = async () => {
      const r = await api.gql(PUBLIC, { slug: product.slug, q: 'ruou ngo men la' });
      return { product: r.data!.product, hits: r.data!.search.nodes.map((n: any) => n.product.slug) };
    };
    expect(await visible()).toEqual({ product: null, hits: [] });
    expect((await world.gqlAs('producerA')(PUBLISH, { id: product.id })).data!.productPublish).toEqual({ product: { status: 'PUBLISHED' }, userErrors: [] });
    expect(await visible()).toEqual({ product: { name: 'Rượu ngô men lá Bắc Hà' }, hits: [product.slug] });
    expect((await world.gqlAs('producerA')(ARCHIVE, { id: product.id })).data!.productArchive).toEqual({ product: { status: 'ARCHIVED' }, userErrors: [] });
    expect(await visible()).toEqual({ product: null, hits: [] });
  });
});
