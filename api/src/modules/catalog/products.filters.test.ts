import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';

const now = () => new Date('2026-11-23T03:00:00Z');
const c = new CatalogueBuilder();
const haiDuong = c.producer('HTX Hải Dương', province.historic('30'));
const haiPhong = c.producer('Công ty Hải Phòng', province.current('31'), 'ENTERPRISE');
const hanoi = c.producer('Hộ kinh doanh Hà Nội', province.current('01'), 'HOUSEHOLD_BUSINESS');
const nuocMam = c.product('Nước mắm cá cơm', haiPhong, { set: '11', variants: [{ label: 'chai 500 ml', price: 85_000, stock: 0 }, { label: 'chai 1 lít', price: 150_000, stock: 0 }] });
c.certificate(nuocMam, 4, '2025-01-01', '2028-01-01');
const banh = c.product('Bánh đậu xanh', haiDuong, { set: '08', variants: [{ label: 'hộp 200 g', price: 45_000, stock: 30 }] });
c.certificate(banh, 5, '2025-01-01', '2028-01-01');
c.certificate(banh, 3, '2023-01-01', '2026-01-01');
const tuong = c.product('Tương Bần', haiDuong, { set: '11', price: 60_000 });
c.certificate(tuong, 3, '2025-01-01', '2028-01-01');
const gom = c.product('Bình gốm', hanoi, { group: 'HANDICRAFTS', set: '22', price: 2_500_000 });
c.certificate(gom, 5, '2025-06-01', '2028-06-01');
const ruou = c.product('Rượu nếp', hanoi, { group: 'BEVERAGES', set: '15', price: 160_000 });
c.product('Chè chưa chứng nhận', hanoi, { set: '13', price: 120_000 });
void ruou;

const names = (data: any) => data.products.nodes.map((n: any) => n.name);
const q = (args: string) => `{ products(first: 50 ${args}) { totalCount nodes { name } } }`;

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  const { orm } = await testDatabase();
  await c.write(orm);
  api = await testApi(orm, { now });
});

describe('product filters', () => {
  it('by sub-group and product set', async () => {
    expect(names((await api.gql(q(`filter: { subgroupCode: "1.4" }`))).data).sort()).toEqual(['Nước mắm cá cơm', 'Tương Bần']);
    expect(names((await api.gql(q(`filter: { productSetCode: "22" }`))).data)).toEqual(['Bình gốm']);
  });

  it('by exact stars: the best certificate valid today counts', async () => {
    expect(names((await api.gql(q(`filter: { stars: 5 }`))).data).sort()).toEqual(['Bánh đậu xanh', 'Bình gốm']);
    expect(names((await api.gql(q(`filter: { stars: 3 }`))).data)).toEqual(['Tương Bần']);
  });

  it('by "from" price range in đồng and by stock', async () => {
    expect(names((await api.gql(q(`filter: { priceMin: 50000, priceMax: 150000 }`))).data).sort()).toEqual(['Chè chưa chứng nhận', 'Nước mắm cá cơm', 'Tương Bần']);
    expect(names((await api.gql(q(`filter: { inStock: true }`))).data)).not.toContain('Nước mắm cá cơm');
  });

  it('by producer global id', async () => {
    const { data } = await api.gql(`{ producer(slug: "ho-kinh-doanh-ha-noi") { id } }`);
    const list = await api.gql(q(`filter: { producerId: "${data!.producer.id}" }`));
    expect(names(list.data).sort()).toEqual(['Bình gốm', 'Chè chưa chứng nhận', 'Rượu nếp']);
  });

  it('explains bad filters by field', async () => {
    const cases: [string, string][] = [
      ['filter: { priceMin: 10, priceMax: 5 }', 'filter.priceMax'],
      ['filter: { priceMin: -1 }', 'filter.priceMin'],
      ['filter: { stars: 0 }', 'filter.stars'],
      ['filter: { productSetCode: "abc" }', 'filter.productSetCode'],
      ['filter: { provinceCode: "Hà Nội" }', 'filter.provinceCode'],
      [`filter: { producerId: "${Buffer.from('Product:x').toString('base64url')}" }`, 'filter.producerId'],
    ];
    for (const [args, argumentName] of cases) {
      const { errors } = await api.gql(q(args));
      expect(errors?.[0]?.extensions, args).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
    }
  });
});

describe('product sorting', () => {
  it('by price both ways, paging with cursors', async () => {
    const asc: string[] = [];
    let after: string | null = null;
    do {
      const result: any = await api.gql(`query($after: String) { products(first: 2, after: $after, sort: PRICE_ASC) { nodes { name price { amount } } pageInfo { hasNextPage endCursor } } }`, { after });
      asc.push(...result.data.products.nodes.map((n: any) => n.price.amount));
      after = result.data.products.pageInfo.hasNextPage ? result.data.products.pageInfo.endCursor : null;
    } while (after);
    expect(asc).toEqual([45_000, 60_000, 85_000, 120_000, 160_000, 2_500_000]);
    const desc = await api.gql(`{ products(first: 6, sort: PRICE_DESC) { nodes { price { amount } } } }`);
    expect(desc.data!.products.nodes.map((n: any) => n.price.amount)).toEqual([...asc].reverse());
  });

  it('by stars valid today, uncertified last', async () => {
    const { data } = await api.gql(`{ products(first: 10, sort: STARS_DESC) { nodes { name ocop { stars } } } }`);
    const stars = data!.products.nodes.map((n: any) => n.ocop?.stars ?? 0);
    expect(stars).toEqual([5, 5, 4, 3, 0, 0]);
  });
});

describe('free text in the catalogue', () => {
  it('matches without diacritics, ranks by relevance by default, and combines with filters and other sorts', async () => {
    const relevance = await api.gql(`{ products(first: 10, filter: { query: "banh dau xanh" }) { totalCount nodes { name } facets { groups { group count } } } }`);
    expect(relevance.errors).toBeUndefined();
    expect(relevance.data!.products.nodes[0].name).toBe('Bánh đậu xanh');
    const byPrice = await api.gql(`{ products(first: 10, filter: { query: "nuoc mam", provinceCode: "31" }, sort: PRICE_ASC) { nodes { name } } }`);
    expect(byPrice.data!.products.nodes.map((n: any) => n.name)).toEqual(['Nước mắm cá cơm']);
    const pageOne = await api.gql(`{ products(first: 1, filter: { query: "b" }) { pageInfo { endCursor hasNextPage } nodes { name } } }`);
    if (pageOne.data!.products.pageInfo.hasNextPage) {
      const next = await api.gql(`query($a: String) { products(first: 1, after: $a, filter: { query: "b" }) { nodes { name } } }`, { a: pageOne.data!.products.pageInfo.endCursor });
      expect(next.data!.products.nodes[0].name).not.toBe(pageOne.data!.products.nodes[0].name);
    }
  });

  it('refuses RELEVANCE without a query, and an over-long query', async () => {
    const noQuery = await api.gql(`{ products(first: 1, sort: RELEVANCE) { nodes { name } } }`);
    expect(noQuery.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'sort' });
    const long = await api.gql(`query($q: String) { products(first: 1, filter: { query: $q }) { nodes { name } } }`, { q: 'x'.repeat(201) });
    expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.query' });
  });
});

describe('facets', () => {
  it('count groups, stars and current provinces, each ignoring its own filter', async () => {
    const { data } = await api.gql(`{ products(first: 1, filter: { group: FOOD, provinceCode: "31" }) {
      totalCount
      facets { groups { group count } stars { stars count } provinces { province { code name } count } }
    } }`);
    const { facets, totalCount } = data!.products;
    expect(totalCount).toBe(3);
    // Groups ignore the group filter: everything in Hải Phòng (incl. old Hải Dương) is food.
    expect(facets.groups).toEqual([{ group: 'FOOD', count: 3 }]);
    expect(facets.stars).toEqual([{ stars: 5, count: 1 }, { stars: 4, count: 1 }, { stars: 3, count: 1 }]);
    // Provinces ignore the province filter: food in Hải Phòng (3, historic Hải Dương rolled up) and Hà Nội (1).
    expect(facets.provinces).toEqual([
      { province: { code: '31', name: 'Hải Phòng' }, count: 3 },
      { province: { code: '01', name: 'Hà Nội' }, count: 1 },
    ]);
  });
});

describe('SQL statements per request', () => {
  const RICH = `query($first: Int) { products(first: $first, filter: { minStars: 1 }) {
    nodes { name productSet { name subgroup { name } } images(first: 1) { nodes { url width } } variants(first: 5) { nodes { sku price { amount } } } inStock
      producer { name commune { name } province { current { name } } } ocop { stars } }
    facets { groups { count } stars { count } provinces { province { name } count } }
  } }`;

  it('stay the same for 1 and 24 products with variants, sets and facets', async () => {
    const one = await api.gql(RICH, { first: 1 });
    const many = await api.gql(RICH, { first: 24 });
    expect(one.errors).toBeUndefined();
    expect(many.data!.products.nodes.length).toBeGreaterThan(1);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });
});

describe('related products', () => {
  it('come from the same producer first, then its current province (historic units included), never itself', async () => {
    const { data } = await api.gql(`{ product(slug: "${tuong.slug}") { related(first: 5) { name } } }`);
    // Tương Bần (Hải Dương → Hải Phòng): Bánh đậu xanh is by the same producer; Nước mắm is from Hải Phòng.
    expect(data!.product.related.map((r: any) => r.name)).toEqual(['Bánh đậu xanh', 'Nước mắm cá cơm']);
    const many = await api.gql(`{ products(first: 6) { nodes { related(first: 2) { name } } } }`);
    expect(many.errors).toBeUndefined();
    const tooMany = await api.gql(`{ product(slug: "${tuong.slug}") { related(first: 50) { name } } }`);
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});

describe('producers and classification', () => {
  it('finds a producer by slug with its products, and lists producers by province including historic units', async () => {
    const { data } = await api.gql(`{ producer(slug: "htx-hai-duong") { name kind verified province { name current { name } } products(first: 10) { totalCount } } }`);
    expect(data!.producer).toEqual({ name: 'HTX Hải Dương', kind: 'COOPERATIVE', verified: true, province: { name: 'Hải Dương', current: { name: 'Hải Phòng' } }, products: { totalCount: 2 } });
    const list = await api.gql(`{ producers(first: 10, filter: { provinceCode: "31" }) { totalCount nodes { name } } }`);
    expect(list.data!.producers.nodes.map((p: any) => p.name)).toEqual(['Công ty Hải Phòng', 'HTX Hải Dương']);
    expect((await api.gql(`{ producer(slug: "khong-co") { name } }`)).data!.producer).toBeNull();
  });

  it('lists the 26 product sets with sub-groups', async () => {
    const { data } = await api.gql(`{ productSets(first: 100) { totalCount nodes { code name group subgroup { code name } } } }`);
    expect(data!.productSets.totalCount).toBe(26);
    expect(data!.productSets.nodes[10]).toEqual({ code: '11', name: 'Tương, nước mắm, gia vị dạng lỏng', group: 'FOOD', subgroup: { code: '1.4', name: 'Gia vị' } });
    const tourism = await api.gql(`{ productSets(first: 100, group: TOURISM) { nodes { code } } }`);
    expect(tourism.data!.productSets.nodes).toEqual([{ code: '26' }]);
  });

  it('serves descriptions as sanitised HTML and as plain text', async () => {
    const { data } = await api.gql(`{ product(slug: "${banh.slug}") { description descriptionHtml } }`);
    expect(data!.product).toEqual({ description: 'Bánh đậu xanh.', descriptionHtml: '<p>Bánh đậu xanh.</p>' });
  });
});
