import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { getSchema } from '../../graphql/schema.js';
import { testApi, type GraphQLResult } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, refusalCode, ROLES, TEST_PASSWORD, type RoleName, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
let revokeTarget: string;

beforeAll(async () => {
  world = await createRoleWorld(orm, api);
  const services = createServices(orm.em.fork());
  const target = await services.accounts.signUp({ email: 'target@matrix.test', password: TEST_PASSWORD });
  revokeTarget = (await services.roles.grantUnchecked(target.viewer!.userId, { kind: 'PRODUCER_MEMBER', producerId: world.producers.a.id, producerRole: 'STAFF' })).id;
});

type Gql = ReturnType<RoleWorld['gqlAs']>;
interface MatrixRow {
  /** Who may call it; everyone else must be refused with no database change. */
  allowed: readonly RoleName[];
  /** Runs the mutation once as `role`. */
  run(gql: Gql, role: RoleName): Promise<GraphQLResult>;
  /** Mutations that end the session they are sent with run over a fresh session. */
  ownSession?: boolean;
}

const ROLE_ASSIGN = `mutation ($input: RoleAssignInput!) { roleAssign(input: $input) { role { id kind } userErrors { code } } }`;
const ROLE_REVOKE = `mutation ($input: RoleRevokeInput!) { roleRevoke(input: $input) { role { id } userErrors { code } } }`;

/** One row per Mutation field (a test below fails when a mutation has no row). */
const MATRIX: Record<string, MatrixRow> = {
  roleAssign: {
    allowed: ['admin'],
    run: (gql) =>
      gql(ROLE_ASSIGN, {
        input: { email: 'target@matrix.test', kind: 'PRODUCER_MEMBER', producerId: toGlobalId('Producer', world.producers.b.id), producerRole: 'STAFF' },
      }),
  },
  roleRevoke: {
    allowed: ['admin'],
    run: (gql) => gql(ROLE_REVOKE, { input: { roleId: toGlobalId('RoleAssignment', revokeTarget) } }),
  },
  accountSignUp: {
    allowed: ROLES,
    ownSession: true,
    run: (gql, role) =>
      gql(`mutation ($input: AccountSignUpInput!) { accountSignUp(input: $input) { userErrors { code } } }`, {
        input: { email: `new-${role}@matrix.test`, password: TEST_PASSWORD },
      }),
  },
  accountLogIn: {
    allowed: ROLES,
    ownSession: true,
    run: (gql) =>
      gql(`mutation ($input: AccountLogInInput!) { accountLogIn(input: $input) { userErrors { code } } }`, {
        input: { email: 'target@matrix.test', password: TEST_PASSWORD },
      }),
  },
  accountLogOut: {
    allowed: ROLES,
    ownSession: true,
    run: (gql) => gql(`mutation { accountLogOut { userErrors { code } } }`),
  },
};

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
          const result = await row.run(gql, role);
          expect(refusalCode(result, mutation)).toBe(role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(await databaseFingerprint(orm)).toEqual(before);
        });
      }
      for (const role of row.allowed) {
        it(`lets ${role} through`, async () => {
          const gql = row.ownSession ? await world.gqlAsInNewSession(role) : world.gqlAs(role);
          const result = await row.run(gql, role);
          expect(result.errors).toBeUndefined();
          expect((result.data![payloadField(result)] as { userErrors: unknown[] }).userErrors).toEqual([]);
        });
      }
    });
  }
});

describe('role assignment', () => {
  const VIEWER = `{ viewer { email roles { __typename kind
    ... on ProducerMemberRole { role producer { name } }
    ... on CouncilMemberRole { level province { code name } } } } }`;

  it('shows each role as a typed object on the viewer', async () => {
    const producer = await world.gqlAs('producerA')(VIEWER);
    expect(producer.data!.viewer.roles).toEqual([{ __typename: 'ProducerMemberRole', kind: 'PRODUCER_MEMBER', role: 'OWNER', producer: { name: world.producers.a.name } }]);
    const council = await world.gqlAs('councilY')(VIEWER);
    expect(council.data!.viewer.roles).toEqual([{ __typename: 'CouncilMemberRole', kind: 'COUNCIL_MEMBER', level: 'PROVINCE', province: { code: '46', name: 'Huế' } }]);
    const admin = await world.gqlAs('admin')(VIEWER);
    expect(admin.data!.viewer.roles).toEqual([{ __typename: 'AdminRole', kind: 'ADMIN' }]);
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
