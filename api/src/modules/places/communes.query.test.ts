import { beforeAll, describe, expect, it } from 'vitest';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder } from '../../test/fixtures.js';

const COMMUNES = /* GraphQL */ `
  query Communes($provinceCode: String!, $first: Int, $after: String) {
    communes(provinceCode: $provinceCode, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes { id code name validTo }
    }
  }
`;

const catalogue = new CatalogueBuilder();
// Hà Nội (01): three current communes, out of name order, and one merged away (not offered).
catalogue.data.communes.push(
  { id: 'cmn_q_3', code: '90013', name: 'Xã Sóc Sơn', provinceId: 'prv_01' },
  { id: 'cmn_q_1', code: '90011', name: 'Phường Ba Đình', provinceId: 'prv_01' },
  { id: 'cmn_q_2', code: '90012', name: 'Phường Hoàn Kiếm', provinceId: 'prv_01' },
  { id: 'cmn_q_old', code: '80100', name: 'Phường Cũ', provinceId: 'prv_01', validTo: '2025-06-30', successorId: 'cmn_q_2' },
  // Another province's commune.
  { id: 'cmn_q_hp', code: '90031', name: 'Phường Hồng Bàng', provinceId: 'prv_31' },
);

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  const { orm } = await testDatabase();
  await catalogue.write(orm);
  api = await testApi(orm);
});

describe('communes query', () => {
  it("lists a current province's current communes by name, with global ids the checkout takes", async () => {
    const { data, errors } = await api.gql(COMMUNES, { provinceCode: '01' });
    expect(errors).toBeUndefined();
    expect(data!.communes.totalCount).toBe(3);
    expect(data!.communes.nodes.map((c: { name: string }) => c.name)).toEqual(['Phường Ba Đình', 'Phường Hoàn Kiếm', 'Xã Sóc Sơn']);
    expect(data!.communes.nodes[0]).toMatchObject({ code: '90011', validTo: null });
    const node = await api.gql(`query ($id: ID!) { node(id: $id) { id ... on Commune { name } } }`, { id: data!.communes.nodes[1].id });
    expect(node.data!.node).toEqual({ id: data!.communes.nodes[1].id, name: 'Phường Hoàn Kiếm' });
  });

  it('pages with cursors, one statement per page', async () => {
    const first = await api.gql(COMMUNES, { provinceCode: '01', first: 2 });
    expect(first.data!.communes.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.headers.get('x-sql-statements')).toBe('1');
    const second = await api.gql(COMMUNES, { provinceCode: '01', first: 2, after: first.data!.communes.pageInfo.endCursor });
    expect(second.data!.communes.nodes.map((c: { name: string }) => c.name)).toEqual(['Xã Sóc Sơn']);
    expect(second.data!.communes.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.data!.communes.totalCount).toBe(3);
  });

  it('refuses a code that names no current province, and foreign cursors', async () => {
    for (const provinceCode of ['30', '99', 'x1']) {
      const { errors } = await api.gql(COMMUNES, { provinceCode });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'provinceCode' });
    }
    const bad = await api.gql(COMMUNES, { provinceCode: '01', after: Buffer.from('c:not-json').toString('base64url') });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});
