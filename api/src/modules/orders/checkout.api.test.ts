import { beforeAll, describe, expect, it } from 'vitest';
import { QRPay } from 'vietnam-qr-pay';
import { toGlobalId } from '../../graphql/global-id.js';
import { CART_COOKIE } from '../../http/session-cookie.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import { addTestCommune, buckets, variantIdOf } from '../../test/orders.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';

const { orm } = await testDatabase();
let now = new Date('2026-11-23T03:00:00Z');
const api = await testApi(orm, { now: () => now });
let world: RoleWorld;
let honey: string;
let cake: string;
let draftVariant: string;

const ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code } } }`;
const ORDER_FIELDS = `number email total { amount } subtotal { amount } shipping { amount }
  payment { method state holdExpiresAt bankTransfer { amount { amount } memo accountNumber qrPayload qrSvg } }
  shippingAddress { recipientName phone streetLine province { code } commune { name } }
  subOrders { id state deliveryOption shipping { amount } producer { name } lines { productName quantity unitPrice { amount } } }`;
const PLACE = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { accessToken order { ${ORDER_FIELDS} } userErrors { field code message } } }`;

function input(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: `key-${Math.random().toString(36).slice(2)}`,
    email: 'Lan@Orders.test',
    phone: '0912 345 678',
    shippingAddress: {
      recipientName: 'Nguyễn Thị Lan', phone: '+84 987 654 321', provinceId: toGlobalId('Province', 'prv_01'),
      communeId: toGlobalId('Commune', 'cmn_test_01'), streetLine: '12 Hàng Bạc',
    },
    paymentMethod: 'BANK_TRANSFER',
    ...overrides,
  };
}

/** A guest who fills a cart; returns its cookie. */
async function guestWith(lines: { variantId: string; quantity: number }[]): Promise<string> {
  const res = await api.gql(ADD, { input: { lines: lines.map((l) => ({ variantId: toGlobalId('ProductVariant', l.variantId), quantity: l.quantity })) } });
  expect(res.data!.cartLinesAdd.userErrors).toEqual([]);
  return res.headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE.development}=`))!.split(';')[0]!;
}

async function counts() {
  const [c] = await rows<{ orders: number; held: number }>(orm.em.fork(), `select (select count(*)::int from shop_order) as orders, (select coalesce(sum(reserved + sold), 0)::int from product_variant) as held`);
  return c!;
}

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder: CatalogueBuilder, { a, b }) => {
      addTestCommune(builder);
      addTestCommune(builder, 'cmn_test_46', 'prv_46');
      honey = variantIdOf(builder.product('Mật ong hoa nhãn', a, { variants: [{ label: 'chai 500 ml', price: 180_000, stock: 10 }] }).id);
      cake = variantIdOf(builder.product('Bánh cốm', b, { variants: [{ label: 'hộp 6 chiếc', price: 65_000, stock: 20 }] }).id);
      draftVariant = variantIdOf(builder.product('Mật ong nháp', a).id);
    },
  });
});

describe('checkoutPlace', () => {
  it('places a bank transfer order split per producer, priced from the catalogue, with a VietQR to pay', async () => {
    const cookie = await guestWith([{ variantId: honey, quantity: 2 }, { variantId: cake, quantity: 1 }]);
    const res = await api.gql(PLACE, { input: input({ deliveryOptions: [{ producerId: toGlobalId('Producer', world.producers.b.id), option: 'EXPRESS' }] }) }, { headers: { cookie } });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    const { order, accessToken, userErrors } = res.data!.checkoutPlace;
    expect(userErrors).toEqual([]);
    expect(accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(order.number).toMatch(/^OCOP-2611-[2-9A-HJ-NP-Z]{6}$/);
    expect(order.email).toBe('lan@orders.test');
    // Hà Nội is a centrally-run city: STANDARD 22.000 ₫, EXPRESS 40.000 ₫ per producer.
    expect(order.subtotal.amount).toBe(2 * 180_000 + 65_000);
    expect(order.shipping.amount).toBe(22_000 + 40_000);
    expect(order.total.amount).toBe(425_000 + 62_000);
    expect(order.shippingAddress).toEqual({ recipientName: 'Nguyễn Thị Lan', phone: '0987654321', streetLine: '12 Hàng Bạc', province: { code: '01' }, commune: { name: 'Phường Thử Nghiệm' } });
    expect(order.subOrders.map((s: { state: string; producer: { name: string } }) => [s.producer.name, s.state]).sort()).toEqual([
      [world.producers.a.name, 'PENDING_PAYMENT'], [world.producers.b.name, 'PENDING_PAYMENT'],
    ]);
    expect(order.payment.holdExpiresAt).toBe('2026-11-23T03:15:00.000Z');
    const qr = order.payment.bankTransfer;
    expect(qr).toMatchObject({ amount: { amount: 487_000 }, memo: order.number, accountNumber: '0011001234567' });
    const decoded = new QRPay(qr.qrPayload);
    expect([decoded.isValid, decoded.amount, decoded.additionalData.purpose]).toEqual([true, '487000', order.number]);
    expect(qr.qrSvg).toMatch(/^<svg/);
    expect(await buckets(orm, [honey, cake])).toEqual(
      [
        { id: honey, stock: 8, reserved: 2, sold: 0, onHand: 10, holds: true },
        { id: cake, stock: 19, reserved: 1, sold: 0, onHand: 20, holds: true },
      ].sort((x, y) => (x.id < y.id ? -1 : 1)),
    );
    // The cart is empty now; the guest sees the order with the link secret or the email.
    expect((await api.gql(`{ cart { totalQuantity } }`, {}, { headers: { cookie } })).data!.cart.totalQuantity).toBe(0);
    const VIEW = `query ($n: String!, $e: String, $t: String) { order(number: $n, email: $e, accessToken: $t) { number } }`;
    expect((await api.gql(VIEW, { n: order.number, t: accessToken })).data!.order).toEqual({ number: order.number });
    expect((await api.gql(VIEW, { n: order.number, e: 'LAN@orders.test' })).data!.order).toEqual({ number: order.number });
    expect((await api.gql(VIEW, { n: order.number, e: 'other@orders.test' })).data!.order).toBeNull();
    expect((await api.gql(VIEW, { n: order.number })).data!.order).toBeNull();
  });

  it('confirms cash on delivery at placement: units sold, no hold', async () => {
    const cookie = await guestWith([{ variantId: cake, quantity: 1 }]);
    const before = (await buckets(orm, [cake]))[0]!;
    const res = await api.gql(PLACE, { input: input({ paymentMethod: 'COD' }) }, { headers: { cookie } });
    const order = res.data!.checkoutPlace.order;
    expect(order.subOrders[0].state).toBe('CONFIRMED');
    expect(order.payment).toMatchObject({ method: 'COD', state: 'PENDING', holdExpiresAt: null, bankTransfer: null });
    expect((await buckets(orm, [cake]))[0]).toMatchObject({ stock: before.stock - 1, reserved: before.reserved, sold: before.sold + 1, holds: true });
  });

  it('answers bad input with userErrors, placing no order and holding no stock', async () => {
    const cookie = await guestWith([{ variantId: honey, quantity: 1 }]);
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'not-an-email' }, 'INVALID_EMAIL'],
      [{ phone: '12345' }, 'INVALID_PHONE'],
      [{ shippingAddress: { ...input().shippingAddress, phone: '+1 415 555 0100' } }, 'INVALID_PHONE'],
      [{ shippingAddress: { ...input().shippingAddress, recipientName: '  ' } }, 'NAME_REQUIRED'],
      [{ shippingAddress: { ...input().shippingAddress, streetLine: '' } }, 'STREET_REQUIRED'],
      [{ shippingAddress: { ...input().shippingAddress, provinceId: toGlobalId('Province', 'prv_old_30') } }, 'PROVINCE_NOT_FOUND'],
      [{ shippingAddress: { ...input().shippingAddress, communeId: toGlobalId('Commune', 'cmn_test_46') } }, 'COMMUNE_NOT_IN_PROVINCE'],
      [{ deliveryOptions: [{ producerId: toGlobalId('Producer', world.producers.b.id), option: 'STANDARD' }] }, 'DELIVERY_OPTION_UNAVAILABLE'],
      [{ paymentMethod: 'CARD' }, 'PAYMENT_METHOD_UNAVAILABLE'],
      [{ idempotencyKey: 'short' }, 'INVALID_IDEMPOTENCY_KEY'],
    ];
    for (const [overrides, code] of cases) {
      const res = await api.gql(PLACE, { input: input(overrides) }, { headers: { cookie } });
      expect(res.data!.checkoutPlace.order).toBeNull();
      expect(res.data!.checkoutPlace.userErrors.map((e: { code: string }) => e.code)).toEqual([code]);
    }
    expect(await counts()).toEqual(before);
    // A line asking for more than is left names the line.
    const greedy = await guestWith([{ variantId: cake, quantity: 50 }]);
    const out = await api.gql(PLACE, { input: input() }, { headers: { cookie: greedy } });
    expect(out.data!.checkoutPlace.userErrors).toEqual([expect.objectContaining({ code: 'OUT_OF_STOCK', field: ['input', 'lines', '0'] })]);
    expect(await counts()).toEqual(before);
    // No cart at all; a price in the input is no field of it.
    expect((await api.gql(PLACE, { input: input() })).data!.checkoutPlace.userErrors.map((e: { code: string }) => e.code)).toEqual(['CART_EMPTY']);
    const priced = await api.gql(PLACE, { input: { ...input(), totalPrice: 1 } }, { headers: { cookie } });
    expect(priced.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('refuses a product unpublished after it was put in the cart', async () => {
    const cookie = await guestWith([{ variantId: draftVariant, quantity: 1 }]);
    await rows(orm.em.fork(), `update product set status = 'DRAFT' where id = (select product_id from product_variant where id = ?)`, [draftVariant]);
    const before = await counts();
    const res = await api.gql(PLACE, { input: input() }, { headers: { cookie } });
    expect(res.data!.checkoutPlace.userErrors).toEqual([expect.objectContaining({ code: 'NOT_AVAILABLE', field: ['input', 'lines', '0'] })]);
    expect(await counts()).toEqual(before);
  });

  it('places one order per idempotency key, and refuses the key for another cart', async () => {
    const cookie = await guestWith([{ variantId: honey, quantity: 1 }]);
    const attempt = input();
    const results = await Promise.all([1, 2, 3].map(() => api.gql(PLACE, { input: attempt }, { headers: { cookie } })));
    const numbers = new Set(results.map((r) => r.data!.checkoutPlace.order?.number));
    expect(numbers.size).toBe(1);
    expect([...numbers][0]).toMatch(/^OCOP-/);
    expect(results.filter((r) => r.data!.checkoutPlace.accessToken).length).toBe(1);
    const [placed] = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from shop_order where idempotency_key = ?`, [attempt.idempotencyKey]);
    expect(placed!.n).toBe(1);
    // A retry later (the cart is empty now) is the same order.
    expect((await api.gql(PLACE, { input: attempt }, { headers: { cookie } })).data!.checkoutPlace.order.number).toBe([...numbers][0]);
    // The same key with a new cart content, or from another cart, is refused.
    await api.gql(ADD, { input: { lines: [{ variantId: toGlobalId('ProductVariant', cake), quantity: 1 }] } }, { headers: { cookie } });
    const reused = await api.gql(PLACE, { input: attempt }, { headers: { cookie } });
    expect(reused.data!.checkoutPlace.userErrors.map((e: { code: string }) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    const other = await guestWith([{ variantId: honey, quantity: 1 }]);
    expect((await api.gql(PLACE, { input: attempt }, { headers: { cookie: other } })).data!.checkoutPlace.userErrors.map((e: { code: string }) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });
});

describe('order history and inbox', () => {
  it("lists a signed-in shopper's orders with a flat number of SQL statements", async () => {
    const shopper = world.gqlAs('shopper');
    const HISTORY = `query ($first: Int!) { viewer { orders(first: $first) { totalCount nodes { ${ORDER_FIELDS} } } } }`;
    for (let k = 0; k < 3; k++) {
      await shopper(ADD, { input: { lines: [{ variantId: toGlobalId('ProductVariant', honey), quantity: 1 }, { variantId: toGlobalId('ProductVariant', cake), quantity: 1 }] } });
      const placed = await shopper(PLACE, { input: input({ paymentMethod: 'COD' }) });
      expect(placed.data!.checkoutPlace.userErrors, JSON.stringify(placed.data)).toEqual([]);
    }
    const one = await shopper(HISTORY, { first: 1 });
    const three = await shopper(HISTORY, { first: 3 });
    expect(three.data!.viewer.orders.totalCount).toBe(3);
    expect(three.data!.viewer.orders.nodes[0].subOrders).toHaveLength(2);
    expect(three.sqlStatements).toBe(one.sqlStatements);
  });

  it("shows a producer its own sub-orders only, filtered by state", async () => {
    const INBOX = `query ($p: ID!, $s: SubOrderState) { producerOrders(producerId: $p, state: $s) { totalCount nodes { state producer { name } shippingAddress { recipientName } } } }`;
    const mine = await world.gqlAs('producerB')(INBOX, { p: toGlobalId('Producer', world.producers.b.id), s: 'CONFIRMED' });
    expect(mine.data!.producerOrders.totalCount).toBeGreaterThan(0);
    for (const node of mine.data!.producerOrders.nodes) expect(node).toMatchObject({ state: 'CONFIRMED', producer: { name: world.producers.b.name } });
    // Statements do not grow with the page.
    const INBOX_PAGE = `query ($p: ID!, $first: Int!) { producerOrders(producerId: $p, first: $first) { nodes { paymentMethod paid producer { name } lines { productName } shippingAddress { recipientName province { name } commune { name } } } } }`;
    const small = await world.gqlAs('producerB')(INBOX_PAGE, { p: toGlobalId('Producer', world.producers.b.id), first: 1 });
    const large = await world.gqlAs('producerB')(INBOX_PAGE, { p: toGlobalId('Producer', world.producers.b.id), first: 4 });
    expect(large.data!.producerOrders.nodes.length).toBeGreaterThan(1);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const theirs = await world.gqlAs('producerA')(INBOX, { p: toGlobalId('Producer', world.producers.b.id) });
    expect(theirs.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
