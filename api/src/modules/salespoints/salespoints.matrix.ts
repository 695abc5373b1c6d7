import { toGlobalId } from '../../graphql/global-id.js';
import { pick, viewerOf, type ModuleMatrix, type Targets } from '../../test/matrix.js';
import { ROLES, TEST_PASSWORD, type RoleWorld } from '../../test/roles.js';
import { createServices } from '../services.js';

/**
 * The sales points module's rows of the authorisation matrix (accounts.matrix.test.ts): registration
 * and approval, the profile of sales point P (managed by `salesPointManager`) and the listings of
 * producer A's products at P.
 */
let pendingPointToApprove = '';
let pendingPointToReject = '';
/** Per role that may act, a product of A to request at P, a listing to withdraw, to confirm, to reject. */
const listingRequestTo: Targets = {};
const listingWithdrawTo: Targets = {};
const listingConfirmTo: Targets = {};
const listingRejectTo: Targets = {};
let listingInStock = '';

const atP = (world: RoleWorld, productId: string) => ({ salesPointId: toGlobalId('SalesPoint', world.salesPoints.p.id), productId: toGlobalId('Product', productId) });

export const SALESPOINTS_MATRIX: ModuleMatrix = {
  catalogue(builder, { a }) {
    for (const who of ['producerA', 'admin', 'refused'] as const) listingRequestTo[who] = builder.product(`Chè bán tại điểm ${who}`, a).id;
    for (const who of ['producerA', 'admin', 'refused'] as const) listingWithdrawTo[who] = builder.product(`Chè rút khỏi điểm ${who}`, a).id;
    for (const who of ['salesPointManager', 'admin', 'refused'] as const) listingConfirmTo[who] = builder.product(`Chè chờ điểm nhận ${who}`, a).id;
    for (const who of ['salesPointManager', 'admin', 'refused'] as const) listingRejectTo[who] = builder.product(`Chè chờ điểm từ chối ${who}`, a).id;
    listingInStock = builder.product('Chè đã bày bán', a).id;
  },

  async setUp(orm, world) {
    const services = createServices(orm.em.fork());
    const applicant = await services.accounts.signUp({ email: 'point-applicant@matrix.test', password: TEST_PASSWORD });
    const pendingPoint = async (name: string) =>
      (await services.salesPointRegistration.register(applicant.viewer!, { name, kind: 'CRAFT_VILLAGE_SHOP', provinceCode: '01', latitude: 20.97, longitude: 105.91 })).salesPoint!.id;
    pendingPointToApprove = await pendingPoint('Cửa hàng gốm chờ duyệt');
    pendingPointToReject = await pendingPoint('Cửa hàng gốm bị từ chối');
    await pendingPoint('Cửa hàng gốm trong hàng đợi');
    const at = (productId: string) => ({ salesPointId: world.salesPoints.p.id, productId });
    for (const productId of [...Object.values(listingWithdrawTo), ...Object.values(listingConfirmTo), ...Object.values(listingRejectTo), listingInStock]) {
      await services.salesPointListings.request(viewerOf(world, 'producerA'), at(productId!), null);
    }
    await services.salesPointListings.confirm(viewerOf(world, 'admin'), at(listingInStock), 'IN_STOCK');
  },

  rows: {
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
      run: (gql, role, world) =>
        gql(`mutation ($input: SalesPointUpdateInput!) { salesPointUpdate(input: $input) { salesPoint { addressLine } userErrors { code } } }`, {
          input: { salesPointId: toGlobalId('SalesPoint', world.salesPoints.p.id), addressLine: `2 Hàng Khay (${role})` },
        }),
    },
    salesPointListingRequest: {
      allowed: ['producerA', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: SalesPointListingRequestInput!) { salesPointListingRequest(input: $input) { listing { state } userErrors { code } } }`, {
          input: { ...atP(world, pick(listingRequestTo, role)), stockLevel: 'LOW' },
        }),
    },
    salesPointListingWithdraw: {
      allowed: ['producerA', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: SalesPointListingInput!) { salesPointListingWithdraw(input: $input) { listing { state } userErrors { code } } }`, {
          input: atP(world, pick(listingWithdrawTo, role)),
        }),
    },
    salesPointListingConfirm: {
      allowed: ['salesPointManager', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: SalesPointListingConfirmInput!) { salesPointListingConfirm(input: $input) { listing { state } userErrors { code } } }`, {
          input: atP(world, pick(listingConfirmTo, role)),
        }),
    },
    salesPointListingReject: {
      allowed: ['salesPointManager', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: SalesPointListingInput!) { salesPointListingReject(input: $input) { listing { state } userErrors { code } } }`, {
          input: atP(world, pick(listingRejectTo, role)),
        }),
    },
    salesPointListingStockUpdate: {
      allowed: ['salesPointManager', 'admin'],
      run: (gql, role, world) =>
        gql(`mutation ($input: SalesPointListingStockUpdateInput!) { salesPointListingStockUpdate(input: $input) { listing { stockLevel } userErrors { code } } }`, {
          input: { ...atP(world, listingInStock), stockLevel: role === 'admin' ? 'LOW' : 'OUT_OF_STOCK' },
        }),
    },
  },
};
