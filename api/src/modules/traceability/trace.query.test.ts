import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';

// "Today" for these tests is 23/11/2026 in Vietnam.
const now = () => new Date('2026-11-23T03:00:00Z');
const STOREFRONT = 'https://ocop.example.vn';

const catalogue = new CatalogueBuilder();
const haiPhong = province.current('31');
const haiDuong = province.historic('30');
const producer = catalogue.producer('HTX Bánh đậu xanh Hải Dương', haiDuong);
const banh = catalogue.product('Bánh đậu xanh hộp 200 g', producer, { slug: 'banh-dau-xanh' });
catalogue.certificate(banh, 4, '2024-03-01', '2027-03-01');
catalogue.certificate(banh, 3, '2020-01-01', '2023-01-01');
const fresh = catalogue.batch(banh, 'LSX-261101-01', 'k7m2p9x4q1', {
  productionDate: '2026-11-01', expiryDate: '2027-05-01', quantity: 1200, unit: 'hộp',
  rawMaterialOrigin: 'Đậu xanh vùng Thanh Hà', rawMaterialProvinceId: haiDuong.id, notes: 'Lô Tết',
});
const old = catalogue.batch(banh, 'LSX-251101-01', 'a1b2c3d4e5', { productionDate: '2025-11-01', expiryDate: '2026-11-22' });
catalogue.batch(banh, 'LSX-250601-01', 'zz00zz00zz', { productionDate: '2025-06-01', expiryDate: '2026-06-01' });
const lastDay = catalogue.product('Bánh gai', producer);
catalogue.batch(lastDay, 'L1', 'mmmmmmmmm1', { productionDate: '2026-05-23', expiryDate: '2026-11-23' });
const hidden = catalogue.product('Bánh chưa bán', producer, { slug: 'chua-ban' });
catalogue.batch(hidden, 'L1', 'hhhhhhhhh1');
// Enough products, each with batches, for the page-size test.
for (let i = 0; i < 30; i++) {
  const p = catalogue.product(`Chè búp ${i}`, producer);
  for (let n = 0; n < 1 + (i % 3); n++) catalogue.batch(p, `LSX-${i}-${n}`, `c${String(i).padStart(2, '0')}${n}000000`.slice(0, 10), { productionDate: `2026-0${n + 1}-15` });
}

const TRACE = /* GraphQL */ `
  query Trace($code: String!) {
    trace(code: $code) {
      id lotCode productionDate expiryDate expired quantity unit rawMaterialOrigin notes
      traceCode traceUrl qrCodeSvgUrl qrCodePngUrl
      rawMaterialProvince { name current { name } }
      product { name slug ocop { stars certificateNumber validUntil } producer { name } }
    }
  }
`;

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  const { orm } = await testDatabase();
  await catalogue.write(orm);
  await rows(orm.em.fork(), `update product set status = 'DRAFT' where id = ?`, [hidden.id]);
  api = await testApi(orm, { now, env: { PUBLIC_STOREFRONT_URL: STOREFRONT } });
});

describe('trace(code)', () => {
  it('shows the batch, its product with the certificate valid today, and the links its QR encodes', async () => {
    const { data, errors } = await api.gql(TRACE, { code: fresh.traceCode });
    expect(errors).toBeUndefined();
    expect(data!.trace).toMatchObject({
      lotCode: 'LSX-261101-01',
      productionDate: '2026-11-01',
      expiryDate: '2027-05-01',
      expired: false,
      quantity: 1200,
      unit: 'hộp',
      rawMaterialOrigin: 'Đậu xanh vùng Thanh Hà',
      notes: 'Lô Tết',
      traceCode: 'k7m2p9x4q1',
      traceUrl: `${STOREFRONT}/truy-xuat/k7m2p9x4q1`,
      qrCodeSvgUrl: `${STOREFRONT}/qr/k7m2p9x4q1.svg`,
      qrCodePngUrl: `${STOREFRONT}/qr/k7m2p9x4q1.png`,
      rawMaterialProvince: { name: 'Hải Dương', current: { name: 'Hải Phòng' } },
      product: { name: 'Bánh đậu xanh hộp 200 g', slug: 'banh-dau-xanh', ocop: { stars: 4, validUntil: '2027-03-01' }, producer: { name: 'HTX Bánh đậu xanh Hải Dương' } },
    });
  });

  it('answers null, not an error, for unknown and malformed codes and for batches of unpublished products', async () => {
    for (const code of ['0000000000', 'not a code', '', 'x'.repeat(5000), 'hhhhhhhhh1']) {
      const { data, errors } = await api.gql(TRACE, { code });
      expect(errors, code).toBeUndefined();
      expect(data!.trace, code).toBeNull();
    }
  });

  it('accepts a code typed in capitals', async () => {
    const { data } = await api.gql(TRACE, { code: 'K7M2P9X4Q1' });
    expect(data!.trace.lotCode).toBe('LSX-261101-01');
  });

  it('calls a batch expired from the day after its expiry date, judged in Vietnam', async () => {
    expect((await api.gql(TRACE, { code: old.traceCode })).data!.trace.expired).toBe(true);
    expect((await api.gql(TRACE, { code: 'mmmmmmmmm1' })).data!.trace.expired).toBe(false);
  });

  it('resolves a batch by its global id through node(id)', async () => {
    const { data } = await api.gql(TRACE, { code: fresh.traceCode });
    const node = await api.gql(`query($id: ID!) { node(id: $id) { __typename ... on Batch { lotCode } } }`, { id: data!.trace.id });
    expect(node.data!.node).toEqual({ __typename: 'Batch', lotCode: 'LSX-261101-01' });
  });
});

const PRODUCT_BATCHES = /* GraphQL */ `
  query($slug: String!, $first: Int, $after: String) {
    product(slug: $slug) {
      batches(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { lotCode traceUrl }
      }
    }
  }
`;

const LIST = /* GraphQL */ `
  query($first: Int) {
    products(first: $first) {
      nodes { name batches(first: 5) { totalCount nodes { lotCode traceCode expired product { name } } } }
    }
  }
`;

describe('Product.batches', () => {
  it('pages a product\'s batches newest production first with opaque cursors', async () => {
    const first = await api.gql(PRODUCT_BATCHES, { slug: 'banh-dau-xanh', first: 2 });
    expect(first.data!.product.batches).toMatchObject({
      totalCount: 3,
      pageInfo: { hasNextPage: true },
      nodes: [{ lotCode: 'LSX-261101-01' }, { lotCode: 'LSX-251101-01' }],
    });
    const second = await api.gql(PRODUCT_BATCHES, { slug: 'banh-dau-xanh', first: 2, after: first.data!.product.batches.pageInfo.endCursor });
    expect(second.data!.product.batches).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false }, nodes: [{ lotCode: 'LSX-250601-01' }] });
  });

  it('rejects a forged cursor and a page size out of range, naming the argument', async () => {
    const forged = Buffer.from('c:["2026-13-45","x"]').toString('base64url');
    const cursor = await api.gql(PRODUCT_BATCHES, { slug: 'banh-dau-xanh', after: forged });
    expect(cursor.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    const size = await api.gql(PRODUCT_BATCHES, { slug: 'banh-dau-xanh', first: 101 });
    expect(size.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });

  it('issues the same number of SQL statements for a page of 1 and of 24 products with their batches', async () => {
    const one = await api.gql(LIST, { first: 1 });
    const many = await api.gql(LIST, { first: 24 });
    expect(one.errors).toBeUndefined();
    expect(many.data!.products.nodes).toHaveLength(24);
    const batches = many.data!.products.nodes.flatMap((p: any) => p.batches.nodes);
    expect(batches.length).toBeGreaterThan(24);
    expect(many.sqlStatements).toBe(one.sqlStatements);
    expect(many.sqlStatements).toBeLessThanOrEqual(4);
  });
});
