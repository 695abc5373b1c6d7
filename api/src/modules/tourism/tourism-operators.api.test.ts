import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
beforeAll(async () => {
  world = await createRoleWorld(orm, api);
});

const REGISTER = `mutation ($input: OperatorRegisterInput!) { operatorRegister(input: $input) {
  operator { id name slug kind approval descriptionHtml addressLine contact { phone email } province { code } commune { code } }
  userErrors { field code } } }`;
const UPDATE = `mutation ($input: OperatorUpdateInput!) { operatorUpdate(input: $input) { operator { name addressLine contact { phone email } } userErrors { field code } } }`;
const APPROVE = `mutation ($id: ID!) { operatorApprove(operatorId: $id) { operator { approval approvedAt } userErrors { code } } }`;
const MY_OPERATORS = `{ viewer { roles { ... on OperatorMemberRole { role operator { id name approval } } } } }`;

async function newUser(email: string) {
  const services = createServices(orm.em.fork());
  const signed = await services.accounts.signUp({ email, password: 'mam-tom-hue-2026-x' });
  const cookie = `ocop_session=${signed.session!.token}`;
  return (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, { headers: { cookie } });
}

describe('tourism operator registration', () => {
  it('registers a pending operator with the caller as OWNER; the description is sanitised', async () => {
    const gql = await newUser('homestay@example.vn');
    const res = await gql(REGISTER, {
      input: {
        name: 'Homestay Bản Cát Cát', kind: 'HOUSEHOLD', provinceCode: '01', addressLine: ' Thôn 1 ', phone: '0912 345 678', email: 'catcat@example.vn',
        description: '<p>Nhà sàn <strong>truyền thống</strong></p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a>',
      },
    });
    expect(res.data!.operatorRegister.userErrors).toEqual([]);
    const operator = res.data!.operatorRegister.operator;
    expect(operator).toMatchObject({ name: 'Homestay Bản Cát Cát', slug: 'homestay-ban-cat-cat', kind: 'HOUSEHOLD', approval: 'PENDING', addressLine: 'Thôn 1', province: { code: '01' } });
    expect(operator.descriptionHtml).toBe('<p>Nhà sàn <strong>truyền thống</strong></p><a rel="nofollow noopener ugc">x</a>');
    const mine = await gql(MY_OPERATORS);
    expect(mine.data!.viewer.roles).toContainEqual({ role: 'OWNER', operator: { id: operator.id, name: 'Homestay Bản Cát Cát', approval: 'PENDING' } });

    // The same name again gets its own slug.
    const again = await gql(REGISTER, { input: { name: 'Homestay Bản Cát Cát', kind: 'HOUSEHOLD', provinceCode: '01' } });
    expect(again.data!.operatorRegister.operator.slug).toBe('homestay-ban-cat-cat-2');
  });

  it('answers each bad field with a userError and writes nothing', async () => {
    const gql = await newUser('sai@example.vn');
    await rows(orm.em.fork(), `insert into commune (id, code, name, province_id) values ('cmn_hue', '19999', 'Phường Thuận Hóa', ?)`, [world.provinces.y]);
    const before = await databaseFingerprint(orm);
    const res = await gql(REGISTER, { input: { name: '  ', kind: 'ENTERPRISE', provinceCode: '99', phone: 'gọi tôi', email: 'không-phải-email' } });
    expect(res.data!.operatorRegister).toEqual({
      operator: null,
      userErrors: [
        { field: ['input', 'name'], code: 'NAME_REQUIRED' },
        { field: ['input', 'provinceCode'], code: 'PROVINCE_NOT_FOUND' },
        { field: ['input', 'phone'], code: 'INVALID_PHONE' },
        { field: ['input', 'email'], code: 'INVALID_EMAIL' },
      ],
    });
    expect(await databaseFingerprint(orm)).toEqual(before);
    // A commune of another province is refused too.
    const wrongCommune = await gql(REGISTER, { input: { name: 'Làng nghề', kind: 'COMMUNITY_GROUP', provinceCode: '01', communeCode: '19999' } });
    expect(wrongCommune.data!.operatorRegister.userErrors).toEqual([{ field: ['input', 'communeCode'], code: 'COMMUNE_NOT_FOUND' }]);
    const rightCommune = await gql(REGISTER, { input: { name: 'Làng nghề', kind: 'COMMUNITY_GROUP', provinceCode: '46', communeCode: '19999' } });
    expect(rightCommune.data!.operatorRegister.operator.commune).toEqual({ code: '19999' });
  });

  it('lets the owner change the profile; fields left out stay, empty ones clear', async () => {
    const gql = world.gqlAs('operator');
    const id = toGlobalId('TourismOperator', world.operators.o.id);
    const first = await gql(UPDATE, { input: { operatorId: id, addressLine: 'Thôn Mông Phụ', phone: '024 3838 1234', email: 'duonglam@example.vn' } });
    expect(first.data!.operatorUpdate).toEqual({
      operator: { name: world.operators.o.name, addressLine: 'Thôn Mông Phụ', contact: { phone: '024 3838 1234', email: 'duonglam@example.vn' } },
      userErrors: [],
    });
    const second = await gql(UPDATE, { input: { operatorId: id, name: 'HTX Du lịch Đường Lâm', email: '' } });
    expect(second.data!.operatorUpdate.operator).toEqual({ name: 'HTX Du lịch Đường Lâm', addressLine: 'Thôn Mông Phụ', contact: { phone: '024 3838 1234', email: null } });
    const bad = await gql(UPDATE, { input: { operatorId: id, name: '', email: 'x' } });
    expect(bad.data!.operatorUpdate.userErrors.map((e: { code: string }) => e.code)).toEqual(['NAME_REQUIRED', 'INVALID_EMAIL']);
  });

  it('refuses another operator member and unknown operators alike (FORBIDDEN)', async () => {
    const other = await newUser('khac@example.vn');
    await other(REGISTER, { input: { name: 'Làng gốm khác', kind: 'COOPERATIVE', provinceCode: '01' } });
    const foreign = await other(UPDATE, { input: { operatorId: toGlobalId('TourismOperator', world.operators.o.id), name: 'Chiếm' } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await other(UPDATE, { input: { operatorId: toGlobalId('TourismOperator', 'opr_none'), name: 'Chiếm' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asAdmin = await world.gqlAs('admin')(UPDATE, { input: { operatorId: toGlobalId('TourismOperator', 'opr_none'), name: 'X' } });
    expect(asAdmin.data!.operatorUpdate.userErrors).toEqual([{ field: ['input', 'operatorId'], code: 'NOT_FOUND' }]);
  });

  it('lets an admin approve once, logs it, and the owner then sees APPROVED', async () => {
    const gql = await newUser('cho-duyet@example.vn');
    const registered = await gql(REGISTER, { input: { name: 'Bản Lác', kind: 'COMMUNITY_GROUP', provinceCode: '46' } });
    const id = registered.data!.operatorRegister.operator.id;
    const admin = world.gqlAs('admin');
    const approved = await admin(APPROVE, { id });
    expect(approved.data!.operatorApprove).toMatchObject({ operator: { approval: 'APPROVED' }, userErrors: [] });
    const twice = await admin(APPROVE, { id });
    expect(twice.data!.operatorApprove.operator.approvedAt).toBe(approved.data!.operatorApprove.operator.approvedAt);
    const log = await admin(`query ($f: AuditEventFilter) { auditEvents(first: 5, filter: $f) { totalCount nodes { action actorEmail before after } } }`, {
      f: { subjectId: id },
    });
    expect(log.data!.auditEvents).toEqual({
      totalCount: 1,
      nodes: [{ action: 'OPERATOR_APPROVED', actorEmail: 'admin@matrix.test', before: { name: 'Bản Lác', approved: false }, after: { name: 'Bản Lác', approved: true } }],
    });
    expect((await gql(MY_OPERATORS)).data!.viewer.roles).toContainEqual({ role: 'OWNER', operator: { id, name: 'Bản Lác', approval: 'APPROVED' } });
    const unknown = await admin(APPROVE, { id: toGlobalId('TourismOperator', 'opr_none') });
    expect(unknown.data!.operatorApprove.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  it('shows a pending operator through node(id) to its members and admins only', async () => {
    const gql = await newUser('node@example.vn');
    const id = (await gql(REGISTER, { input: { name: 'Vườn chè Shan', kind: 'HOUSEHOLD', provinceCode: '01' } })).data!.operatorRegister.operator.id;
    const NODE = `query ($id: ID!) { node(id: $id) { ... on TourismOperator { name } } }`;
    expect((await api.gql(NODE, { id })).data!.node).toBeNull();
    expect((await world.gqlAs('operator')(NODE, { id })).data!.node).toBeNull();
    expect((await gql(NODE, { id })).data!.node).toEqual({ name: 'Vườn chè Shan' });
    expect((await world.gqlAs('admin')(NODE, { id })).data!.node).toEqual({ name: 'Vườn chè Shan' });
  });
});

describe('admin review lists', () => {
  it('lists pending operators newest first, in pages, with a constant number of statements', async () => {
    const admin = world.gqlAs('admin');
    const LIST = `query ($first: Int!, $after: String) { tourismOperators(first: $first, after: $after, filter: { approval: PENDING }) {
      totalCount pageInfo { hasNextPage endCursor } nodes { name approval province { name } commune { name } } } }`;
    const one = await admin(LIST, { first: 1 });
    const all = await admin(LIST, { first: 20 });
    expect(all.data!.tourismOperators.nodes.every((n: { approval: string }) => n.approval === 'PENDING')).toBe(true);
    expect(all.data!.tourismOperators.nodes.length).toBe(all.data!.tourismOperators.totalCount);
    // Provinces and communes through loaders: at most one statement more (the commune loader runs only
    // when the page has an operator with a commune), whatever the page size.
    expect(all.sqlStatements).toBeLessThanOrEqual(one.sqlStatements + 1);
    const second = await admin(LIST, { first: 1, after: one.data!.tourismOperators.pageInfo.endCursor });
    expect(second.data!.tourismOperators.nodes[0]).toEqual(all.data!.tourismOperators.nodes[1]);
    const approved = await admin(`{ tourismOperators(filter: { approval: APPROVED }) { nodes { name } } }`);
    expect(approved.data!.tourismOperators.nodes.map((n: { name: string }) => n.name)).toContain('Bản Lác');
  });

  it('lists producers pending approval', async () => {
    const admin = world.gqlAs('admin');
    const registered = await world.gqlAs('shopper')(
      `mutation { producerRegister(input: { name: "HTX Nấm Linh Chi", kind: COOPERATIVE, provinceCode: "01" }) { producer { id } } }`,
    );
    const id = registered.data!.producerRegister.producer.id;
    const pending = await admin(`{ producerRegistrations(first: 5, filter: { approval: PENDING }) { nodes { id name verified } } }`);
    expect(pending.data!.producerRegistrations.nodes[0]).toEqual({ id, name: 'HTX Nấm Linh Chi', verified: false });
    await admin(`mutation ($id: ID!) { producerApprove(producerId: $id) { userErrors { code } } }`, { id });
    const after = await admin(`{ producerRegistrations(first: 50, filter: { approval: PENDING }) { nodes { id } } }`);
    expect(after.data!.producerRegistrations.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
    const log = await admin(`query ($f: AuditEventFilter) { auditEvents(filter: $f) { nodes { action after } } }`, { f: { subjectId: id } });
    expect(log.data!.auditEvents.nodes).toEqual([{ action: 'PRODUCER_APPROVED', after: { name: 'HTX Nấm Linh Chi', verified: true } }]);
  });

  it('finds users by part of the email with their roles, in one statement per relation', async () => {
    const admin = world.gqlAs('admin');
    const USERS = `query ($email: String, $first: Int!) { users(first: $first, filter: { email: $email }) { totalCount nodes { email roles { kind } } } }`;
    const found = await admin(USERS, { email: 'MATRIX.test', first: 20 });
    const emails = found.data!.users.nodes.map((n: { email: string }) => n.email);
    expect(emails).toEqual([...emails].sort());
    expect(found.data!.users.nodes).toContainEqual({ email: 'councilx@matrix.test', roles: [{ kind: 'COUNCIL_MEMBER' }] });
    expect(found.data!.users.nodes).toContainEqual({ email: 'operator@matrix.test', roles: [{ kind: 'OPERATOR_MEMBER' }] });
    const one = await admin(USERS, { email: 'matrix.test', first: 1 });
    expect(one.sqlStatements).toBe(found.sqlStatements);
    // LIKE wildcards are literal.
    expect((await admin(USERS, { email: '%', first: 5 })).data!.users.totalCount).toBe(0);
  });

  it('logs role changes with the email and scope', async () => {
    const admin = world.gqlAs('admin');
    const assigned = await admin(`mutation ($input: RoleAssignInput!) { roleAssign(input: $input) { role { id } userErrors { code } } }`, {
      input: { email: 'shopper@matrix.test', kind: 'COUNCIL_MEMBER', councilLevel: 'PROVINCE', provinceId: toGlobalId('Province', world.provinces.y) },
    });
    const roleId = assigned.data!.roleAssign.role.id;
    await admin(`mutation ($input: RoleRevokeInput!) { roleRevoke(input: $input) { userErrors { code } } }`, { input: { roleId } });
    const log = await admin(`query ($f: AuditEventFilter) { auditEvents(filter: $f) { nodes { action before after } } }`, { f: { subjectId: roleId } });
    const scope = { email: 'shopper@matrix.test', userId: world.users.shopper.userId, kind: 'COUNCIL_MEMBER', provinceId: world.provinces.y, councilLevel: 'PROVINCE' };
    expect(log.data!.auditEvents.nodes).toEqual([
      { action: 'ROLE_REVOKED', before: scope, after: null },
      { action: 'ROLE_ASSIGNED', before: null, after: scope },
    ]);
  });
});
