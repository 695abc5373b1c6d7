import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import type { CatalogueBuilder } from '../../test/fixtures.js';
import { addTestCommune, buckets, checkoutInput, guestCarts, variantIdOf } from '../../test/orders.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';
import { createServices, defaultServiceDeps } from '../services.js';

const { orm } = await testDatabase();
const T0 = new Date('2026-11-23T03:00:00Z');
let now = T0;
const api = await testApi(orm, { now: () => now });
let world: RoleWorld;
let honey: string;
let cake: string;

const services = (at: Date = now) => createServices(orm.em.fork(), { ...defaultServiceDeps(), now: () => at });
const SUB = `subOrder { state carrier trackingNumber cancelReason refundReason } userErrors { code }`;
const MUTATION = {
  process: `mutation ($input: SubOrderInput!) { subOrderProcess(input: $input) { ${SUB} } }`,
  ship: `mutation ($input: SubOrderShipInput!) { subOrderShip(input: $input) { ${SUB} } }`,
  deliver: `mutation ($input: SubOrderInput!) { subOrderDeliver(input: $input) { ${SUB} } }`,
  cancel: `mutation ($input: SubOrderCancelInput!) { subOrderCancel(input: $input) { ${SUB} } }`,
  refund: `mutation ($input: SubOrderRefundInput!) { subOrderRefund(input: $input) { ${SUB} } }`,
};
const MARK = `mutation ($input: PaymentMarkReceivedInput!) { paymentMarkReceived(input: $input) { order { payment { state } subOrders { state } } userErrors { code } } }`;

/** Places an order of honey (producer A) and cake (producer B) as a guest, through the service. */
async function place(paymentMethod: 'COD' | 'BANK_TRANSFER', quantities = { honey: 1, cake: 1 }) {
  const lines = [{ variantId: honey, quantity: quantities.honey }, { variantId: cake, quantity: quantities.cake }].filter((l) => l.quantity > 0);
  const [token] = await guestCarts(orm, 1, () => lines);
  const result = await services().checkout.place({ userId: null, token: token! }, checkoutInput({ paymentMethod }));
  expect(result.userErrors).toEqual([]);
  const order = result.order!;
  const [subs] = await services().orders.subOrdersOf([order.id]);
  const of = (producerId: string) => toGlobalId('SubOrder', subs!.find((s) => s.producerId === producerId)!.id);
  return { order, a: of(world.producers.a.id), b: lines.length > 1 ? of(world.producers.b.id) : '' };
}

async function payment(orderId: string) {
  const [p] = await rows<{ state: string; lateAmount: number }>(orm.em.fork(), `select state, late_amount::int as "lateAmount" from payment where order_id = ?`, [orderId]);
  return p!;
}

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder: CatalogueBuilder, { a, b }) => {
      addTestCommune(builder);
      honey = variantIdOf(builder.product('Mật ong', a, { variants: [{ label: 'chai', price: 150_000, stock: 30 }] }).id);
      cake = variantIdOf(builder.product('Bánh cốm', b, { variants: [{ label: 'hộp', price: 60_000, stock: 30 }] }).id);
    },
  });
});

describe('fulfilment', () => {
  it('takes a bank transfer order from received to delivered and refunded, moving stock at each step', async () => {
    const { order, a, b } = await place('BANK_TRANSFER', { honey: 2, cake: 3 });
    const paid = await world.gqlAs('admin')(MARK, { input: { orderNumber: order.number.toLowerCase() } });
    expect(paid.data!.paymentMarkReceived).toEqual({ order: { payment: { state: 'SUCCEEDED' }, subOrders: [{ state: 'PAID' }, { state: 'PAID' }] }, userErrors: [] });
    const [c, h] = await buckets(orm, [cake, honey].sort());
    expect([c, h].every((x) => x!.holds && x!.reserved === 0)).toBe(true);

    const A = world.gqlAs('producerA');
    expect((await A(MUTATION.deliver, { input: { subOrderId: a } })).data!.subOrderDeliver.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    expect((await A(MUTATION.cancel, { input: { subOrderId: a, reason: 'Hết hàng' } })).data!.subOrderCancel.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
    expect((await A(MUTATION.process, { input: { subOrderId: a } })).data!.subOrderProcess.subOrder.state).toBe('PROCESSING');
    expect((await A(MUTATION.ship, { input: { subOrderId: a, carrier: ' ', trackingNumber: 'VN123' } })).data!.subOrderShip.userErrors).toEqual([{ code: 'CARRIER_REQUIRED' }]);
    const shipped = await A(MUTATION.ship, { input: { subOrderId: a, carrier: 'Viettel Post', trackingNumber: 'VTP123456789' } });
    expect(shipped.data!.subOrderShip.subOrder).toMatchObject({ state: 'SHIPPED', carrier: 'Viettel Post', trackingNumber: 'VTP123456789' });
    expect((await A(MUTATION.deliver, { input: { subOrderId: a } })).data!.subOrderDeliver.subOrder.state).toBe('DELIVERED');
    // Producer A may not touch B's share.
    expect((await A(MUTATION.process, { input: { subOrderId: b } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const B = world.gqlAs('producerB');
    const before = (await buckets(orm, [cake]))[0]!;
    await B(MUTATION.process, { input: { subOrderId: b } });
    await B(MUTATION.ship, { input: { subOrderId: b, carrier: 'GHN', trackingNumber: 'GHN1' } });
    const refunded = await B(MUTATION.refund, { input: { subOrderId: b, reason: 'Vỡ hộp khi vận chuyển', restock: false } });
    expect(refunded.data!.subOrderRefund.subOrder).toMatchObject({ state: 'REFUNDED', refundReason: 'Vỡ hộp khi vận chuyển' });
    // Shipped and lost: not restocked.
    expect((await buckets(orm, [cake]))[0]).toEqual(before);
    expect((await A(MUTATION.refund, { input: { subOrderId: a, reason: 'Trả hàng', restock: true } })).data!.subOrderRefund.subOrder.state).toBe('REFUNDED');
    expect((await buckets(orm, [honey]))[0]).toMatchObject({ holds: true });
    expect((await payment(order.id)).state).toBe('REFUNDED');
    const events = await rows<{ kind: string }>(orm.em.fork(), `select kind from order_outbox where order_id = ? order by id`, [order.id]);
    expect(events.map((e) => e.kind)).toEqual(['ORDER_PLACED', 'ORDER_PAID', 'SUB_ORDER_SHIPPED', 'SUB_ORDER_DELIVERED', 'SUB_ORDER_SHIPPED', 'SUB_ORDER_REFUNDED', 'SUB_ORDER_REFUNDED']);
  });

  it('marks cash on delivery paid once every share is delivered; a cancelled share goes back on sale', async () => {
    const { order, a, b } = await place('COD');
    const cakeBefore = (await buckets(orm, [cake]))[0]!;
    const B = world.gqlAs('producerB');
    expect((await B(MUTATION.cancel, { input: { subOrderId: b, reason: '' } })).data!.subOrderCancel.userErrors).toEqual([{ code: 'REASON_REQUIRED' }]);
    expect((await B(MUTATION.cancel, { input: { subOrderId: b, reason: 'Hết hàng' } })).data!.subOrderCancel.subOrder).toMatchObject({ state: 'CANCELLED', cancelReason: 'Hết hàng' });
    expect((await buckets(orm, [cake]))[0]).toMatchObject({ stock: cakeBefore.stock + 1, sold: cakeBefore.sold - 1, holds: true });
    const A = world.gqlAs('producerA');
    await A(MUTATION.process, { input: { subOrderId: a } });
    await A(MUTATION.ship, { input: { subOrderId: a, carrier: 'VNPost', trackingNumber: 'EMS1' } });
    expect((await payment(order.id)).state).toBe('PENDING');
    await A(MUTATION.deliver, { input: { subOrderId: a } });
    expect((await payment(order.id)).state).toBe('SUCCEEDED');
  });

  it('refuses marking received twice, or for cash on delivery, or by a producer with no share', async () => {
    const { order } = await place('BANK_TRANSFER', { honey: 1, cake: 0 });
    expect((await world.gqlAs('producerB')(MARK, { input: { orderNumber: order.number } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gqlAs('producerA')(MARK, { input: { orderNumber: order.number } })).data!.paymentMarkReceived.userErrors).toEqual([]);
    expect((await world.gqlAs('producerA')(MARK, { input: { orderNumber: order.number } })).data!.paymentMarkReceived.userErrors).toEqual([{ code: 'PAYMENT_NOT_PENDING' }]);
    const cod = await place('COD');
    expect((await world.gqlAs('admin')(MARK, { input: { orderNumber: cod.order.number } })).data!.paymentMarkReceived.userErrors).toEqual([{ code: 'NOT_BANK_TRANSFER' }]);
  });
});

describe('expired holds', () => {
  it('cancels the pending payment, then releases the stock, once; a late transfer is recorded, never sold', async () => {
    const before = await buckets(orm, [cake, honey].sort());
    const { order } = await place('BANK_TRANSFER', { honey: 2, cake: 1 });
    expect(await services(new Date(T0.getTime() + 14 * 60_000)).orderPayments.releaseExpiredHolds()).toBe(0);
    const later = new Date(T0.getTime() + 16 * 60_000);
    expect(await services(later).orderPayments.releaseExpiredHolds()).toBe(1);
    expect(await services(later).orderPayments.releaseExpiredHolds()).toBe(0);
    expect(await payment(order.id)).toEqual({ state: 'CANCELLED', lateAmount: 0 });
    const subs = await rows<{ state: string; cancelReason: string }>(orm.em.fork(), `select state, cancel_reason as "cancelReason" from sub_order where order_id = ?`, [order.id]);
    expect(subs.map((s) => s.state)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(await buckets(orm, [cake, honey].sort())).toEqual(before);

    now = later;
    expect((await world.gqlAs('admin')(MARK, { input: { orderNumber: order.number } })).data!.paymentMarkReceived.userErrors).toEqual([{ code: 'PAYMENT_NOT_PENDING' }]);
    const late = await services(later).orderPayments.receive(order.id, order.totalAmount, 'statement:row 2');
    expect(late).toBe('LATE');
    expect(await payment(order.id)).toEqual({ state: 'CANCELLED', lateAmount: order.totalAmount });
    expect(await buckets(orm, [cake, honey].sort())).toEqual(before);
    now = T0;
  });

  it('lets a payment and the release race: exactly one wins, stock stays consistent', async () => {
    for (let k = 0; k < 5; k++) {
      const { order } = await place('BANK_TRANSFER', { honey: 1, cake: 1 });
      const later = new Date(T0.getTime() + 20 * 60_000);
      const [released, received] = await Promise.all([
        services(later).orderPayments.releaseExpiredHold(order.id),
        services(later).orderPayments.receive(order.id, order.totalAmount, 'manual:test'),
      ]);
      expect(released ? received === 'LATE' : received === 'PAID').toBe(true);
      for (const b of await buckets(orm, [cake, honey])) expect(b.holds && b.stock >= 0 && b.reserved >= 0).toBe(true);
    }
  });
});

describe('bank statement import', () => {
  it('pays orders whose memo and amount match, and reports duplicates, partial and unknown rows', async () => {
    const first = (await place('BANK_TRANSFER', { honey: 1, cake: 0 })).order;
    const second = (await place('BANK_TRANSFER', { honey: 1, cake: 0 })).order;
    const memo = (n: string) => `MBVCB.${n.replace(/-/g, ' ').toLowerCase()} thanh toan`;
    const csv = [
      'Ngày,Số tiền,Nội dung',
      `23/11/2026,"${first.totalAmount.toLocaleString('vi-VN')}",${memo(first.number)}`,
      `23/11/2026,${first.totalAmount},${memo(first.number)}`,
      `23/11/2026,1000,${memo(second.number)}`,
      `23/11/2026,50000,chuyen tien`,
    ].join('\n');
    const IMPORT = `mutation ($input: BankStatementImportInput!) { bankStatementImport(input: $input) { paidCount rows { row orderNumber amount outcome } userErrors { code } } }`;
    const res = await world.gqlAs('admin')(IMPORT, { input: { content: csv } });
    expect(res.data!.bankStatementImport).toEqual({
      paidCount: 1,
      rows: [
        { row: 2, orderNumber: first.number, amount: first.totalAmount, outcome: 'PAID' },
        { row: 3, orderNumber: first.number, amount: first.totalAmount, outcome: 'DUPLICATE' },
        { row: 4, orderNumber: second.number, amount: 1000, outcome: 'PARTIAL' },
        { row: 5, orderNumber: null, amount: 50000, outcome: 'UNKNOWN' },
      ],
      userErrors: [],
    });
    expect((await payment(second.id)).state).toBe('PENDING');
    const bad = await world.gqlAs('admin')(IMPORT, { input: { content: 'a,b\n1,2' } });
    expect(bad.data!.bankStatementImport.userErrors).toEqual([{ code: 'STATEMENT_INVALID' }]);
  });
});
