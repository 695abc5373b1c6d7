import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { getSchema } from '../../graphql/schema.js';
import { testApi, type GraphQLResult } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, refusalCode, ROLES, TEST_PASSWORD, type RoleName, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';
import { COLUMNS as IMPORT_COLUMNS } from '../../db/import/format.js';
import type { ProductRow } from '../../db/seed/generate.js';
import { rows } from '../../lib/sql.js';
import { addTestCommune, placedOrder, variantIdOf } from '../../test/orders.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
let revokeTarget: string;
/** A pending (unapproved) producer for producerApprove; a product of A each role may archive. */
let pendingProducer: string;
let archiveTarget: string;
/** Per role that may act, its own target (a recognition or revocation uses one up); `refused` for the others. */
const evaluationTo: Partial<Record<RoleName | 'refused', string>> = {};
const certificateTo: Partial<Record<RoleName | 'refused', string>> = {};
const SCORES_75 = { A: 30, B: 20, C: 25 };
/** Per role, a verification token and a reset token of an account of its own (each is single use). */
const verifyTokenOf: Partial<Record<RoleName, string>> = {};
const resetTokenOf: Partial<Record<RoleName, string>> = {};
/** Orders module targets, per role that may act (`refused` for everyone else). */
type Targets = Partial<Record<RoleName | 'refused', string>>;
const subOrderTo: Record<'process' | 'cancel' | 'ship' | 'deliver' | 'refund', Targets> = { process: {}, cancel: {}, ship: {}, deliver: {}, refund: {} };
const pendingOrderNumber: Targets = {};
const subOrderOf = (targets: Targets, role: RoleName) => toGlobalId('SubOrder', targets[role] ?? targets.refused!);
const FULFIL = `subOrder { state } userErrors { code }`;

beforeAll(async () => {
  // Producer A's other products get a 4★ certificate each, so a recognition in one row never
  // supersedes the certificate another row revokes.
  const revocable: [RoleName | 'refused', ProductRow][] = [];
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      for (const who of ['councilX', 'admin', 'refused'] as const) revocable.push([who, builder.product(`Chè móc câu ${who}`, a)]);
      pendingProducer = builder.producer('HTX Chờ Duyệt', { id: 'prv_01' }, 'COOPERATIVE', { verified: false }).id;
      archiveTarget = builder.product('Chè xanh lưu trữ', a).id;
      addTestCommune(builder);
    },
  });
  // Every role checks out in its row: plenty of stock.
  await rows(orm.em.fork(), `update product_variant set stock = 1000`);
  // Per role that may act, a sub-order of producer A in the state its mutation starts from.
  const honey = [{ variantId: variantIdOf(world.products.a.id), quantity: 1 }];
  for (const who of ['producerA', 'admin', 'refused'] as const) {
    subOrderTo.process[who] = (await placedOrder(orm, honey, 'CONFIRMED')).subOrderIds[0];
    subOrderTo.cancel[who] = (await placedOrder(orm, honey, 'CONFIRMED')).subOrderIds[0];
    subOrderTo.ship[who] = (await placedOrder(orm, honey, 'PROCESSING')).subOrderIds[0];
    subOrderTo.deliver[who] = (await placedOrder(orm, honey, 'SHIPPED')).subOrderIds[0];
    subOrderTo.refund[who] = (await placedOrder(orm, honey, 'PAID')).subOrderIds[0];
    pendingOrderNumber[who] = (await placedOrder(orm, honey, 'PENDING_PAYMENT')).number;
  }
  const services = createServices(orm.em.fork());
  const target = await services.accounts.signUp({ email: 'target@matrix.test', password: TEST_PASSWORD });
  for (const role of ROLES) {
    const owner = await services.accounts.signUp({ email: `tokens-${role}@matrix.test`, password: TEST_PASSWORD });
    verifyTokenOf[role] = await services.accounts.issueToken(owner.viewer!.userId, 'VERIFY_EMAIL');
    resetTokenOf[role] = await services.accounts.issueToken(owner.viewer!.userId, 'RESET_PASSWORD');
  }
  revokeTarget = (await services.roles.grantUnchecked(target.viewer!.userId, { kind: 'PRODUCER_MEMBER', producerId: world.producers.a.id, producerRole: 'STAFF' })).id;

  // Scored 4★ evaluations of producer A's product to recognise.
  const evaluate = async (productId: string) =>
    (await services.certification.recordEvaluation({ productId, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-09-01', scores: SCORES_75 })).result!.id;
  for (const who of ['councilX', 'admin', 'refused'] as const) evaluationTo[who] = await evaluate(world.products.a.id);
  for (const [who, product] of revocable) {
    const recognised = await services.certification.recognise({ evaluationId: await evaluate(product.id), number: `${who}/QĐ-UBND`, decisionDate: '2025-09-10', issuedBy: 'UBND thành phố Hà Nội' });
    certificateTo[who] = recognised.result!.certificate.id;
  }
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

const CART_ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { cart { totalQuantity } userErrors { code } } }`;
/** The first variant of a product written by CatalogueBuilder. */
const variantOf = (productId: string) => toGlobalId('ProductVariant', `${productId.replace('prd_', 'var_')}0`);
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
  evaluationRecord: {
    allowed: ['councilX', 'admin'],
    run: (gql) =>
      gql(`mutation ($input: EvaluationRecordInput!) { evaluationRecord(input: $input) { evaluation { stars } userErrors { code } } }`, {
        input: {
          productId: toGlobalId('Product', world.products.a.id), criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-10-01',
          scores: Object.entries(SCORES_75).map(([part, score]) => ({ part, score })),
        },
      }),
  },
  certificateRecognise: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: CertificateRecogniseInput!) { certificateRecognise(input: $input) { certificate { stars } userErrors { code } } }`, {
        input: { evaluationId: toGlobalId('Evaluation', evaluationTo[role] ?? evaluationTo.refused!), number: `${role}/QĐ-UBND`, decisionDate: '2025-09-20' },
      }),
  },
  certificateRevoke: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: CertificateRevokeInput!) { certificateRevoke(input: $input) { certificate { state } userErrors { code } } }`, {
        input: { certificateId: toGlobalId('Certificate', certificateTo[role] ?? certificateTo.refused!), reason: 'Vi phạm an toàn thực phẩm', revokedOn: '2025-10-01' },
      }),
  },
  batchRecord: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: BatchRecordInput!) { batchRecord(input: $input) { batch { traceCode } userErrors { code } } }`, {
        input: { productId: toGlobalId('Product', world.products.a.id), lotCode: `LOT-${role}`, productionDate: '2025-10-01', quantity: 120, unit: 'hộp', rawMaterialProvinceCode: '01' },
      }),
  },
  catalogueImport: {
    allowed: ['admin'],
    run: (gql) =>
      gql(`mutation ($input: CatalogueImportInput!) { catalogueImport(input: $input) { report { imported } userErrors { code } } }`, {
        input: {
          format: 'CSV',
          content: `${IMPORT_COLUMNS.join(',')}\n01,HTX Gốm Bát Tràng,HTX,,Bình gốm men rạn,IV,,4,77/QĐ-UBND,2025-09-01,,450000,,`,
        },
      }),
  },
  productCreate: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProductCreateInput!) { productCreate(input: $input) { product { status } userErrors { code } } }`, {
        input: {
          producerId: toGlobalId('Producer', world.producers.a.id), name: `Chè ${role}`, description: '<p>Chè</p>', group: 'BEVERAGES',
          variants: [{ sku: `MATRIX-${role}`, label: 'hộp 100 g', price: 120_000, stock: 5 }],
        },
      }),
  },
  productUpdate: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProductUpdateInput!) { productUpdate(input: $input) { product { name } userErrors { code } } }`, {
        input: { productId: toGlobalId('Product', world.products.a.id), rawMaterialArea: `Tân Cương (${role})` },
      }),
  },
  productPublish: {
    allowed: ['producerA', 'admin'],
    run: (gql) =>
      gql(`mutation ($id: ID!) { productPublish(productId: $id) { product { status } userErrors { code } } }`, { id: toGlobalId('Product', world.products.a.id) }),
  },
  productArchive: {
    allowed: ['producerA', 'admin'],
    run: (gql) =>
      gql(`mutation ($id: ID!) { productArchive(productId: $id) { product { status } userErrors { code } } }`, { id: toGlobalId('Product', archiveTarget) }),
  },
  producerRegister: {
    allowed: ['shopper', 'producerA', 'producerB', 'councilX', 'councilY', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProducerRegisterInput!) { producerRegister(input: $input) { producer { verified } userErrors { code } } }`, {
        input: { name: `HTX ${role}`, kind: 'COOPERATIVE', provinceCode: '01' },
      }),
  },
  producerApprove: {
    allowed: ['admin'],
    run: (gql) =>
      gql(`mutation ($id: ID!) { producerApprove(producerId: $id) { producer { verified } userErrors { code } } }`, { id: toGlobalId('Producer', pendingProducer) }),
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
  accountVerifyEmail: {
    allowed: ROLES,
    run: (gql, role) =>
      gql(`mutation ($input: AccountVerifyEmailInput!) { accountVerifyEmail(input: $input) { verified userErrors { code } } }`, {
        input: { token: verifyTokenOf[role] },
      }),
  },
  accountRequestPasswordReset: {
    allowed: ROLES,
    run: (gql, role) =>
      gql(`mutation ($input: AccountRequestPasswordResetInput!) { accountRequestPasswordReset(input: $input) { userErrors { code } } }`, {
        input: { email: `reset-${role}@matrix.test` },
      }),
  },
  accountResetPassword: {
    allowed: ROLES,
    run: (gql, role) =>
      gql(`mutation ($input: AccountResetPasswordInput!) { accountResetPassword(input: $input) { passwordChanged userErrors { code } } }`, {
        input: { token: resetTokenOf[role], password: 'banh-chung-tet-2026' },
      }),
  },
  cartLinesAdd: {
    allowed: ROLES,
    run: (gql) => gql(CART_ADD, { input: { lines: [{ variantId: variantOf(world.products.a.id), quantity: 1 }] } }),
  },
  cartLineUpdate: {
    allowed: ROLES,
    run: (gql) =>
      gql(`mutation ($input: CartLineUpdateInput!) { cartLineUpdate(input: $input) { cart { totalQuantity } userErrors { code } } }`, {
        input: { variantId: variantOf(world.products.a.id), quantity: 2 },
      }),
  },
  cartLineRemove: {
    allowed: ROLES,
    async run(gql) {
      // A guest's cart lives in the cookie the add sets; signed-in carts are the user's.
      const added = await gql(CART_ADD, { input: { lines: [{ variantId: variantOf(world.products.b.id), quantity: 1 }] } });
      const cartCookie = added.headers.getSetCookie().find((c) => c.startsWith('ocop_cart='))?.split(';')[0];
      return gql(
        `mutation ($input: CartLineRemoveInput!) { cartLineRemove(input: $input) { cart { totalQuantity } userErrors { code } } }`,
        { input: { variantId: variantOf(world.products.b.id) } },
        cartCookie ? { headers: { cookie: cartCookie } } : {},
      );
    },
  },
  checkoutPlace: {
    allowed: ROLES,
    async run(gql, role) {
      const added = await gql(CART_ADD, { input: { lines: [{ variantId: variantOf(world.products.a.id), quantity: 1 }] } });
      const cartCookie = added.headers.getSetCookie().find((c) => c.startsWith('ocop_cart='))?.split(';')[0];
      return gql(
        `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { order { number } userErrors { code } } }`,
        {
          input: {
            idempotencyKey: `matrix-${role}`, email: `${role}@matrix.test`, phone: '0912345678', paymentMethod: 'COD',
            shippingAddress: { recipientName: 'Lan', phone: '0912345678', provinceId: toGlobalId('Province', 'prv_01'), communeId: toGlobalId('Commune', 'cmn_test_01'), streetLine: '1 Hàng Bạc' },
          },
        },
        cartCookie ? { headers: { cookie: cartCookie } } : {},
      );
    },
  },
  subOrderProcess: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) => gql(`mutation ($input: SubOrderInput!) { subOrderProcess(input: $input) { ${FULFIL} } }`, { input: { subOrderId: subOrderOf(subOrderTo.process, role) } }),
  },
  subOrderShip: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SubOrderShipInput!) { subOrderShip(input: $input) { ${FULFIL} } }`, {
        input: { subOrderId: subOrderOf(subOrderTo.ship, role), carrier: 'Viettel Post', trackingNumber: `VTP-${role}` },
      }),
  },
  subOrderDeliver: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) => gql(`mutation ($input: SubOrderInput!) { subOrderDeliver(input: $input) { ${FULFIL} } }`, { input: { subOrderId: subOrderOf(subOrderTo.deliver, role) } }),
  },
  subOrderCancel: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SubOrderCancelInput!) { subOrderCancel(input: $input) { ${FULFIL} } }`, { input: { subOrderId: subOrderOf(subOrderTo.cancel, role), reason: 'Hết hàng' } }),
  },
  subOrderRefund: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SubOrderRefundInput!) { subOrderRefund(input: $input) { ${FULFIL} } }`, { input: { subOrderId: subOrderOf(subOrderTo.refund, role), reason: 'Khách đổi ý' } }),
  },
  paymentMarkReceived: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: PaymentMarkReceivedInput!) { paymentMarkReceived(input: $input) { order { number } userErrors { code } } }`, {
        input: { orderNumber: pendingOrderNumber[role as 'admin'] ?? pendingOrderNumber.refused },
      }),
  },
  bankStatementImport: {
    allowed: ['admin'],
    run: (gql) =>
      gql(`mutation ($input: BankStatementImportInput!) { bankStatementImport(input: $input) { paidCount userErrors { code } } }`, {
        input: { content: `amount,memo
${50_000},OCOP-2611-ZZZZZZ` },
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
    // (Each also owns the producer it registered in the producerRegister row.)
    expect(producer.data!.viewer.roles).toContainEqual({ __typename: 'ProducerMemberRole', kind: 'PRODUCER_MEMBER', role: 'OWNER', producer: { name: world.producers.a.name } });
    const council = await world.gqlAs('councilY')(VIEWER);
    expect(council.data!.viewer.roles).toContainEqual({ __typename: 'CouncilMemberRole', kind: 'COUNCIL_MEMBER', level: 'PROVINCE', province: { code: '46', name: 'Huế' } });
    const admin = await world.gqlAs('admin')(VIEWER);
    expect(admin.data!.viewer.roles).toContainEqual({ __typename: 'AdminRole', kind: 'ADMIN' });
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
