import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../db/seed/random.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import { rows } from '../lib/sql.js';
import { createServices } from '../modules/services.js';
import { testApi } from '../test/api.js';
import { testDatabase } from '../test/database.js';
import { OperationGenerator, type FuzzOperation } from '../test/graphql-fuzz.js';
import { addTestCommune, checkoutInput, variantIdOf } from '../test/orders.js';
import { createRoleWorld, ROLES, type RoleName } from '../test/roles.js';
import { toGlobalId } from './global-id.js';
import { getSchema } from './schema.js';

/**
 * Schema-driven fuzzing of the real HTTP app in production mode, as every person of the role world:
 * random valid operations (queries and mutations, arguments of the right types from pools of real
 * ids, slugs and hostile values) and invalid ones (wrong types, missing arguments, unknown fields,
 * syntax garbage, too deep, too many aliases). Every answer must be free of server errors (no HTTP
 * 5xx, no INTERNAL_SERVER_ERROR), of stack traces and internals (SQL, file paths), and of data the
 * person may not see: private markers seeded below (a draft product, a pending producer, a draft
 * tourism point, a shopper's shipping address, other people's emails) and secrets (session tokens,
 * password hashes, an order link's secret). Deterministic (FUZZ_SEED) and bounded (VALID_PER_ROLE + INVALID_PER_ROLE per role, about 10 s).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 909);
const VALID_PER_ROLE = Number(process.env.FUZZ_VALID ?? 110);
const INVALID_PER_ROLE = Number(process.env.FUZZ_INVALID ?? 30);

const { orm } = await testDatabase();
const api = await testApi(orm, { env: { NODE_ENV: 'production' } });

const MARK = {
  draftProduct: 'ZZPRIV Chè nháp chưa công bố',
  pendingProducer: 'ZZPRIV HTX chờ duyệt',
  draftPoint: 'ZZPRIV Điểm du lịch nháp',
  recipient: 'ZZPRIV Người nhận Lan',
  street: 'ZZPRIV 99 Hàng Bạc',
};

let world: Awaited<ReturnType<typeof createRoleWorld>>;
/** Which roles may see each marker; every other role must never get it back. */
let allowed: { text: string; roles: RoleName[] }[] = [];
/** Never in any response, to anyone. */
const secrets = new Set<string>();
let generators: { query: OperationGenerator; mutation: OperationGenerator; owner: OperationGenerator };

beforeAll(async () => {
  let draftId = '';
  let pendingId = '';
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      addTestCommune(builder);
      draftId = builder.product(MARK.draftProduct, a, { slug: 'zzpriv-che-nhap' }).id;
      pendingId = builder.producer(MARK.pendingProducer, { id: 'prv_46' }, 'COOPERATIVE', { verified: false }).id;
    },
  });
  const em = orm.em.fork();
  await rows(em, `update product set status = 'DRAFT' where id = ?`, [draftId]);
  const services = createServices(orm.em.fork());
  const viewerOf = (role: Exclude<RoleName, 'anonymous'>) => ({ userId: world.users[role].userId, email: world.users[role].email, emailVerifiedAt: null, roles: world.users[role].roles });

  // The shopper's order of producer A's product, shipped to a marked address.
  const shopper = { userId: world.users.shopper.userId, token: null };
  const added = await services.cart.linesAdd(shopper, [{ variantId: variantIdOf(world.products.a.id), quantity: 1 }]);
  expect(added.userErrors).toEqual([]);
  const base = checkoutInput();
  const placed = await createServices(orm.em.fork()).checkout.place(shopper, {
    ...base, email: world.users.shopper.email, shipping: { ...base.shipping!, recipientName: MARK.recipient, streetLine: MARK.street },
  });
  expect(placed.userErrors).toEqual([]);
  const order = placed.order!;
  secrets.add(placed.accessToken!);
  const [subs] = await services.orders.subOrdersOf([order.id]);
  const sub = subs![0];

  const point = await createServices(orm.em.fork()).tourismPoints.create(viewerOf('operator'), world.operators.o.id, { name: MARK.draftPoint, kind: 'VILLAGE', provinceCode: '01' });
  expect(point.userErrors).toEqual([]);

  allowed = [
    { text: MARK.draftProduct, roles: ['producerA', 'admin'] },
    { text: 'zzpriv-che-nhap', roles: ['producerA', 'admin'] },
    { text: MARK.pendingProducer, roles: ['admin'] },
    { text: MARK.draftPoint, roles: ['operator', 'admin'] },
    { text: MARK.recipient, roles: ['shopper', 'producerA', 'admin'] },
    { text: MARK.street, roles: ['shopper', 'producerA', 'admin'] },
  ];
  for (const role of ROLES) {
    if (role === 'anonymous') continue;
    const email = world.users[role].email;
    // Producer A fulfils the shopper's order: it sees the shopper's contact email.
    allowed.push({ text: email, roles: [role, 'admin', ...(role === 'shopper' ? (['producerA'] as const) : [])] });
    secrets.add(world.users[role].token);
  }

  const [slugs] = await rows<{ slugs: string[] }>(
    em,
    `select array(select slug from product union all select slug from producer union all select slug from tourism_point
       union all select slug from tourism_operator union all select slug from sales_point) as slugs`,
  );
  const publicIds = [
    toGlobalId('Product', world.products.a.id), toGlobalId('Product', world.products.b.id),
    toGlobalId('ProductVariant', variantIdOf(world.products.a.id)), toGlobalId('ProductVariant', variantIdOf(world.products.b.id)),
    toGlobalId('Producer', world.producers.a.id), toGlobalId('Producer', world.producers.b.id),
    toGlobalId('TourismOperator', world.operators.o.id), toGlobalId('SalesPoint', world.salesPoints.p.id),
    toGlobalId('Province', world.provinces.x), toGlobalId('Province', world.provinces.y),
    ...ROLES.filter((r) => r !== 'anonymous').map((r) => toGlobalId('User', world.users[r as Exclude<RoleName, 'anonymous'>].userId)),
  ];
  const privateIds = [
    toGlobalId('Product', draftId), toGlobalId('ProductVariant', variantIdOf(draftId)), toGlobalId('Producer', pendingId),
    toGlobalId('TourismPoint', point.result!.id), toGlobalId('Order', order.id), toGlobalId('SubOrder', sub!.id),
  ];
  const schema = await getSchema();
  const random = seededRandom(SEED);
  const pools = { ids: [...publicIds, ...privateIds], slugs: slugs!.slugs, codes: [order.number, order.number.toLowerCase(), 'OCOP-0000-0000'] };
  // Mutations that would legitimately widen what someone may see are not fuzzed: granting roles.
  const skipMutations = ['roleAssign'];
  generators = {
    query: new OperationGenerator(schema, random, pools, { maxDepth: 5, skipMutations }),
    mutation: new OperationGenerator(schema, random, pools, { maxDepth: 4, skipMutations }),
    // The owners of the private objects (and admins) get no ids of them in mutations: publishing the
    // draft or approving the pending producer would make the markers public, rightly.
    owner: new OperationGenerator(schema, random, { ...pools, ids: publicIds, slugs: pools.slugs.filter((s) => !s.startsWith('zzpriv')) }, { maxDepth: 4, skipMutations }),
  };
});

const OWNERS: RoleName[] = ['producerA', 'operator', 'admin'];

/** What must never be in an answer: traces, file paths, SQL and driver messages. */
const INTERNALS: [string, RegExp][] = [
  ['stack trace', /stacktrace|\bat (?:async )?[\w$.<>]+ \(|\bat file:\/\//i],
  ['source path', /\.(?:ts|js|mjs):\d+|node_modules|\/work\/|\/src\//],
  ['SQL', /\b(?:select|insert into|update|delete from)\b[^"]{0,80}\b(?:from|where|values|set)\b|syntax error at or near|violates (?:check|foreign key|unique|not-null) constraint|relation "|column "|duplicate key value|invalid input syntax|invalid byte sequence|out of range for type/i],
  ['driver', /MikroORM|DriverException|ECONNREFUSED|pg_catalog|QueryFailedError|TypeError|ReferenceError|Cannot read propert/],
];

interface Finding {
  role: RoleName;
  what: string;
  operation: FuzzOperation;
  response: string;
}

async function send(role: RoleName, op: FuzzOperation): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (role !== 'anonymous') {
    // A new session per request: a fuzzed accountLogOut or password change must not leave the role signed out.
    const session = await createServices(orm.em.fork()).accounts.createSession(world.users[role].userId);
    secrets.add(session.token);
    headers.cookie = `${SESSION_COOKIE.production}=${session.token}`;
  }
  const res = await fetch(`${api.base}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: op.query, variables: op.variables }) });
  return { status: res.status, text: await res.text() };
}

function problems(role: RoleName, status: number, text: string): string[] {
  const found: string[] = [];
  if (status >= 500) found.push(`HTTP ${status}`);
  let body: { errors?: { message?: string; extensions?: { code?: string } }[] } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    found.push('not JSON');
  }
  for (const e of body?.errors ?? []) if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') found.push(`internal error: ${e.message}`);
  for (const [what, pattern] of INTERNALS) if (pattern.test(text)) found.push(`${what}: ${text.match(pattern)![0]}`);
  for (const marker of allowed) if (!marker.roles.includes(role) && text.includes(marker.text)) found.push(`sees ${JSON.stringify(marker.text)}`);
  for (const secret of secrets) if (text.includes(secret)) found.push('a secret (session token or order link secret)');
  if (text.includes('$argon2')) found.push('a password hash');
  return found;
}

describe('schema-driven fuzz (production mode, every role)', () => {
  it(`answers ${ROLES.length} × ${VALID_PER_ROLE + INVALID_PER_ROLE} random operations without server errors, internals or data outside the caller's rights`, { timeout: 120_000 }, async () => {
    const findings: Finding[] = [];
    let mutations = 0;
    for (const role of ROLES) {
      for (let k = 0; k < VALID_PER_ROLE + INVALID_PER_ROLE; k++) {
        const invalid = k >= VALID_PER_ROLE;
        const generator = invalid ? generators.query : k % 3 === 2 ? (OWNERS.includes(role) ? generators.owner : generators.mutation) : generators.query;
        const op = invalid ? generator.invalid() : generator.valid(k % 3 === 2 ? 'mutation' : 'query');
        if (op.query.startsWith('mutation')) mutations++;
        const { status, text } = await send(role, op);
        for (const what of problems(role, status, text)) findings.push({ role, what, operation: op, response: text.slice(0, 600) });
      }
    }
    // One line per distinct problem (the same bug tends to show up many times).
    const distinct = [...new Map(findings.map((f) => [`${f.role} ${f.what}`, f])).values()];
    expect(distinct.map((f) => `${f.role}: ${f.what}\n  ${f.operation.query.slice(0, 400)}\n  ${JSON.stringify(f.operation.variables ?? {}).slice(0, 300)}\n  → ${f.response}`)).toEqual([]);
    expect(mutations).toBeGreaterThan(ROLES.length * 10);
  });
});
