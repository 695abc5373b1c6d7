import { toGlobalId } from '../../graphql/global-id.js';
import { addTestCommune, placedOrder, variantIdOf } from '../../test/orders.js';
import { cartCookieOf, pick, type ModuleMatrix, type Targets } from '../../test/matrix.js';
import { ROLES } from '../../test/roles.js';
import { CART_ADD, variantOf } from '../cart/cart.matrix.js';

/**
 * The orders module's rows of the authorisation matrix (accounts.matrix.test.ts): checkout, the
 * fulfilment of producer A's sub-orders, and the payments module's reconciliation of transfers
 * (it marks orders paid).
 */
const subOrderTo: Record<'process' | 'cancel' | 'ship' | 'deliver' | 'refund', Targets> = { process: {}, cancel: {}, ship: {}, deliver: {}, refund: {} };
const pendingOrderNumber: Targets = {};
const FULFIL = `subOrder { state } userErrors { code }`;

export const ORDERS_MATRIX: ModuleMatrix = {
  catalogue(builder) {
    addTestCommune(builder);
  },

  async setUp(orm, world) {
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
  },

  rows: {
    checkoutPlace: {
      allowed: ROLES,
      async run(gql, role, world) {
        const added = await gql(CART_ADD, { input: { lines: [{ variantId: variantOf(world.products.a.id), quantity: 1 }] } });
        const cartCookie = cartCookieOf(added);
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
      run: (gql, role) => gql(`mutation ($input: SubOrderInput!) { subOrderProcess(input: $input) { ${FULFIL} } }`, { input: { subOrderId: toGlobalId('SubOrder', pick(subOrderTo.process, role)) } }),
    },
    subOrderShip: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: SubOrderShipInput!) { subOrderShip(input: $input) { ${FULFIL} } }`, {
          input: { subOrderId: toGlobalId('SubOrder', pick(subOrderTo.ship, role)), carrier: 'Viettel Post', trackingNumber: `VTP-${role}` },
        }),
    },
    subOrderDeliver: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) => gql(`mutation ($input: SubOrderInput!) { subOrderDeliver(input: $input) { ${FULFIL} } }`, { input: { subOrderId: toGlobalId('SubOrder', pick(subOrderTo.deliver, role)) } }),
    },
    subOrderCancel: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: SubOrderCancelInput!) { subOrderCancel(input: $input) { ${FULFIL} } }`, { input: { subOrderId: toGlobalId('SubOrder', pick(subOrderTo.cancel, role)), reason: 'Hết hàng' } }),
    },
    subOrderRefund: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: SubOrderRefundInput!) { subOrderRefund(input: $input) { ${FULFIL} } }`, { input: { subOrderId: toGlobalId('SubOrder', pick(subOrderTo.refund, role)), reason: 'Khách đổi ý' } }),
    },
    paymentMarkReceived: {
      allowed: ['producerA', 'admin'],
      run: (gql, role) =>
        gql(`mutation ($input: PaymentMarkReceivedInput!) { paymentMarkReceived(input: $input) { order { number } userErrors { code } } }`, {
          input: { orderNumber: pick(pendingOrderNumber, role) },
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
  },
};
