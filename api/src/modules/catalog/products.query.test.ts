import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $filter: ProductFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { slug } }
      nodes {
        id name slug group
        price { amount currencyCode }
        producer { name kind province { code name current { code name } } }
        ocop { stars certificateNumber decisionDate validUntil issuedBy }
      }
    }
  }
`;

// "Today" for these tests is 23/11/2026 in Vietnam.
const now = () => new Date('2026-11-23T03:00:00Z');
const catalogue = new CatalogueBuilder();
const haiDuong = province.historic('30');
const hanoi = province.current('01');
const inHaiDuong = catalogue.producer('HTX Bánh đậu xanh Hải Dương', haiDuong);
const inHanoi = catalogue.producer('Công ty Gốm Bát Tràng', hanoi, 'ENTERPRISE');
const banh = catalogue.product('Bánh đậu xanh hộp 200 g', inHaiDuong, { price: 45_000, slug: 'banh-dau-xanh' });
catalogue.certificate(banh, 4, '2024-03-01', '2027-03-01');
const expired = catalogue.product('Bánh gai', inHaiDuong);
catalogue.certificate(expired, 5, '2021-01-10', '2024-01-10');
const revoked = catalogue.product('Rượu thuốc', inHanoi, { group: 'BEVERAGES' });
catalogue.certificate(revoked, 5, '2025-01-01', '2028-01-01', 'REVOKED');
const gom = catalogue.product('Bình gốm men lam', inHanoi, { group: 'HANDICRAFTS', price: 2_500_000 });
catalogue.certificate(gom, 5, '2026-11-23', '2029-11-23');
catalogue.certificate(gom, 3, '2023-01-01', '2026-01-01');
for (let i = 0; i < 30; i++) {
  const p = catalogue.product(`Chè búp ${i}`, i % 2 ? inHanoi : inHaiDuong, { price: 150_000 + i });
  catalogue.certificate(p, 3 + (i % 3), '2025-08-01', '2028-08-01');
}

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  const { orm } = await testDatabase();
  await catalogue.write(orm);
  api = await testApi(orm, { now });
});

describe('products query', () => {
  it('lists published products newest first with producer, province, VND money and stars', async () => {
    const { data, errors, status } = await api.gql(LIST, { first: 100 });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data!.products.totalCount).toBe(34);
    const slugs = data!.products.nodes.map((n: any) => n.slug);
    expect(slugs.at(-1)).toBe('banh-dau-xanh');
    const banhNode = data!.products.nodes.at(-1);
    expect(banhNode).toMatchObject({
      name: 'Bánh đậu xanh hộp 200 g',
      group: 'FOOD',
      price: { amount: 45_000, currencyCode: 'VND' },
      producer: {
        name: 'HTX Bánh đậu xanh Hải Dương',
        kind: 'COOPERATIVE',
        province: { code: '30', name: 'Hải Dương', current: { code: '31', name: 'Hải Phòng' } },
      },
      ocop: { stars: 4, decisionDate: '2024-03-01', validUntil: '2027-03-01' },
    });
  });

  it('shows stars only while a certificate is valid today: expired and revoked ones show none', async () => {
    const { data } = await api.gql(LIST, { first: 100 });
    const bySlug = new Map(data!.products.nodes.map((n: any) => [n.name, n]));
    expect((bySlug.get('Bánh gai') as any).ocop).toBeNull();
    expect((bySlug.get('Rượu thuốc') as any).ocop).toBeNull();
    // Two certificates: the expired 3★ one is ignored, the 5★ one decided today counts.
    expect((bySlug.get('Bình gốm men lam') as any).ocop.stars).toBe(5);
  });

  it('a certificate is not valid before its decision date', async () => {
    const { orm } = await testDatabase();
    await catalogue.write(orm);
    const dayBefore = await testApi(orm, { now: () => new Date('2026-11-22T03:00:00Z') });
    const { data } = await dayBefore.gql(`{ products(first: 100, filter: { minStars: 5 }) { nodes { name } } }`);
    expect(data!.products.nodes.map((n: any) => n.name)).not.toContain('Bình gốm men lam');
  });

  it('filters by group and minimum stars together', async () => {
    const { data } = await api.gql(LIST, { first: 100, filter: { group: 'HANDICRAFTS', minStars: 5 } });
    expect(data!.products.nodes.map((n: any) => n.name)).toEqual(['Bình gốm men lam']);
    const four = await api.gql(LIST, { first: 100, filter: { minStars: 4 } });
    for (const node of four.data!.products.nodes) expect(node.ocop.stars).toBeGreaterThanOrEqual(4);
    expect(four.data!.products.totalCount).toBe(four.data!.products.nodes.length);
  });

  it('a current province code also finds producers registered under the historic units merged into it', async () => {
    const { data } = await api.gql(LIST, { first: 100, filter: { provinceCode: '31' } });
    expect(data!.products.totalCount).toBe(17);
    for (const node of data!.products.nodes) expect(node.producer.province.current.code).toBe('31');
  });

  it('pages with opaque cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    type Page = { totalCount: number; nodes: { slug: string }[]; edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } };
    for (let page = 0; page < 10; page++) {
      const result: { data?: { products: Page } | null } = await api.gql<{ products: Page }>(LIST, { first: 10, after });
      const conn: Page = result.data!.products;
      expect(conn.totalCount).toBe(34);
      seen.push(...conn.nodes.map((n: any) => n.slug));
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(conn.edges.at(-1)?.cursor).toBe(conn.pageInfo.endCursor);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(34);
    expect(new Set(seen).size).toBe(34);
  });

  it('issues the same number of SQL statements for 1 and 24 products', async () => {
    const one = await api.gql(LIST, { first: 1 });
    const many = await api.gql(LIST, { first: 24 });
    expect(one.data!.products.nodes).toHaveLength(1);
    expect(many.data!.products.nodes).toHaveLength(24);
    expect(one.sqlStatements).toBeGreaterThan(0);
    expect(many.sqlStatements).toBe(one.sqlStatements);
    expect(many.sqlStatements).toBeLessThanOrEqual(5);
  });

  it('serves a catalogue page as the storefront asks for it (cards, facets, total) in at most 4 statements, whatever the page size', async () => {
    // The performance budget (bench/RESULTS.md): counted, never timed. Response cache off (testApi).
    const CATALOGUE = `query ($first: Int!) {
      products(first: $first) {
        totalCount
        facets { groups { group count } stars { stars count } provinces { province { code name } count } }
        pageInfo { hasNextPage endCursor }
        nodes {
          id name slug group inStock
          images(first: 1) { nodes { url alt width height } }
          price { amount currencyCode }
          ocop { stars }
          producer { id name province { id current { id code name } } }
        }
      }
    }`;
    await api.gql(CATALOGUE, { first: 2 }); // loads the provinces (reference data kept per process)
    const one = await api.gql(CATALOGUE, { first: 1 });
    const many = await api.gql(CATALOGUE, { first: 24 });
    expect(many.errors).toBeUndefined();
    expect(many.data!.products.nodes).toHaveLength(24);
    expect(many.sqlStatements).toBe(one.sqlStatements);
    expect(many.sqlStatements).toBeLessThanOrEqual(4);
  });

  it.each([-1, 0, 101, 10_000])('rejects first: %i naming the argument and the allowed range', async (first) => {
    const { data, errors, status } = await api.gql(LIST, { first });
    expect(status).toBe(200);
    expect(data).toBeNull();
    expect(errors![0]!.message).toBe(`Argument "first": must be between 1 and 100, got ${first}.`);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('rejects a forged cursor, an unknown province code and an impossible star count clearly', async () => {
    const cursor = await api.gql(LIST, { after: 'not-a-cursor' });
    expect(cursor.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    const province = await api.gql(LIST, { filter: { provinceCode: '99' } });
    expect(province.errors![0]!.message).toContain('unknown province code "99"');
    const stars = await api.gql(LIST, { filter: { minStars: 6 } });
    expect(stars.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'filter.minStars' });
    const group = await api.gql(LIST, { filter: { group: 'TEXTILES' } });
    expect(group.errors![0]!.message).toContain('TEXTILES');
  });
});

describe('product and node queries', () => {
  it('finds a product by slug, and answers null (not an error) for an unknown slug', async () => {
    const found = await api.gql(`{ product(slug: "banh-dau-xanh") { name price { amount } ocop { stars } } }`);
    expect(found.data!.product).toEqual({ name: 'Bánh đậu xanh hộp 200 g', price: { amount: 45000 }, ocop: { stars: 4 } });
    const missing = await api.gql(`{ product(slug: "khong-co") { name } }`);
    expect(missing.status).toBe(200);
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.product).toBeNull();
  });

  it('resolves global ids of products, producers and provinces through node(id)', async () => {
    const { data } = await api.gql(`{ product(slug: "banh-dau-xanh") { id producer { id province { id } } } }`);
    const p = data!.product;
    const nodes = await api.gql(
      `query($a: ID!, $b: ID!, $c: ID!) {
        a: node(id: $a) { __typename id ... on Product { slug } }
        b: node(id: $b) { __typename ... on Producer { name } }
        c: node(id: $c) { __typename ... on Province { name } }
      }`,
      { a: p.id, b: p.producer.id, c: p.producer.province.id },
    );
    expect(nodes.data).toEqual({
      a: { __typename: 'Product', id: p.id, slug: 'banh-dau-xanh' },
      b: { __typename: 'Producer', name: 'HTX Bánh đậu xanh Hải Dương' },
      c: { __typename: 'Province', name: 'Hải Dương' },
    });
  });

  it('answers null for unknown or malformed global ids', async () => {
    const forged = Buffer.from('Product:prd_nothing').toString('base64url');
    const { data, errors } = await api.gql(`query($a: ID!) { a: node(id: $a) { id } b: node(id: "%%%") { id } c: node(id: "eA") { id } }`, { a: forged });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: null, c: null });
  });

  it('lists the 34 current provinces in Vietnamese alphabetical order', async () => {
    const { data } = await api.gql(`{ provinces(first: 50) { totalCount nodes { code name validTo } } }`);
    expect(data!.provinces.totalCount).toBe(34);
    const names = data!.provinces.nodes.map((p: any) => p.name);
    expect(names.slice(0, 3)).toEqual(['An Giang', 'Bắc Ninh', 'Cà Mau']);
    expect(names.indexOf('Đà Nẵng')).toBeGreaterThan(names.indexOf('Cần Thơ'));
    for (const p of data!.provinces.nodes) expect(p.validTo).toBeNull();
  });
});
