import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { getSchema } from '../../graphql/schema.js';
import { rows } from '../../lib/sql.js';
import { testApi, type GraphQLResult } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import type { MatrixRow, ModuleMatrix } from '../../test/matrix.js';
import { createRoleWorld, databaseFingerprint, refusalCode, ROLES, type RoleWorld } from '../../test/roles.js';
import { BOOKINGS_MATRIX } from '../bookings/bookings.matrix.js';
import { CART_MATRIX } from '../cart/cart.matrix.js';
import { CATALOG_MATRIX } from '../catalog/catalog.matrix.js';
import { CERTIFICATION_MATRIX } from '../certification/certification.matrix.js';
import { CRAFT_VILLAGES_MATRIX } from '../craftvillages/craft-villages.matrix.js';
import { ORDERS_MATRIX } from '../orders/orders.matrix.js';
import { PRODUCERS_MATRIX } from '../producers/producers.matrix.js';
import { PROGRAMME_MATRIX } from '../programme/programme.matrix.js';
import { SALESPOINTS_MATRIX } from '../salespoints/salespoints.matrix.js';
import { TOURISM_MATRIX } from '../tourism/tourism.matrix.js';
import { TRACEABILITY_MATRIX } from '../traceability/traceability.matrix.js';
import { ACCOUNTS_MATRIX, ROLE_ASSIGN, ROLE_REVOKE } from './accounts.matrix.js';

/**
 * The authorisation matrix: every mutation of the schema, run as every role, either succeeds or is
 * refused (FORBIDDEN, or UNAUTHENTICATED for anonymous) with no database change. Each module keeps
 * its rows and their targets in `<module>.matrix.ts` beside it; a module with mutations adds its
 * matrix to this list. Rows run in list order over one shared world, so order matters where a row
 * changes what a later one sees: orders check out before the cart gains bookings; accounts (whose
 * rows end sessions) come last.
 */
const MODULES: ModuleMatrix[] = [
  TOURISM_MATRIX,
  CERTIFICATION_MATRIX,
  TRACEABILITY_MATRIX,
  CATALOG_MATRIX,
  PRODUCERS_MATRIX,
  PROGRAMME_MATRIX,
  CRAFT_VILLAGES_MATRIX,
  SALESPOINTS_MATRIX,
  ORDERS_MATRIX,
  CART_MATRIX,
  BOOKINGS_MATRIX,
  ACCOUNTS_MATRIX,
];

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, producers) => {
      for (const module of MODULES) module.catalogue?.(builder, producers);
    },
  });
  // Every role checks out in its row, and set-ups place orders: plenty of stock.
  await rows(orm.em.fork(), `update product_variant set stock = 1000`);
  for (const module of MODULES) await module.setUp?.(orm, world);
});

/** One row per Mutation field (a test below fails when a mutation has no row; two rows for one stop the file). */
const MATRIX: Record<string, MatrixRow> = {};
for (const module of MODULES) {
  for (const [mutation, row] of Object.entries(module.rows)) {
    if (mutation in MATRIX) throw new Error(`two matrix rows for ${mutation}`);
    MATRIX[mutation] = row;
  }
}

function payloadField(result: GraphQLResult): string {
  return Object.keys(result.data ?? {})[0] ?? '';
}

describe('authorisation matrix', () => {
  it('has a row for every mutation of the schema', async () => {
    const fields = Object.keys((await getSchema()).getMutationType()?.getFields() ?? {}).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  for (const [mutation, row] of Object.entries(MATRIX)) {
    describe(mutation, () => {
      for (const role of ROLES.filter((r) => !row.allowed.includes(r))) {
        it(`refuses ${role} and changes nothing`, async () => {
          const before = await databaseFingerprint(orm);
          const gql = row.ownSession ? await world.gqlAsInNewSession(role) : world.gqlAs(role);
          const result = await row.run(gql, role, world);
          expect(refusalCode(result, mutation)).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(await databaseFingerprint(orm)).toEqual(before);
        });
      }
      for (const role of row.allowed) {
        it(`lets ${role} through`, async () => {
          const gql = row.ownSession ? await world.gqlAsInNewSession(role) : world.gqlAs(role);
          const result = await row.run(gql, role, world);
          expect(result.errors).toBeUndefined();
          expect((result.data![payloadField(result)] as { userErrors: unknown[] }).userErrors).toEqual([]);
        });
      }
    });
  }
});

describe('admin queries', () => {
  const QUERIES = {
    users: `{ users(first: 2) { totalCount nodes { email roles { kind } } } }`,
    producerRegistrations: `{ producerRegistrations(first: 2, filter: { approval: PENDING }) { totalCount } }`,
    tourismOperators: `{ tourismOperators(first: 2, filter: { approval: PENDING }) { totalCount } }`,
    salesPointRegistrations: `{ salesPointRegistrations(first: 2, filter: { approval: PENDING }) { totalCount } }`,
    auditEvents: `{ auditEvents(first: 2) { totalCount } }`,
  };
  for (const [field, query] of Object.entries(QUERIES)) {
    it(`answer ${field} to admins only`, async () => {
      for (const role of ROLES.filter((r) => r !== 'admin')) {
        const res = await world.gqlAs(role)(query);
        expect(res.errors?.[0]?.extensions?.code, role).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(res.data?.[field] ?? null).toBeNull();
      }
      const res = await world.gqlAs('admin')(query);
      expect(res.errors).toBeUndefined();
      expect(res.data![field].totalCount).toBeGreaterThan(0);
    });
  }
});

describe('role assignment', () => {
  const VIEWER = `{ viewer { email roles { __typename kind
    ... on ProducerMemberRole { role producer { name } }
    ... on CouncilMemberRole { level province { code name } } } } }`;

  it('shows each role as a typed object on the viewer', async () => {
    const producer = await world.gqlAs('producerA')(VIEWER);
    // (Each also owns the producer it registered in the producerRegister row.)
    expect(producer.data!.viewer.roles).toContainEqual({ __typename: 'ProducerMemberRole', kind: 'PRODUCER_MEMBER', role: 'OWNER', producer: { name: world.producers.a.name } });
    const council = await world.gqlAs('councilY')(VIEWER);
    expect(council.data!.viewer.roles).toContainEqual({ __typename: 'CouncilMemberRole', kind: 'COUNCIL_MEMBER', level: 'PROVINCE', province: { code: '46', name: 'Huế' } });
    const admin = await world.gqlAs('admin')(VIEWER);
    expect(admin.data!.viewer.roles).toContainEqual({ __typename: 'AdminRole', kind: 'ADMIN' });
    const operator = await world.gqlAs('operator')(`{ viewer { roles { __typename kind ... on OperatorMemberRole { role operator { name approval } } } } }`);
    expect(operator.data!.viewer.roles).toContainEqual({
      __typename: 'OperatorMemberRole', kind: 'OPERATOR_MEMBER', role: 'OWNER', operator: { name: world.operators.o.name, approval: 'APPROVED' },
    });
    const manager = await world.gqlAs('salesPointManager')(`{ viewer { roles { __typename kind ... on SalesPointManagerRole { salesPoint { name approval } } } } }`);
    expect(manager.data!.viewer.roles).toContainEqual({
      __typename: 'SalesPointManagerRole', kind: 'SALES_POINT_MANAGER', salesPoint: { name: world.salesPoints.p.name, approval: 'APPROVED' },
    });
  });

  it('lets an admin make someone staff of a tourism operator, and checks its scope', async () => {
    const admin = world.gqlAs('admin');
    const operatorId = toGlobalId('TourismOperator', world.operators.o.id);
    const staff = await admin(ROLE_ASSIGN, { input: { email: 'councily@matrix.test', kind: 'OPERATOR_MEMBER', operatorId, operatorRole: 'STAFF' } });
    expect(staff.data!.roleAssign).toMatchObject({ role: { kind: 'OPERATOR_MEMBER' }, userErrors: [] });
    const noRole = await admin(ROLE_ASSIGN, { input: { email: 'councily@matrix.test', kind: 'OPERATOR_MEMBER', operatorId } });
    expect(noRole.data!.roleAssign.userErrors).toEqual([{ code: 'ROLE_SCOPE_INVALID' }]);
    const mixed = await admin(ROLE_ASSIGN, { input: { email: 'councily@matrix.test', kind: 'ADMIN', operatorId } });
    expect(mixed.data!.roleAssign.userErrors).toEqual([{ code: 'ROLE_SCOPE_INVALID' }]);
    const unknown = await admin(ROLE_ASSIGN, {
      input: { email: 'councily@matrix.test', kind: 'OPERATOR_MEMBER', operatorId: toGlobalId('TourismOperator', 'opr_none'), operatorRole: 'STAFF' },
    });
    expect(unknown.data!.roleAssign.userErrors).toEqual([{ code: 'OPERATOR_NOT_FOUND' }]);
    await admin(ROLE_REVOKE, { input: { roleId: staff.data!.roleAssign.role.id } });
  });

  it('lets an admin make a ministry council member, and checks scopes', async () => {
    const admin = world.gqlAs('admin');
    const ministry = await admin(ROLE_ASSIGN, { input: { email: 'shopper@matrix.test', kind: 'COUNCIL_MEMBER', councilLevel: 'MINISTRY' } });
    expect(ministry.data!.roleAssign.userErrors).toEqual([]);
    const twice = await admin(ROLE_ASSIGN, { input: { email: 'shopper@matrix.test', kind: 'COUNCIL_MEMBER', councilLevel: 'MINISTRY' } });
    expect(twice.data!.roleAssign.userErrors).toEqual([{ code: 'ROLE_ALREADY_ASSIGNED' }]);
    const noProvince = await admin(ROLE_ASSIGN, { input: { email: 'shopper@matrix.test', kind: 'COUNCIL_MEMBER', councilLevel: 'PROVINCE' } });
    expect(noProvince.data!.roleAssign.userErrors).toEqual([{ code: 'ROLE_SCOPE_INVALID' }]);
    const historic = await admin(ROLE_ASSIGN, {
      input: { email: 'shopper@matrix.test', kind: 'COUNCIL_MEMBER', councilLevel: 'PROVINCE', provinceId: toGlobalId('Province', 'prv_old_30') },
    });
    expect(historic.data!.roleAssign.userErrors).toEqual([{ code: 'PROVINCE_NOT_FOUND' }]);
    const nobody = await admin(ROLE_ASSIGN, { input: { email: 'nobody@matrix.test', kind: 'ADMIN' } });
    expect(nobody.data!.roleAssign.userErrors).toEqual([{ code: 'USER_NOT_FOUND' }]);
    const badId = await admin(ROLE_ASSIGN, { input: { email: 'shopper@matrix.test', kind: 'PRODUCER_MEMBER', producerRole: 'STAFF', producerId: 'xyz' } });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never removes the last admin', async () => {
    const adminRole = world.users.admin.roles[0]!.id;
    const res = await world.gqlAs('admin')(ROLE_REVOKE, { input: { roleId: toGlobalId('RoleAssignment', adminRole) } });
    expect(res.data!.roleRevoke.userErrors).toEqual([{ code: 'LAST_ADMIN' }]);
  });
});
