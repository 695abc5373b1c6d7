import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { CART_COOKIE } from '../../http/session-cookie.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import type { CatalogueBuilder } from '../../test/fixtures.js';
import { addTestCommune, buckets, variantIdOf } from '../../test/orders.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';
import { startStripeFake } from '../../test/stripe-fake/server.js';
import type { FakeEvent } from '../../test/stripe-fake/state.js';
import { CardGatewayError } from '../payments/card-payment.js';
import { createStripeClient } from '../payments/stripe-gateway.js';
import { createServices, defaultServiceDeps } from '../services.js';

const KEYS = { STRIPE_SECRET_KEY: 'sk_test_ocop_cards', STRIPE_PUBLISHABLE_KEY: 'pk_test_ocop_cards', STRIPE_WEBHOOK_SECRET: 'whsec_ocop_cards' };
const T0 = new Date('2026-11-23T03:00:00Z');
/** One clock for the fake (signature timestamps) and the API (tolerance, holds). */
let now = T0;

const { orm } = await testDatabase();
const fake = await startStripeFake({ secretKey: KEYS.STRIPE_SECRET_KEY, webhookSecret: KEYS.STRIPE_WEBHOOK_SECRET, autoDeliver: false, now: () => now.getTime() });
afterAll(() => fake.close());
const api = await testApi(orm, { now: () => now, env: { ...KEYS, STRIPE_API_URL: fake.url, STRIPE_JS_URL: `${fake.url}/v3/` } });
fake.webhookUrl = `${api.base}/webhooks/stripe`;
/** The same system without Stripe keys. */
const plain = await testApi(orm, { now: () => now });
/** The shopper's browser side (Stripe.js confirms with a test card; here through the SDK). */
const stripe = createStripeClient({ secretKey: KEYS.STRIPE_SECRET_KEY, api: fake.sdkOptions });

let world: RoleWorld;
let honey: string;
let cake: string;

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder: CatalogueBuilder, { a, b }) => {
      addTestCommune(builder);
      honey = variantIdOf(builder.product('Mật ong hoa nhãn', a, { variants: [{ label: 'chai 500 ml', price: 180_000, stock: 40 }] }).id);
      cake = variantIdOf(builder.product('Bánh cốm', b, { variants: [{ label: 'hộp 6 chiếc', price: 65_000, stock: 40 }] }).id);
    },
  });
});

const ADD = `mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code } } }`;
const ORDER = `number total { amount } payment { method state refunded { amount } lateAmount { amount } card { clientSecret publishableKey jsUrl } } subOrders { id state paid }`;
const PLACE = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { accessToken order { ${ORDER} } userErrors { field code } } }`;

function input(paymentMethod: string, idempotencyKey = `card-${Math.random().toString(36).slice(2)}`) {
  return {
    idempotencyKey, email: 'tourist@cards.test', phone: '0912 345 678', paymentMethod,
    shippingAddress: {
      recipientName: 'Emma Tourist', phone: '0987 654 321', provinceId: toGlobalId('Province', 'prv_01'),
      communeId: toGlobalId('Commune', 'cmn_test_01'), streetLine: '1 Tràng Tiền',
    },
  };
}

async function guestWith(gql: typeof api.gql, lines: { variantId: string; quantity: number }[]): Promise<string> {
  const res = await gql(ADD, { input: { lines: lines.map((l) => ({ variantId: toGlobalId('ProductVariant', l.variantId), quantity: l.quantity })) } });
  expect(res.data!.cartLinesAdd.userErrors).toEqual([]);
  return res.headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE.development}=`))!.split(';')[0]!;
}

/** A guest's card order of honey (producer A) and cake (producer B), placed through the API. */
async function placeCardOrder(quantities = { honey: 1, cake: 1 }) {
  const cookie = await guestWith(api.gql, [{ variantId: honey, quantity: quantities.honey }, { variantId: cake, quantity: quantities.cake }]);
  const key = `card-${Math.random().toString(36).slice(2)}`;
  const res = await api.gql(PLACE, { input: input('CARD', key) }, { headers: { cookie } });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const { order, accessToken, userErrors } = res.data.checkoutPlace;
  expect(userErrors).toEqual([]);
  const [row] = await rows<{ id: string; intentId: string }>(orm.em.fork(), `select o.id, p.card_intent_id as "intentId" from shop_order o join payment p on p.order_id = o.id where o.number = ?`, [order.number]);
  return { order, accessToken: accessToken as string, id: row!.id, intentId: row!.intentId, cookie, key };
}

async function paymentRow(orderId: string) {
  const [p] = await rows<{ state: string; lateAmount: number; refundedAmount: number; reviewReason: string | null }>(
    orm.em.fork(),
    `select state, late_amount::int as "lateAmount", refunded_amount::int as "refundedAmount", review_reason as "reviewReason" from payment where order_id = ?`,
    [orderId],
  );
  return p!;
}
const subStates = async (orderId: string) => (await rows<{ state: string; paid: boolean }>(orm.em.fork(), `select state, paid from sub_order where order_id = ? order by id`, [orderId])).map((s) => `${s.state}${s.paid ? ':paid' : ''}`);
const outbox = async (orderId: string) => (await rows<{ kind: string }>(orm.em.fork(), `select kind from order_outbox where order_id = ? order by id`, [orderId])).map((e) => e.kind);
const eventOf = (intentId: string, type: string): FakeEvent =>
  fake.state.events.findLast((e) => e.type === type && (e.data as { object: { id?: string; payment_intent?: string } }).object[type.startsWith('payment_intent') ? 'id' : 'payment_intent'] === intentId)!;
const stockOf = () => buckets(orm, [cake, honey].sort());
const servicesAt = (at: Date) => createServices(orm.em.fork(), { ...defaultServiceDeps(), payments: api.payments, now: () => at });

describe('card payments are offered only when Stripe is configured', () => {
  it('lists CARD and takes card orders with the keys; hides and refuses it without them', async () => {
    expect((await api.gql(`{ paymentMethods }`)).data!.paymentMethods).toEqual(['COD', 'BANK_TRANSFER', 'CARD']);
    expect((await plain.gql(`{ paymentMethods }`)).data!.paymentMethods).toEqual(['COD', 'BANK_TRANSFER']);
    const cookie = await guestWith(plain.gql, [{ variantId: honey, quantity: 1 }]);
    const res = await plain.gql(PLACE, { input: input('CARD') }, { headers: { cookie } });
    expect(res.data!.checkoutPlace.userErrors).toEqual([{ field: ['input', 'paymentMethod'], code: 'PAYMENT_METHOD_UNAVAILABLE' }]);
    const res2 = await fetch(`${plain.base}/webhooks/stripe`, { method: 'POST', body: '{}' });
    expect(res2.status).toBe(404);
  });
});

describe('checkout with CARD', () => {
  it('creates one PaymentIntent for the order total in đồng and returns its client secret to the shopper', async () => {
    const before = fake.requests.length;
    const placed = await placeCardOrder({ honey: 2, cake: 1 });
    const total = 2 * 180_000 + 65_000 + 2 * 22_000;
    expect(placed.order.total.amount).toBe(total);
    expect(placed.order.payment).toMatchObject({ method: 'CARD', state: 'PENDING' });
    expect(placed.order.payment.card).toEqual({
      clientSecret: expect.stringMatching(new RegExp(`^${placed.intentId}_secret_`)),
      publishableKey: KEYS.STRIPE_PUBLISHABLE_KEY,
      jsUrl: `${fake.url}/v3/`,
    });
    const intent = await stripe.paymentIntents.retrieve(placed.intentId);
    expect(intent).toMatchObject({ amount: total, currency: 'vnd', status: 'requires_payment_method', metadata: { order_id: placed.id, order_number: placed.order.number } });
    const creates = fake.requests.slice(before).filter((r) => r.method === 'POST' && r.path === '/v1/payment_intents');
    expect(creates).toEqual([expect.objectContaining({ idempotencyKey: `order:${placed.id}:intent`, status: 200 })]);

    // The same checkout again (a retry): the same order and intent, no second intent.
    const again = await api.gql(PLACE, { input: input('CARD', placed.key) }, { headers: { cookie: placed.cookie } });
    expect(again.data!.checkoutPlace.order.number).toBe(placed.order.number);
    expect(again.data!.checkoutPlace.order.payment.card.clientSecret).toBe(placed.order.payment.card.clientSecret);
    expect([...fake.state.intents.values()].filter((i) => (i.metadata as Record<string, string>).order_id === placed.id)).toHaveLength(1);
  });

  it('shows the card secret only to whoever may see the order', async () => {
    const placed = await placeCardOrder();
    const Q = `query ($n: String!, $t: String, $e: String) { order(number: $n, accessToken: $t, email: $e) { payment { card { clientSecret } } } }`;
    expect((await api.gql(Q, { n: placed.order.number })).data!.order).toBeNull();
    expect((await api.gql(Q, { n: placed.order.number, t: 'not-the-token' })).data!.order).toBeNull();
    expect((await api.gql(Q, { n: placed.order.number, t: placed.accessToken })).data!.order.payment.card.clientSecret).toBe(placed.order.payment.card.clientSecret);
    expect((await world.gqlAs('producerA')(Q, { n: placed.order.number })).data!.order).toBeNull();
    expect((await world.gqlAs('shopper')(Q, { n: placed.order.number })).data!.order).toBeNull();
  });
});

describe('card webhook through the orders module (issue acceptance 2)', () => {
  it('pays the order once for the same signed payment_intent.succeeded delivered 5 times (3 at once): units sold, one mail', async () => {
    const stockBefore = await stockOf();
    const placed = await placeCardOrder();
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'PENDING' });
    const statuses = await fake.deliver(eventOf(placed.intentId, 'payment_intent.succeeded'), { times: 5, concurrently: 3 });
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'SUCCEEDED', lateAmount: 0, refundedAmount: 0, reviewReason: null });
    expect(await subStates(placed.id)).toEqual(['PAID:paid', 'PAID:paid']);
    expect(await outbox(placed.id)).toEqual(['ORDER_PLACED', 'ORDER_PAID']);
    const after = await stockOf();
    after.forEach((v, k) => expect(v).toMatchObject({ stock: stockBefore[k]!.stock - 1, reserved: stockBefore[k]!.reserved, sold: stockBefore[k]!.sold + 1, holds: true }));

    await servicesAt(now).orderMail.dispatchPending();
    const mails = await rows<{ subject: string }>(orm.em.fork(), `select subject from dev_mail where to_address = 'tourist@cards.test' and subject like ?`, [`%${placed.order.number}%`]);
    expect(mails.map((m) => m.subject.split(' / ')[0])).toEqual([`Đã nhận đơn ${placed.order.number}`, `Đã thanh toán đơn ${placed.order.number}`]);
    // Paid: no card secret any more.
    const Q = `query ($n: String!, $t: String) { order(number: $n, accessToken: $t) { payment { state card { clientSecret } } } }`;
    expect((await api.gql(Q, { n: placed.order.number, t: placed.accessToken })).data!.order.payment).toEqual({ state: 'SUCCEEDED', card: null });
  });

  it.each([
    ['a tampered body', { tamper: (p: string) => p.replace('"status": "succeeded"', '"status": "canceled"') }],
    ['a wrong secret', { secret: 'whsec_not_ours' }],
    ['no Stripe-Signature header', { unsigned: true }],
    ['a timestamp 301 s old', { timestamp: () => now.getTime() / 1000 - 301 }],
  ])('answers 400 to %s and writes nothing', async (_, options) => {
    const placed = await placeCardOrder();
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    const event = eventOf(placed.intentId, 'payment_intent.succeeded');
    const { timestamp, ...rest } = options as { timestamp?: () => number };
    expect(await fake.deliver(event, { ...rest, ...(timestamp ? { timestamp: timestamp() } : {}) })).toEqual([400]);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'PENDING' });
    expect(await subStates(placed.id)).toEqual(['PENDING_PAYMENT', 'PENDING_PAYMENT']);
    expect(await rows(orm.em.fork(), `select 1 from payment_webhook_event where id = ?`, [event.id])).toEqual([]);
    expect(await outbox(placed.id)).toEqual(['ORDER_PLACED']);
  });

  it('keeps a declined payment pending (the shopper may retry) and is never un-paid by a late payment_failed', async () => {
    const placed = await placeCardOrder();
    await expect(stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_chargeDeclined' })).rejects.toMatchObject({ statusCode: 402 });
    const failed = eventOf(placed.intentId, 'payment_intent.payment_failed');
    expect(await fake.deliver(failed)).toEqual([200]);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'PENDING' });
    expect(await subStates(placed.id)).toEqual(['PENDING_PAYMENT', 'PENDING_PAYMENT']);

    // The shopper retries with another card; then the failure is delivered again, late.
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    expect(await fake.deliver(eventOf(placed.intentId, 'payment_intent.succeeded'))).toEqual([200]);
    const secondFailure = { ...failed, id: `${failed.id}x` };
    expect(await fake.deliver(secondFailure)).toEqual([200]);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'SUCCEEDED' });
    expect(await subStates(placed.id)).toEqual(['PAID:paid', 'PAID:paid']);
  });

  it('flags a payment whose amount is not the order total instead of paying it', async () => {
    const placed = await placeCardOrder();
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    const state = await api.payments.card!.gateway.retrieve(placed.intentId);
    await orm.em.fork().transactional((tx) =>
      createServices(tx, { ...defaultServiceDeps(), payments: api.payments, now: () => now }).cardPayments.onCardPayment(
        { ...state, amountReceived: state.amountReceived - 1_000, eventId: 'evt_mismatch', eventType: 'payment_intent.succeeded', orderId: placed.id },
        tx,
      ),
    );
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'PENDING', reviewReason: expect.stringContaining('Not marked paid') });
    expect(await subStates(placed.id)).toEqual(['PENDING_PAYMENT', 'PENDING_PAYMENT']);
  });

  it('treats a canceled intent like an expired hold: payment cancelled, units back on sale', async () => {
    const stockBefore = await stockOf();
    const placed = await placeCardOrder();
    await api.payments.card!.gateway.cancel(placed.intentId, `dashboard:${placed.intentId}`);
    expect(await fake.deliver(eventOf(placed.intentId, 'payment_intent.canceled'))).toEqual([200]);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await subStates(placed.id)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(await stockOf()).toEqual(stockBefore);
  });
});

describe('expired holds of card payments (issue acceptance 3)', () => {
  const later = () => new Date(now.getTime() + 16 * 60_000);

  it('cancels the intent first; while the gateway cannot be reached, the stock stays held', async () => {
    const stockBefore = await stockOf();
    const placed = await placeCardOrder();
    const held = await stockOf();
    // A gateway that refuses every call (a revoked key): nothing may be released.
    const broken = createServices(orm.em.fork(), {
      ...defaultServiceDeps(),
      payments: { ...api.payments, card: { ...api.payments.card!, gateway: { ...api.payments.card!.gateway, cancel: () => Promise.reject(new CardGatewayError('down', 'api_connection_error', true)) } } },
      now: later,
    });
    const logs: string[] = [];
    expect(await broken.orderPayments.releaseExpiredHolds((m) => logs.push(m))).toBe(0);
    expect(logs.join()).toContain('api_connection_error');
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'PENDING' });
    expect(await stockOf()).toEqual(held);

    const from = fake.requests.length;
    expect(await servicesAt(later()).orderPayments.releaseExpiredHold(placed.id)).toBe(true);
    expect(await servicesAt(later()).orderPayments.releaseExpiredHold(placed.id)).toBe(false);
    expect(fake.requests.slice(from).filter((r) => r.path === `/v1/payment_intents/${placed.intentId}/cancel`)).toEqual([
      expect.objectContaining({ method: 'POST', idempotencyKey: `order:${placed.id}:cancel`, status: 200 }),
    ]);
    expect((await stripe.paymentIntents.retrieve(placed.intentId)).status).toBe('canceled');
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await stockOf()).toEqual(stockBefore);
    // Too late to pay: the intent is cancelled at Stripe.
    await expect(stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' })).rejects.toMatchObject({ code: 'payment_intent_unexpected_state' });
  });

  it('pays the order instead of releasing it when the shopper paid just before the hold expired', async () => {
    const placed = await placeCardOrder();
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    const held = await stockOf();
    expect(await servicesAt(later()).orderPayments.releaseExpiredHold(placed.id)).toBe(false);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'SUCCEEDED', lateAmount: 0, refundedAmount: 0 });
    expect(await subStates(placed.id)).toEqual(['PAID:paid', 'PAID:paid']);
    const after = await stockOf();
    after.forEach((v, k) => expect(v).toMatchObject({ stock: held[k]!.stock, reserved: held[k]!.reserved - 1, sold: held[k]!.sold + 1, holds: true }));
    // The webhook that follows changes nothing.
    expect(await fake.deliver(eventOf(placed.intentId, 'payment_intent.succeeded'), { times: 2 })).toEqual([200, 200]);
    expect(await outbox(placed.id)).toEqual(['ORDER_PLACED', 'ORDER_PAID']);
  });

  it('refunds a payment that succeeds after the release, once, and never touches the stock', async () => {
    const stockBefore = await stockOf();
    const placed = await placeCardOrder();
    expect(await servicesAt(later()).orderPayments.releaseExpiredHold(placed.id)).toBe(true);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'CANCELLED' });
    // A second intent for the same order that the release did not know of (e.g. made by a checkout retry racing it) gets paid.
    const stray = await api.payments.card!.gateway.createIntent({ amount: placed.order.total.amount, orderId: placed.id, orderNumber: placed.order.number, idempotencyKey: `stray:${placed.id}` });
    await stripe.paymentIntents.confirm(stray.intentId, { payment_method: 'pm_card_visa' });
    expect(await fake.deliver(eventOf(stray.intentId, 'payment_intent.succeeded'), { times: 3, concurrently: 2 })).toEqual([200, 200, 200]);
    const total = placed.order.total.amount;
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'CANCELLED', lateAmount: total, refundedAmount: total, reviewReason: expect.stringContaining('refunded') });
    const refunds = [...fake.state.refunds.values()].filter((r) => r.payment_intent === stray.intentId);
    expect(refunds).toEqual([expect.objectContaining({ amount: total, status: 'succeeded' })]);
    expect(fake.requests.filter((r) => r.path === '/v1/refunds' && r.idempotencyKey === `intent:${stray.intentId}:late-refund`).length).toBeGreaterThanOrEqual(1);
    // Stripe's charge.refunded for it: counted once.
    expect(await fake.deliver(eventOf(stray.intentId, 'charge.refunded'))).toEqual([200]);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'CANCELLED', lateAmount: total, refundedAmount: total });
    expect(await subStates(placed.id)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(await stockOf()).toEqual(stockBefore);
  });
});

describe('refunds of card-paid sub-orders', () => {
  const REFUND = `mutation ($input: SubOrderRefundInput!) { subOrderRefund(input: $input) { subOrder { state } userErrors { code } } }`;

  it('refunds a sub-order through the gateway once; Stripe’s refund events do not count it twice', async () => {
    const placed = await placeCardOrder({ honey: 1, cake: 2 });
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    expect(await fake.deliver(eventOf(placed.intentId, 'payment_intent.succeeded'))).toEqual([200]);
    const [subs] = await servicesAt(now).orders.subOrdersOf([placed.id]);
    const a = subs!.find((s) => s.producerId === world.producers.a.id)!;
    const b = subs!.find((s) => s.producerId === world.producers.b.id)!;

    const refunded = await world.gqlAs('producerA')(REFUND, { input: { subOrderId: toGlobalId('SubOrder', a.id), reason: 'Hết hàng' } });
    expect(refunded.data!.subOrderRefund).toEqual({ subOrder: { state: 'REFUNDED' }, userErrors: [] });
    expect(fake.requests.filter((r) => r.path === '/v1/refunds' && r.idempotencyKey === `suborder:${a.id}:refund`)).toHaveLength(1);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'SUCCEEDED', refundedAmount: a.totalAmount });
    for (const type of ['charge.refunded', 'refund.created']) expect(await fake.deliver(eventOf(placed.intentId, type), { times: 2 })).toEqual([200, 200]);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'SUCCEEDED', refundedAmount: a.totalAmount });

    // Refunded twice: refused by the state machine, no second refund.
    const again = await world.gqlAs('producerA')(REFUND, { input: { subOrderId: toGlobalId('SubOrder', a.id), reason: 'Hết hàng' } });
    expect(again.data!.subOrderRefund.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);

    await world.gqlAs('producerB')(REFUND, { input: { subOrderId: toGlobalId('SubOrder', b.id), reason: 'Vỡ hộp' } });
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'REFUNDED', refundedAmount: placed.order.total.amount });
    expect((await api.payments.card!.gateway.retrieve(placed.intentId)).amountRefunded).toBe(placed.order.total.amount);
  });

  it('changes nothing when the gateway refuses the refund', async () => {
    const placed = await placeCardOrder({ honey: 1, cake: 1 });
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    await fake.deliver(eventOf(placed.intentId, 'payment_intent.succeeded'));
    // Refunded in full elsewhere (the Stripe dashboard): Stripe refuses another refund.
    await stripe.refunds.create({ payment_intent: placed.intentId });
    const [subs] = await servicesAt(now).orders.subOrdersOf([placed.id]);
    const a = subs!.find((s) => s.producerId === world.producers.a.id)!;
    const res = await world.gqlAs('producerA')(REFUND, { input: { subOrderId: toGlobalId('SubOrder', a.id), reason: 'Hết hàng' } });
    expect(res.data!.subOrderRefund).toEqual({ subOrder: null, userErrors: [{ code: 'PAYMENT_GATEWAY_FAILED' }] });
    expect(await subStates(placed.id)).toEqual(['PAID:paid', 'PAID:paid']);
    // Stripe's word about the dashboard refund is recorded (cumulative, once).
    expect(await fake.deliver(eventOf(placed.intentId, 'charge.refunded'))).toEqual([200]);
    expect(await paymentRow(placed.id)).toMatchObject({ state: 'SUCCEEDED', refundedAmount: placed.order.total.amount });
  });
});
