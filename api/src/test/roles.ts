import { SESSION_COOKIE } from '../http/session-cookie.js';
import { rows } from '../lib/sql.js';
import { createServices } from '../modules/services.js';
import type { RoleAssignmentRecord } from '../modules/accounts/viewer.js';
import type { Orm } from '../db/orm.js';
import type { ProducerRow } from '../db/seed/generate.js';
import type { GqlOptions, GraphQLResult } from './api.js';
import { CatalogueBuilder, province } from './fixtures.js';

/**
 * The people of the authorisation matrix (issue 4): `operator` owns tourism operator O (approved, in province X);
 * `salesPointManager` manages sales point P (approved, in province X).
 */
export const ROLES = ['anonymous', 'shopper', 'producerA', 'producerB', 'operator', 'salesPointManager', 'councilX', 'councilY', 'admin'] as const;
export type RoleName = (typeof ROLES)[number];

export const TEST_PASSWORD = 'nuoc-mam-phu-quoc-40';

type Gql = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions) => Promise<GraphQLResult<T>>;

export interface RoleWorld {
  /** Producer A is registered in province X (Hà Nội, 01), producer B in province Y (Huế, 46). */
  producers: { a: { id: string; name: string }; b: { id: string; name: string } };
  /** One published product of each producer. */
  products: { a: { id: string; slug: string }; b: { id: string; slug: string } };
  /** Tourism operator O, approved, owned by `operator`. */
  operators: { o: { id: string; name: string } };
  /** Sales point P, approved, in Hà Nội, managed by `salesPointManager`. */
  salesPoints: { p: { id: string; name: string } };
  provinces: { x: string; y: string };
  users: Record<Exclude<RoleName, 'anonymous'>, { userId: string; email: string; token: string; roles: RoleAssignmentRecord[] }>;
  /** Sends a GraphQL request with that person's session cookie (none for anonymous). */
  gqlAs(role: RoleName): Gql;
  /** Like gqlAs, over a new session of that person: for mutations that end the session they are sent with. */
  gqlAsInNewSession(role: RoleName): Promise<Gql>;
}

/**
 * Writes two producers and one signed-in user per role, each with a session opened directly through
 * the service (no login round trip, no throttling). Tests then call `gqlAs(role)`.
 */
export async function createRoleWorld(
  orm: Orm,
  api: { gql: Gql },
  options: {
    /** Adds rows to the world's catalogue before it is written (a second builder would replace it). */
    catalogue?: (builder: CatalogueBuilder, producers: { a: ProducerRow; b: ProducerRow }) => void;
  } = {},
): Promise<RoleWorld> {
  const builder = new CatalogueBuilder();
  const x = province.current('01').id;
  const y = province.current('46').id;
  const a = builder.producer('HTX Chè Tân Cương', { id: x });
  const b = builder.producer('HTX Mè Xửng Huế', { id: y });
  const productA = builder.product('Chè búp Tân Cương', a);
  const productB = builder.product('Mè xửng Thiên Hương', b);
  options.catalogue?.(builder, { a, b });
  await builder.write(orm);

  const grants: Record<Exclude<RoleName, 'anonymous'>, Parameters<ReturnType<typeof createServices>['roles']['grantUnchecked']>[1] | 'ADMIN' | null> = {
    shopper: null,
    producerA: { kind: 'PRODUCER_MEMBER', producerId: a.id, producerRole: 'OWNER' },
    producerB: { kind: 'PRODUCER_MEMBER', producerId: b.id, producerRole: 'OWNER' },
    // Owner of operator O: granted when O is registered below.
    operator: null,
    // Manager of sales point P: granted when P is registered below.
    salesPointManager: null,
    councilX: { kind: 'COUNCIL_MEMBER', provinceId: x, councilLevel: 'PROVINCE' },
    councilY: { kind: 'COUNCIL_MEMBER', provinceId: y, councilLevel: 'PROVINCE' },
    admin: 'ADMIN',
  };
  const users = {} as RoleWorld['users'];
  let operatorO = { id: '', name: '' };
  let pointP = { id: '', name: '' };
  await orm.em.fork().transactional(async (em) => {
    const services = createServices(em);
    for (const [name, grant] of Object.entries(grants) as [keyof typeof grants, (typeof grants)[keyof typeof grants]][]) {
      const email = `${name.toLowerCase()}@matrix.test`;
      const result = await services.accounts.signUp({ email, password: TEST_PASSWORD });
      if (!result.viewer) throw new Error(JSON.stringify(result.userErrors));
      const userId = result.viewer.userId;
      if (grant === 'ADMIN') await services.roles.grantAdminUnchecked(userId);
      else if (grant) await services.roles.grantUnchecked(userId, grant);
      users[name] = { userId, email, token: result.session.token, roles: await services.accounts.rolesOf(userId) };
    }
    const viewerOf = (name: keyof typeof users) => ({ userId: users[name].userId, email: users[name].email, emailVerifiedAt: null, roles: users[name].roles });
    const registered = await services.operatorRegistration.register(viewerOf('operator'), {
      name: 'HTX Du lịch cộng đồng Đường Lâm', kind: 'COOPERATIVE', provinceCode: '01',
    });
    if (!registered.operator) throw new Error(JSON.stringify(registered.userErrors));
    await services.operatorRegistration.approve(viewerOf('admin'), registered.operator.id);
    operatorO = { id: registered.operator.id, name: registered.operator.name };
    users.operator.roles = await services.accounts.rolesOf(users.operator.userId);
    const point = await services.salesPointRegistration.register(viewerOf('salesPointManager'), {
      name: 'Cửa hàng OCOP Hoàn Kiếm', kind: 'OCOP_SHOWROOM', provinceCode: '01', addressLine: '2 Hàng Khay', latitude: 21.0245, longitude: 105.8522,
    });
    if (!point.salesPoint) throw new Error(JSON.stringify(point.userErrors));
    await services.salesPointRegistration.approve(viewerOf('admin'), point.salesPoint.id);
    pointP = { id: point.salesPoint.id, name: point.salesPoint.name };
    users.salesPointManager.roles = await services.accounts.rolesOf(users.salesPointManager.userId);
  });

  const withToken = (token: string | null): Gql => {
    const cookie = token ? `${SESSION_COOKIE.development}=${token}` : null;
    return (query, variables, options = {}) =>
      api.gql(query, variables, { ...options, headers: { ...(cookie ? { cookie } : {}), ...options.headers } });
  };
  return {
    producers: { a: { id: a.id, name: a.name }, b: { id: b.id, name: b.name } },
    products: { a: { id: productA.id, slug: productA.slug }, b: { id: productB.id, slug: productB.slug } },
    operators: { o: operatorO },
    salesPoints: { p: pointP },
    provinces: { x, y },
    users,
    gqlAs: (role) => withToken(role === 'anonymous' ? null : users[role].token),
    async gqlAsInNewSession(role) {
      if (role === 'anonymous') return withToken(null);
      const session = await createServices(orm.em.fork()).accounts.createSession(users[role].userId);
      return withToken(session.token);
    },
  };
}

/**
 * A fingerprint of every row of every table (count and md5 per table), to assert that a refused
 * mutation changed nothing. Sessions count by (token, user) only: using a session slides its expiry.
 */
export async function databaseFingerprint(orm: Orm): Promise<Record<string, string>> {
  const em = orm.em.fork();
  const tables = await rows<{ name: string }>(
    em,
    `select table_name as name from information_schema.tables
     where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'mikro_orm%' order by 1`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const source = name === 'session' ? `(select token_hash, user_id from session)` : `"${name}"`;
    const [row] = await rows<{ n: string; h: string | null }>(
      em,
      `select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${source} t`,
    );
    result[name] = `${row!.n}:${row!.h ?? ''}`;
  }
  return result;
}

/** The GraphQL error code of a refused request, or the first userError code. */
export function refusalCode(result: GraphQLResult, payloadField: string): string | null {
  const errorCode = result.errors?.[0]?.extensions?.code;
  if (typeof errorCode === 'string') return errorCode;
  const payload = result.data?.[payloadField] as { userErrors?: { code: string }[] } | null | undefined;
  return payload?.userErrors?.[0]?.code ?? null;
}
