import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { SESSION_COOKIE } from '../../http/session-cookie.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, TEST_PASSWORD, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';

const { orm } = await testDatabase();
// 18:00 UTC on 2 March is already 3 March in Vietnam: certificate warnings count from 2026-03-03.
const api = await testApi(orm, { now: () => new Date('2026-03-02T18:00:00Z') });
let world: RoleWorld;
let draftOfA: string;
let staffCookie: string;
const certified: Record<string, string> = {};

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      // Products of A with certificates ending at various distances from 2026-03-03.
      const ends = { soon: '2026-04-01', later: '2026-05-20', far: '2027-01-01', expired: '2026-03-02', revoked: '2026-12-01' };
      for (const [key, validUntil] of Object.entries(ends)) {
        const product = builder.product(`Trà hoa vàng ${key}`, a);
        builder.certificate(product, 4, '2023-06-01', validUntil, key === 'revoked' ? 'REVOKED' : 'RECOGNISED');
        certified[key] = product.id;
      }
      for (let k = 0; k < 6; k++) builder.product(`Miến dong ${k}`, a);
      builder.data.communes.push(
        { id: 'com_hn_1', code: '90011', name: 'Xã Tân Cương Thử', provinceId: 'prv_01' },
        { id: 'com_hue_1', code: '90461', name: 'Phường Huế Thử', provinceId: 'prv_46' },
      );
    },
  });
  const created = await world.gqlAs('producerA')(
    `mutation ($input: ProductCreateInput!) { productCreate(input: $input) { product { id } userErrors { code } } }`,
    {
      input: {
        producerId: toGlobalId('Producer', world.producers.a.id), name: 'Chè nháp', description: '', group: 'BEVERAGES',
        variants: [{ sku: 'NHAP-1', label: 'gói 100 g', price: 50_000, stock: 3, weightGrams: 110 }],
      },
    },
  );
  draftOfA = created.data!.productCreate.product.id;
  await world.gqlAs('producerA')(`mutation ($id: ID!) { productArchive(productId: $id) { userErrors { code } } }`, {
    id: toGlobalId('Product', certified.far!),
  });
  const services = createServices(orm.em.fork());
  const staff = await services.accounts.signUp({ email: 'staff@workspace.test', password: TEST_PASSWORD });
  await services.roles.grantUnchecked(staff.viewer!.userId, { kind: 'PRODUCER_MEMBER', producerId: world.producers.a.id, producerRole: 'STAFF' });
  staffCookie = `${SESSION_COOKIE.development}=${staff.session!.token}`;
});

const WORKSPACE = `query ($id: ID!, $status: ProductStatus, $first: Int) {
  producerWorkspace(producerId: $id) {
    producer { name verified }
    productCounts { draft published archived total }
    products(status: $status, first: $first) {
      totalCount
      nodes { name status price { amount } variants { nodes { sku label price { amount } stock weightGrams } } images { nodes { url } } }
    }
  }
}`;
const idOfA = () => toGlobalId('Producer', world.producers.a.id);

describe('producerWorkspace', () => {
  it("lists a member's products in every status, with variants", async () => {
    const result = await world.gqlAs('producerA')(WORKSPACE, { id: idOfA(), first: 50 });
    expect(result.errors).toBeUndefined();
    const workspace = result.data!.producerWorkspace;
    expect(workspace.productCounts).toEqual({ draft: 1, published: 11, archived: 1, total: 13 });
    expect(workspace.products.totalCount).toBe(13);
    expect(workspace.products.nodes[0]).toEqual({
      name: 'Chè nháp', status: 'DRAFT', price: { amount: 50_000 },
      variants: { nodes: [{ sku: 'NHAP-1', label: 'gói 100 g', price: { amount: 50_000 }, stock: 3, weightGrams: 110 }] },
      images: { nodes: [] },
    });
    const archived = await world.gqlAs('producerA')(WORKSPACE, { id: idOfA(), status: 'ARCHIVED' });
    expect(archived.data!.producerWorkspace.products.nodes.map((n: { name: string }) => n.name)).toEqual(['Trà hoa vàng far']);
  });

  it('costs the same number of SQL statements for a page of 1 and a page of 12', async () => {
    const one = await world.gqlAs('producerA')(WORKSPACE, { id: idOfA(), first: 1 });
    const many = await world.gqlAs('producerA')(WORKSPACE, { id: idOfA(), first: 12 });
    expect(many.data!.producerWorkspace.products.nodes).toHaveLength(12);
    expect(many.sqlStatements).toBe(one.sqlStatements);
  });

  it('loads one product of the producer for editing whatever its status, and none of another producer', async () => {
    const PRODUCT = `query ($id: ID!, $product: ID!) { producerWorkspace(producerId: $id) { product(id: $product) { name status } } }`;
    const draft = await world.gqlAs('producerA')(PRODUCT, { id: idOfA(), product: draftOfA });
    expect(draft.data!.producerWorkspace.product).toEqual({ name: 'Chè nháp', status: 'DRAFT' });
    const ofB = await world.gqlAs('producerA')(PRODUCT, { id: idOfA(), product: toGlobalId('Product', world.products.b.id) });
    expect(ofB.data!.producerWorkspace.product).toBeNull();
    // Staff of A see it too; the public does not.
    const staff = await api.gql(PRODUCT, { id: idOfA(), product: draftOfA }, { headers: { cookie: staffCookie } });
    expect(staff.data!.producerWorkspace.product).toEqual({ name: 'Chè nháp', status: 'DRAFT' });
    const pub = await api.gql(`query ($id: ID!) { node(id: $id) { id } }`, { id: draftOfA });
    expect(pub.data!.node).toBeNull();
  });

  it('is refused to anyone but members of the producer and admins', async () => {
    for (const [role, code] of [['anonymous', 'UNAUTHENTICATED'], ['shopper', 'FORBIDDEN'], ['producerB', 'FORBIDDEN'], ['councilX', 'FORBIDDEN']] as const) {
      const result = await world.gqlAs(role)(WORKSPACE, { id: idOfA() });
      expect(result.errors?.[0]?.extensions?.code, role).toBe(code);
      expect(result.data?.producerWorkspace ?? null).toBeNull();
    }
    const admin = await world.gqlAs('admin')(WORKSPACE, { id: idOfA() });
    expect(admin.data!.producerWorkspace.productCounts.total).toBe(13);
    const nobody = await world.gqlAs('admin')(WORKSPACE, { id: toGlobalId('Producer', 'pdc_nope') });
    expect(nobody.data!.producerWorkspace).toBeNull();
    // A member of B learns nothing about whether an id names a producer.
    const probe = await world.gqlAs('producerB')(WORKSPACE, { id: toGlobalId('Producer', 'pdc_nope') });
    expect(probe.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('certificates in force', () => {
  it('warns 90 and 30 days before expiry, judged on the day in Vietnam', async () => {
    const result = await world.gqlAs('producerA')(
      `query ($id: ID!) { producerWorkspace(producerId: $id) { certificates(first: 10) {
        totalCount nodes { product { name status } certificate { stars validToday } validUntil daysLeft warning } } } }`,
      { id: idOfA() },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.producerWorkspace.certificates).toEqual({
      totalCount: 3,
      nodes: [
        { product: { name: 'Trà hoa vàng soon', status: 'PUBLISHED' }, certificate: { stars: 4, validToday: true }, validUntil: '2026-04-01', daysLeft: 29, warning: 'WITHIN_30_DAYS' },
        { product: { name: 'Trà hoa vàng later', status: 'PUBLISHED' }, certificate: { stars: 4, validToday: true }, validUntil: '2026-05-20', daysLeft: 78, warning: 'WITHIN_90_DAYS' },
        { product: { name: 'Trà hoa vàng far', status: 'ARCHIVED' }, certificate: { stars: 4, validToday: true }, validUntil: '2027-01-01', daysLeft: 304, warning: 'NONE' },
      ],
    });
  });
});

const UPDATE = `mutation ($input: ProducerUpdateInput!) {
  producerUpdate(input: $input) {
    producer { name kind registrationNumber addressLine contact { phone email website } storyHtml commune { code } }
    userErrors { field code }
  }
}`;

describe('producerUpdate', () => {
  it("lets the owner change the profile; the story is sanitised", async () => {
    const result = await world.gqlAs('producerA')(UPDATE, {
      input: {
        producerId: idOfA(), name: 'HTX Chè Tân Cương Xanh', kind: 'ENTERPRISE', registrationNumber: '0101234567', communeCode: '90011',
        addressLine: 'Xóm Soi', phone: '0208 3855 555', email: 'lienhe@tancuong.vn', website: '',
        story: '<p onclick="x()">Chè ngon</p><script>alert(1)</script><a href="javascript:alert(1)">xem</a>',
      },
    });
    expect(result.data!.producerUpdate).toEqual({
      producer: {
        name: 'HTX Chè Tân Cương Xanh', kind: 'ENTERPRISE', registrationNumber: '0101234567', addressLine: 'Xóm Soi',
        contact: { phone: '0208 3855 555', email: 'lienhe@tancuong.vn', website: null }, storyHtml: '<p>Chè ngon</p><a rel="nofollow noopener ugc">xem</a>',
        commune: { code: '90011' },
      },
      userErrors: [],
    });
    // Search finds the products under the new name.
    const found = await api.gql(`{ search(query: "tan cuong xanh", first: 1) { totalCount } }`);
    expect(found.data!.search.totalCount).toBeGreaterThan(0);
    // Omitted fields keep their value.
    const partial = await world.gqlAs('producerA')(UPDATE, { input: { producerId: idOfA(), phone: '0912 345 678' } });
    expect(partial.data!.producerUpdate.producer).toMatchObject({ name: 'HTX Chè Tân Cương Xanh', addressLine: 'Xóm Soi', contact: { phone: '0912 345 678' } });
  });

  it('reports bad input with stable codes and writes nothing', async () => {
    const registered = await world.gqlAs('producerB')(
      `mutation ($input: ProducerRegisterInput!) { producerRegister(input: $input) { userErrors { code } } }`,
      { input: { name: 'HTX Số Đăng Ký', kind: 'COOPERATIVE', provinceCode: '46', registrationNumber: '3300000001' } },
    );
    expect(registered.data!.producerRegister.userErrors).toEqual([]);
    const before = await databaseFingerprint(orm);
    const result = await world.gqlAs('producerA')(UPDATE, {
      input: { producerId: idOfA(), name: '  ', registrationNumber: '3300000001', email: 'không-phải-email', communeCode: '90461' },
    });
    expect(result.data!.producerUpdate).toEqual({
      producer: null,
      userErrors: [
        { field: ['input', 'name'], code: 'NAME_REQUIRED' },
        { field: ['input', 'registrationNumber'], code: 'REGISTRATION_NUMBER_TAKEN' },
        { field: ['input', 'email'], code: 'INVALID_EMAIL' },
        { field: ['input', 'communeCode'], code: 'COMMUNE_NOT_FOUND' },
      ],
    });
    expect(await databaseFingerprint(orm)).toEqual(before);
  });

  it('refuses staff: the profile is the owner\'s', async () => {
    const before = await databaseFingerprint(orm);
    const result = await api.gql(UPDATE, { input: { producerId: idOfA(), name: 'Đổi tên' } }, { headers: { cookie: staffCookie } });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(orm)).toEqual(before);
  });
});
