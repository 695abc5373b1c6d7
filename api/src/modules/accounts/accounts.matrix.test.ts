import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { getSchema } from '../../graphql/schema.js';
import { testApi, type GraphQLResult } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { createRoleWorld, databaseFingerprint, refusalCode, ROLES, TEST_PASSWORD, type RoleName, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';
import { rows } from '../../lib/sql.js';
import { COLUMNS as IMPORT_COLUMNS } from '../../db/import/format.js';
import type { ProductRow } from '../../db/seed/generate.js';
import { DevMailbox } from '../mail/mail.js';
import type { Viewer } from './viewer.js';
import { addTestCommune, placedOrder, variantIdOf } from '../../test/orders.js';
import { experienceWithSlots } from '../../test/bookings.js';
import { setUpTourismMatrix, TOURISM_MATRIX } from '../tourism/tourism.matrix.js';
import { CRAFT_VILLAGES_MATRIX, setUpCraftVillagesMatrix } from '../craftvillages/craft-villages.matrix.js';

const { orm } = await testDatabase();
const api = await testApi(orm);
let world: RoleWorld;
let revokeTarget: string;
/** A pending (unapproved) producer for producerApprove; a product of A each role may archive. */
let pendingProducer: string;
let archiveTarget: string;
/** Photos: one per role that may remove one (and one for the refused), and two of a product to reorder. */
const imageTo: Partial<Record<RoleName | 'refused', string>> = {};
let reorderProduct: string;
const reorderImages: string[] = [];
/** A pending tourism operator for operatorApprove. */
let pendingOperator: string;
/** Pending sales points to approve and to reject; per role, products of A to request at P, listings to withdraw, decide, restock. */
let pendingPointToApprove: string;
let pendingPointToReject: string;
const listingRequestTo: Partial<Record<RoleName | 'refused', string>> = {};
const listingWithdrawTo: Partial<Record<RoleName | 'refused', string>> = {};
const listingConfirmTo: Partial<Record<RoleName | 'refused', string>> = {};
const listingRejectTo: Partial<Record<RoleName | 'refused', string>> = {};
let listingInStock: string;
/** Per role that may act, its own target (a recognition or revocation uses one up); `refused` for the others. */
const evaluationTo: Partial<Record<RoleName | 'refused', string>> = {};
const certificateTo: Partial<Record<RoleName | 'refused', string>> = {};
const SCORES_75 = { A: 30, B: 20, C: 25 };
/** Evaluation requests: per role that may act, a product to submit, an open request to withdraw, one to reject. */
const submitTo: Partial<Record<RoleName | 'refused', string>> = {};
const withdrawTo: Partial<Record<RoleName | 'refused', string>> = {};
const rejectTo: Partial<Record<RoleName | 'refused', string>> = {};
/** Per role, a verification token and a reset token of an account of its own (each is single use). */
const verifyTokenOf: Partial<Record<RoleName, string>> = {};
const resetTokenOf: Partial<Record<RoleName, string>> = {};
/** Staff invitations: per role an invitation of its own email into producer C (accept); of A (revoke); a staff member of A (remove). */
const acceptTokenOf: Partial<Record<RoleName, string>> = {};
const invitationTo: Partial<Record<RoleName | 'refused', string>> = {};
const staffMemberTo: Partial<Record<RoleName | 'refused', string>> = {};
let producerC: string;
/** Orders module targets, per role that may act (`refused` for everyone else). */
type Targets = Partial<Record<RoleName | 'refused', string>>;
const subOrderTo: Record<'process' | 'cancel' | 'ship' | 'deliver' | 'refund', Targets> = { process: {}, cancel: {}, ship: {}, deliver: {}, refund: {} };
const pendingOrderNumber: Targets = {};
const subOrderOf = (targets: Targets, role: RoleName) => toGlobalId('SubOrder', targets[role] ?? targets.refused!);
const FULFIL = `subOrder { state } userErrors { code }`;
/** Bookings: a bookable slot of operator O; per role its own booking to cancel (guests: with the link secret), and the operator's targets. */
let bookableSlot: string;
const shopperBookingOf: Partial<Record<RoleName, { id: string; accessToken: string | null }>> = {};
const bookingTo: Record<'confirm' | 'decline' | 'cancel' | 'complete', Targets> = { confirm: {}, decline: {}, cancel: {}, complete: {} };
const BOOKING = `booking { state } userErrors { code }`;

beforeAll(async () => {
  // Producer A's other products get a 4★ certificate each, so a recognition in one row never
  // supersedes the certificate another row revokes.
  const revocable: [RoleName | 'refused', ProductRow][] = [];
  const requestable: { submit: [string, ProductRow][]; withdraw: [string, ProductRow][]; reject: [string, ProductRow][] } = { submit: [], withdraw: [], reject: [] };
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      for (const who of ['councilX', 'admin', 'refused'] as const) revocable.push([who, builder.product(`Chè móc câu ${who}`, a)]);
      pendingProducer = builder.producer('HTX Chờ Duyệt', { id: 'prv_01' }, 'COOPERATIVE', { verified: false }).id;
      archiveTarget = builder.product('Chè xanh lưu trữ', a).id;
      reorderProduct = builder.product('Chè xanh nhiều ảnh', a).id;
      for (const who of ['producerA', 'admin', 'refused']) requestable.submit.push([who, builder.product(`Chè gửi đánh giá ${who}`, a)]);
      for (const who of ['producerA', 'admin', 'refused']) requestable.withdraw.push([who, builder.product(`Chè rút hồ sơ ${who}`, a)]);
      for (const who of ['councilX', 'admin', 'refused']) requestable.reject.push([who, builder.product(`Chè bị trả hồ sơ ${who}`, a)]);
      producerC = builder.producer('HTX Đoàn Kết', { id: 'prv_01' }).id;
      for (const who of ['producerA', 'admin', 'refused'] as const) listingRequestTo[who] = builder.product(`Chè bán tại điểm ${who}`, a).id;
      for (const who of ['producerA', 'admin', 'refused'] as const) listingWithdrawTo[who] = builder.product(`Chè rút khỏi điểm ${who}`, a).id;
      for (const who of ['salesPointManager', 'admin', 'refused'] as const) listingConfirmTo[who] = builder.product(`Chè chờ điểm nhận ${who}`, a).id;
      for (const who of ['salesPointManager', 'admin', 'refused'] as const) listingRejectTo[who] = builder.product(`Chè chờ điểm từ chối ${who}`, a).id;
      listingInStock = builder.product('Chè đã bày bán', a).id;
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
  await setUpTourismMatrix(orm, world);
  await setUpCraftVillagesMatrix(orm, world);
  const services = createServices(orm.em.fork());
  const target = await services.accounts.signUp({ email: 'target@matrix.test', password: TEST_PASSWORD });
  for (const role of ROLES) {
    const owner = await services.accounts.signUp({ email: `tokens-${role}@matrix.test`, password: TEST_PASSWORD });
    verifyTokenOf[role] = await services.accounts.issueToken(owner.viewer!.userId, 'VERIFY_EMAIL');
    resetTokenOf[role] = await services.accounts.issueToken(owner.viewer!.userId, 'RESET_PASSWORD');
  }
  const image = async (productId: string, key: string) => {
    const id = `img_MATRIX${key.toUpperCase().padEnd(20, '0')}`;
    await rows(orm.em.fork(), `insert into product_image (id, product_id, url, alt, width, height, position) values (?, ?, ?, ?, 60, 40, 0)`, [id, productId, `/seed/${key}.webp`, key]);
    return id;
  };
  for (const who of ['producerA', 'admin', 'refused'] as const) imageTo[who] = await image(world.products.a.id, who);
  reorderImages.push(await image(reorderProduct, 'first'), await image(reorderProduct, 'second'));
  const applicant = await services.accounts.signUp({ email: 'applicant@matrix.test', password: TEST_PASSWORD });
  // Bookings of operator O: an INSTANT and an ON_REQUEST experience, paid at the point (confirmed, or awaiting the operator).
  const far = new Date(Date.now() + 30 * 86_400_000);
  bookableSlot = (await experienceWithSlots(orm, world.operators.o.id, { slots: [{ startsAt: far, capacity: 200 }] })).slotIds[0]!;
  const onRequestSlot = (await experienceWithSlots(orm, world.operators.o.id, { confirmation: 'ON_REQUEST', slots: [{ startsAt: far, capacity: 200 }] })).slotIds[0]!;
  const book = async (slotId: string, userId: string | null) => {
    const added = await services.cart.bookingAdd({ userId, token: null }, { slotId, units: [{ unitType: 'ADULT', quantity: 1 }] });
    const owner = { userId, token: added.issuedToken };
    const placed = await services.checkout.place(owner, { idempotencyKey: `matrix-booking-${Math.random().toString(36).slice(2)}`, email: 'book@matrix.test', phone: '0912345678', contactName: 'Khách Ma Trận', shipping: null, deliveryOptions: [], paymentMethod: 'COD' });
    if (!placed.order) throw new Error(JSON.stringify(placed.userErrors));
    return { id: (await services.bookings.ofOrders([placed.order.id]))[0]![0]!.id, accessToken: placed.accessToken };
  };
  for (const role of ROLES) shopperBookingOf[role] = await book(bookableSlot, role === 'anonymous' ? null : world.users[role].userId);
  for (const who of ['operator', 'admin', 'refused'] as const) {
    bookingTo.confirm[who] = (await book(onRequestSlot, null)).id;
    bookingTo.decline[who] = (await book(onRequestSlot, null)).id;
    bookingTo.cancel[who] = (await book(bookableSlot, null)).id;
    // Completed once the party came: a booking whose (booked) start has passed.
    bookingTo.complete[who] = (await book(bookableSlot, null)).id;
    await rows(orm.em.fork(), `update booking set starts_at = now() - interval '1 hour' where id = ?`, [bookingTo.complete[who]]);
  }
  pendingOperator = (await services.operatorRegistration.register(applicant.viewer!, { name: 'Homestay Chờ Duyệt', kind: 'HOUSEHOLD', provinceCode: '46' })).operator!.id;
  const pendingPoint = async (name: string) =>
    (await services.salesPointRegistration.register(applicant.viewer!, { name, kind: 'CRAFT_VILLAGE_SHOP', provinceCode: '01', latitude: 20.97, longitude: 105.91 })).salesPoint!.id;
  pendingPointToApprove = await pendingPoint('Cửa hàng gốm chờ duyệt');
  pendingPointToReject = await pendingPoint('Cửa hàng gốm bị từ chối');
  await pendingPoint('Cửa hàng gốm trong hàng đợi');
  // Invitations are sent by the admin through the service; their tokens are read from the mailbox.
  const adminViewer: Viewer = { userId: world.users.admin.userId, email: world.users.admin.email, emailVerifiedAt: null, roles: world.users.admin.roles };
  const mailbox = new DevMailbox(orm.em);
  for (const role of ROLES.filter((r) => r !== 'anonymous') as Exclude<RoleName, 'anonymous'>[]) {
    await services.staff.invite(adminViewer, { producerId: producerC, email: world.users[role].email });
    acceptTokenOf[role] = (await mailbox.list({ to: world.users[role].email }))[0]!.text.match(/token=([A-Za-z0-9_-]{43})/)![1];
  }
  for (const who of ['producerA', 'admin', 'refused'] as const) {
    invitationTo[who] = (await services.staff.invite(adminViewer, { producerId: world.producers.a.id, email: `revoke-${who}@matrix.test` })).invitation!.id;
    const staff = await services.accounts.signUp({ email: `staff-${who}@matrix.test`, password: TEST_PASSWORD });
    staffMemberTo[who] = (await services.roles.grantUnchecked(staff.viewer!.userId, { kind: 'PRODUCER_MEMBER', producerId: world.producers.a.id, producerRole: 'STAFF' })).id;
  }
  revokeTarget = (await services.roles.grantUnchecked(target.viewer!.userId, { kind: 'PRODUCER_MEMBER', producerId: world.producers.a.id, producerRole: 'STAFF' })).id;

  const ownerA = { userId: world.users.producerA.userId, email: world.users.producerA.email, emailVerifiedAt: null, roles: world.users.producerA.roles };
  const atP = (productId: string) => ({ salesPointId: world.salesPoints.p.id, productId });
  for (const productId of [...Object.values(listingWithdrawTo), ...Object.values(listingConfirmTo), ...Object.values(listingRejectTo), listingInStock]) {
    await services.salesPointListings.request(ownerA, atP(productId!), null);
  }
  await services.salesPointListings.confirm(adminViewer, atP(listingInStock), 'IN_STOCK');
  for (const [who, product] of requestable.submit) submitTo[who as RoleName] = product.id;
  for (const [who, product] of requestable.withdraw) withdrawTo[who as RoleName] = (await services.evaluationRequests.submit(ownerA, product.id)).result!.id;
  for (const [who, product] of requestable.reject) rejectTo[who as RoleName] = (await services.evaluationRequests.submit(ownerA, product.id)).result!.id;

  // Scored 4★ evaluations of producer A's product to recognise.
  const evaluate = async (productId: string) =>
    (await services.certification.recordEvaluation({ productId, criteriaVersion: '148/2023', councilLevel: 'PROVINCE', evaluatedOn: '2025-09-01', scores: SCORES_75 })).result!.id;
  for (const who of ['councilX', 'admin', 'refused'] as const) evaluationTo[who] = await evaluate(world.products.a.id);
  for (const [who, product] of revocable) {
    const recognised = await services.certification.recognise({ evaluationId: await evaluate(product.id), number: `${who}/QĐ-UBND`, decisionDate: '2025-09-10', issuedBy: 'UBND thành phố Hà Nội' });
    certificateTo[who] = recognised.result!.certificate.id;
  }
  // Programme plans of Hà Nội (council X's province) to delete, one per role that may.
  for (const who of ['councilX', 'admin', 'refused'] as const) {
    await rows(orm.em.fork(), `insert into programme_plan (id, province_id, title, period_start, period_end, created_at, updated_at) values (?, 'prv_01', ?, '2026-01-01', '2030-12-31', now(), now())`, [`pln_matrix_${who}`, `Hà Nội 2026–2030 (${who})`]);
  }
  // A Hà Nội plan whose targets the target rows change: one to update, one per role that may remove one.
  await rows(orm.em.fork(), `insert into programme_plan (id, province_id, title, period_start, period_end, created_at, updated_at) values ('pln_matrix_targets', 'prv_01', 'Hà Nội 2026–2030 (chỉ tiêu)', '2026-01-01', '2030-12-31', now(), now())`);
  for (const [i, id] of ['update', 'delete_councilX', 'delete_admin', 'delete_refused'].entries()) {
    await rows(orm.em.fork(), `insert into programme_target (id, plan_id, kind, label, target_value, min_stars, position) values (?, 'pln_matrix_targets', 'PRODUCTS_CERTIFIED_MIN_STARS', ?, 100, 3, ?)`, [`tgt_matrix_${id}`, `100 sản phẩm (${id})`, i]);
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
  ...TOURISM_MATRIX,
  ...CRAFT_VILLAGES_MATRIX,
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
  evaluationRequestSubmit: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($id: ID!) { evaluationRequestSubmit(input: { productId: $id }) { evaluationRequest { state } userErrors { code } } }`, {
        id: toGlobalId('Product', submitTo[role] ?? submitTo.refused!),
      }),
  },
  evaluationRequestWithdraw: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($id: ID!) { evaluationRequestWithdraw(input: { requestId: $id }) { evaluationRequest { state } userErrors { code } } }`, {
        id: toGlobalId('EvaluationRequest', withdrawTo[role] ?? withdrawTo.refused!),
      }),
  },
  evaluationRequestReject: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($id: ID!) { evaluationRequestReject(input: { requestId: $id, reason: "Hồ sơ thiếu phiếu kiểm nghiệm" }) { evaluationRequest { state } userErrors { code } } }`, {
        id: toGlobalId('EvaluationRequest', rejectTo[role] ?? rejectTo.refused!),
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
  productImageRemove: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($id: ID!) { productImageRemove(imageId: $id) { product { name } userErrors { code } } }`, {
        id: toGlobalId('ProductImage', imageTo[role] ?? imageTo.refused!),
      }),
  },
  productImagesReorder: {
    allowed: ['producerA', 'admin'],
    run: (gql) =>
      gql(`mutation ($input: ProductImagesReorderInput!) { productImagesReorder(input: $input) { product { name } userErrors { code } } }`, {
        input: { productId: toGlobalId('Product', reorderProduct), imageIds: [...reorderImages].reverse().map((id) => toGlobalId('ProductImage', id)) },
      }),
  },
  producerRegister: {
    allowed: ['shopper', 'producerA', 'producerB', 'operator', 'salesPointManager', 'councilX', 'councilY', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProducerRegisterInput!) { producerRegister(input: $input) { producer { verified } userErrors { code } } }`, {
        input: { name: `HTX ${role}`, kind: 'COOPERATIVE', provinceCode: '01' },
      }),
  },
  producerUpdate: {
    // The owner (or an admin); staff are refused in producer-workspace.api.test.ts.
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProducerUpdateInput!) { producerUpdate(input: $input) { producer { addressLine } userErrors { code } } }`, {
        input: { producerId: toGlobalId('Producer', world.producers.a.id), addressLine: `Xóm Soi (${role})` },
      }),
  },
  producerApprove: {
    allowed: ['admin'],
    run: (gql) =>
      gql(`mutation ($id: ID!) { producerApprove(producerId: $id) { producer { verified } userErrors { code } } }`, { id: toGlobalId('Producer', pendingProducer) }),
  },
  operatorRegister: {
    allowed: ['shopper', 'producerA', 'producerB', 'operator', 'salesPointManager', 'councilX', 'councilY', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: OperatorRegisterInput!) { operatorRegister(input: $input) { operator { approval } userErrors { code } } }`, {
        input: { name: `Du lịch ${role}`, kind: 'COMMUNITY_GROUP', provinceCode: '01' },
      }),
  },
  programmePlanCreate: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProgrammePlanCreateInput!) { programmePlanCreate(input: $input) { plan { title } userErrors { code } } }`, {
        input: {
          provinceId: toGlobalId('Province', 'prv_01'), title: `Hà Nội 2026–2030 mới (${role})`, periodStart: '2026-01-01', periodEnd: '2030-12-31',
          targets: [{ kind: 'PRODUCTS_CERTIFIED_MIN_STARS', label: '500 sản phẩm', targetValue: 500, minStars: 3 }],
        },
      }),
  },
  programmePlanUpdate: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProgrammePlanUpdateInput!) { programmePlanUpdate(input: $input) { plan { title } userErrors { code } } }`, {
        input: { planId: toGlobalId('ProgrammePlan', 'pln_ha_noi_2019_2020'), decisionReference: `KH ${role}` },
      }),
  },
  programmePlanDelete: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($id: ID!) { programmePlanDelete(planId: $id) { plan { title } userErrors { code } } }`, {
        id: toGlobalId('ProgrammePlan', `pln_matrix_${role === 'councilX' || role === 'admin' ? role : 'refused'}`),
      }),
  },
  programmeTargetAdd: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProgrammeTargetAddInput!) { programmeTargetAdd(input: $input) { target { label } userErrors { code } } }`, {
        input: { planId: toGlobalId('ProgrammePlan', 'pln_matrix_targets'), kind: 'SALES_POINTS_COUNT', label: `8 điểm bán (${role})`, targetValue: 8 },
      }),
  },
  programmeTargetUpdate: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProgrammeTargetUpdateInput!) { programmeTargetUpdate(input: $input) { target { label } userErrors { code } } }`, {
        input: { targetId: toGlobalId('ProgrammeTarget', 'tgt_matrix_update'), kind: 'PRODUCTS_CERTIFIED_MIN_STARS', label: `120 sản phẩm (${role})`, targetValue: 120, minStars: 3 },
      }),
  },
  programmeTargetDelete: {
    allowed: ['councilX', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($id: ID!) { programmeTargetDelete(targetId: $id) { deletedTargetId userErrors { code } } }`, {
        id: toGlobalId('ProgrammeTarget', `tgt_matrix_delete_${role === 'councilX' || role === 'admin' ? role : 'refused'}`),
      }),
  },
  operatorApprove: {
    allowed: ['admin'],
    run: (gql) =>
      gql(`mutation ($id: ID!) { operatorApprove(operatorId: $id) { operator { approval } userErrors { code } } }`, { id: toGlobalId('TourismOperator', pendingOperator) }),
  },
  operatorUpdate: {
    allowed: ['operator', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: OperatorUpdateInput!) { operatorUpdate(input: $input) { operator { addressLine } userErrors { code } } }`, {
        input: { operatorId: toGlobalId('TourismOperator', world.operators.o.id), addressLine: `Thôn Mông Phụ (${role})` },
      }),
  },
  salesPointRegister: {
    allowed: ROLES.filter((r) => r !== 'anonymous'),
    run: (gql, role) =>
      gql(`mutation ($input: SalesPointRegisterInput!) { salesPointRegister(input: $input) { salesPoint { approval } userErrors { code } } }`, {
        input: { name: `Điểm bán ${role}`, kind: 'TOURIST_SITE_KIOSK', provinceCode: '01', latitude: 21.03, longitude: 105.85 },
      }),
  },
  salesPointApprove: {
    allowed: ['admin'],
    run: (gql) =>
      gql(`mutation ($id: ID!) { salesPointApprove(salesPointId: $id) { salesPoint { approval } userErrors { code } } }`, { id: toGlobalId('SalesPoint', pendingPointToApprove) }),
  },
  salesPointReject: {
    allowed: ['admin'],
    run: (gql) =>
      gql(`mutation ($input: SalesPointRejectInput!) { salesPointReject(input: $input) { salesPoint { name } userErrors { code } } }`, {
        input: { salesPointId: toGlobalId('SalesPoint', pendingPointToReject), reason: 'Địa chỉ không có thật' },
      }),
  },
  salesPointUpdate: {
    allowed: ['salesPointManager', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SalesPointUpdateInput!) { salesPointUpdate(input: $input) { salesPoint { addressLine } userErrors { code } } }`, {
        input: { salesPointId: toGlobalId('SalesPoint', world.salesPoints.p.id), addressLine: `2 Hàng Khay (${role})` },
      }),
  },
  salesPointListingRequest: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SalesPointListingRequestInput!) { salesPointListingRequest(input: $input) { listing { state } userErrors { code } } }`, {
        input: { salesPointId: toGlobalId('SalesPoint', world.salesPoints.p.id), productId: toGlobalId('Product', listingRequestTo[role] ?? listingRequestTo.refused!), stockLevel: 'LOW' },
      }),
  },
  salesPointListingWithdraw: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SalesPointListingInput!) { salesPointListingWithdraw(input: $input) { listing { state } userErrors { code } } }`, {
        input: { salesPointId: toGlobalId('SalesPoint', world.salesPoints.p.id), productId: toGlobalId('Product', listingWithdrawTo[role] ?? listingWithdrawTo.refused!) },
      }),
  },
  salesPointListingConfirm: {
    allowed: ['salesPointManager', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SalesPointListingConfirmInput!) { salesPointListingConfirm(input: $input) { listing { state } userErrors { code } } }`, {
        input: { salesPointId: toGlobalId('SalesPoint', world.salesPoints.p.id), productId: toGlobalId('Product', listingConfirmTo[role] ?? listingConfirmTo.refused!) },
      }),
  },
  salesPointListingReject: {
    allowed: ['salesPointManager', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SalesPointListingInput!) { salesPointListingReject(input: $input) { listing { state } userErrors { code } } }`, {
        input: { salesPointId: toGlobalId('SalesPoint', world.salesPoints.p.id), productId: toGlobalId('Product', listingRejectTo[role] ?? listingRejectTo.refused!) },
      }),
  },
  salesPointListingStockUpdate: {
    allowed: ['salesPointManager', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: SalesPointListingStockUpdateInput!) { salesPointListingStockUpdate(input: $input) { listing { stockLevel } userErrors { code } } }`, {
        input: { salesPointId: toGlobalId('SalesPoint', world.salesPoints.p.id), productId: toGlobalId('Product', listingInStock), stockLevel: role === 'admin' ? 'LOW' : 'OUT_OF_STOCK' },
      }),
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
  // Before producerInvitationAccept, which verifies the emails it reaches.
  accountResendVerification: {
    allowed: ROLES.filter((r) => r !== 'anonymous'),
    run: (gql) => gql(`mutation { accountResendVerification { sent userErrors { code } } }`),
  },
  producerInviteStaff: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProducerInviteStaffInput!) { producerInviteStaff(input: $input) { invitation { email } userErrors { code } } }`, {
        input: { producerId: toGlobalId('Producer', world.producers.a.id), email: `invitee-${role}@matrix.test` },
      }),
  },
  producerInvitationRevoke: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProducerInvitationRevokeInput!) { producerInvitationRevoke(input: $input) { invitation { email } userErrors { code } } }`, {
        input: { invitationId: toGlobalId('ProducerInvitation', invitationTo[role] ?? invitationTo.refused!) },
      }),
  },
  producerMemberRemove: {
    allowed: ['producerA', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: ProducerMemberRemoveInput!) { producerMemberRemove(input: $input) { member { email } userErrors { code } } }`, {
        input: { memberId: toGlobalId('RoleAssignment', staffMemberTo[role] ?? staffMemberTo.refused!) },
      }),
  },
  producerInvitationAccept: {
    allowed: ROLES.filter((r) => r !== 'anonymous'),
    run: (gql, role) =>
      gql(`mutation ($input: ProducerInvitationAcceptInput!) { producerInvitationAccept(input: $input) { role { role } userErrors { code } } }`, {
        input: { token: acceptTokenOf[role as Exclude<RoleName, 'anonymous'>] ?? acceptTokenOf.shopper },
      }),
  },
  cartBookingAdd: {
    allowed: ROLES,
    run: (gql) =>
      gql(`mutation ($input: CartBookingAddInput!) { cartBookingAdd(input: $input) { cart { totalQuantity } userErrors { code } } }`, {
        input: { slotId: toGlobalId('ExperienceSlot', bookableSlot), units: [{ unitType: 'ADULT', quantity: 2 }] },
      }),
  },
  cartBookingRemove: {
    allowed: ROLES,
    async run(gql) {
      const added = await gql(`mutation ($input: CartBookingAddInput!) { cartBookingAdd(input: $input) { cart { bookings { id } } userErrors { code } } }`, {
        input: { slotId: toGlobalId('ExperienceSlot', bookableSlot), units: [{ unitType: 'ADULT', quantity: 1 }] },
      });
      const cartCookie = added.headers.getSetCookie().find((c) => c.startsWith('ocop_cart='))?.split(';')[0];
      return gql(
        `mutation ($input: CartBookingRemoveInput!) { cartBookingRemove(input: $input) { cart { totalQuantity } userErrors { code } } }`,
        { input: { cartBookingId: added.data!.cartBookingAdd.cart.bookings[0].id } },
        cartCookie ? { headers: { cookie: cartCookie } } : {},
      );
    },
  },
  bookingCancel: {
    // Each role cancels a booking of its own order (a guest with the order link's secret).
    allowed: ROLES,
    run: (gql, role) =>
      gql(`mutation ($input: BookingCancelInput!) { bookingCancel(input: $input) { ${BOOKING} } }`, {
        input: { bookingId: toGlobalId('Booking', shopperBookingOf[role]!.id), accessToken: shopperBookingOf[role]!.accessToken },
      }),
  },
  bookingConfirm: {
    allowed: ['operator', 'admin'],
    run: (gql, role) => gql(`mutation ($input: BookingConfirmInput!) { bookingConfirm(input: $input) { ${BOOKING} } }`, { input: { bookingId: toGlobalId('Booking', bookingTo.confirm[role] ?? bookingTo.confirm.refused!) } }),
  },
  bookingComplete: {
    allowed: ['operator', 'admin'],
    run: (gql, role) => gql(`mutation ($input: BookingConfirmInput!) { bookingComplete(input: $input) { ${BOOKING} } }`, { input: { bookingId: toGlobalId('Booking', bookingTo.complete[role] ?? bookingTo.complete.refused!) } }),
  },
  bookingDecline: {
    allowed: ['operator', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: BookingReasonInput!) { bookingDecline(input: $input) { ${BOOKING} } }`, { input: { bookingId: toGlobalId('Booking', bookingTo.decline[role] ?? bookingTo.decline.refused!), reason: 'Hết chỗ nấu cỗ' } }),
  },
  bookingOperatorCancel: {
    allowed: ['operator', 'admin'],
    run: (gql, role) =>
      gql(`mutation ($input: BookingReasonInput!) { bookingOperatorCancel(input: $input) { ${BOOKING} } }`, { input: { bookingId: toGlobalId('Booking', bookingTo.cancel[role] ?? bookingTo.cancel.refused!), reason: 'Sạt lở đường' } }),
  },
  accountChangePassword: {
    allowed: ROLES.filter((r) => r !== 'anonymous'),
    ownSession: true,
    async run(gql, role) {
      const result = await gql(`mutation ($input: AccountChangePasswordInput!) { accountChangePassword(input: $input) { passwordChanged userErrors { code } } }`, {
        input: { currentPassword: TEST_PASSWORD, newPassword: 'banh-chung-tet-2026' },
      });
      // The change ended the role's other sessions, the world's one included: give it a new one.
      if (role !== 'anonymous' && result.data?.accountChangePassword?.passwordChanged) {
        world.users[role].token = (await createServices(orm.em.fork()).accounts.createSession(world.users[role].userId)).token;
      }
      return result;
    },
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
