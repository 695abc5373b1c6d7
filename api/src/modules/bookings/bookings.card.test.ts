import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { CART_COOKIE } from '../../http/session-cookie.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { experienceWithSlots, slotPlaces } from '../../test/bookings.js';
import { testDatabase } from '../../test/database.js';
import { addTestCommune } from '../../test/orders.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';
import { startStripeFake } from '../../test/stripe-fake/server.js';
import { createStripeClient } from '../payments/stripe-gateway.js';
import { createServices, defaultServiceDeps } from '../services.js';

const KEYS = { STRIPE_SECRET_KEY: 'sk_test_ocop_bookings', STRIPE_PUBLISHABLE_KEY: 'pk_test_ocop_bookings', STRIPE_WEBHOOK_SECRET: 'whsec_ocop_bookings' };
let now = new Date('2026-11-23T03:00:00Z');
const { orm } = await testDatabase();
const fake = await startStripeFake({ secretKey: KEYS.STRIPE_SECRET_KEY, webhookSecret: KEYS.STRIPE_WEBHOOK_SECRET, autoDeliver: false, now: () => now.getTime() });
afterAll(() => fake.close());
const api = await testApi(orm, { now: () => now, env: { ...KEYS, STRIPE_API_URL: fake.url, STRIPE_JS_URL: `${fake.url}/v3/` } });
fake.webhookUrl = `${api.base}/webhooks/stripe`;
const stripe = createStripeClient({ secretKey: KEYS.STRIPE_SECRET_KEY, api: fake.sdkOptions });
let world: RoleWorld;
let slotId: string;
let onRequestSlot: string;

beforeAll(async () => {
  world = await createRoleWorld(orm, api, { catalogue: (builder) => void addTestCommune(builder) });
  slotId = (await experienceWithSlots(orm, world.operators.o.id, { freeCancellationHours: 48, slots: [{ startsAt: new Date(now.getTime() + 7 * 86_400_000), capacity: 10 }] })).slotIds[0]!;
  onRequestSlot = (await experienceWithSlots(orm, world.operators.o.id, { confirmation: 'ON_REQUEST', slots: [{ startsAt: new Date(now.getTime() + 7 * 86_400_000), capacity: 10 }] })).slotIds[0]!;
});

const ADD = `mutation ($input: CartBookingAddInput!) { cartBookingAdd(input: $input) { userErrors { code } } }`;
const PLACE = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { accessToken order { number total { amount } bookings { id state } } userErrors { code } } }`;

async function cardBooking(slot = slotId) {
  const added = await api.gql(ADD, { input: { slotId: toGlobalId('ExperienceSlot', slot), units: [{ unitType: 'ADULT', quantity: 2 }] } });
  const cookie = added.headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE.development}=`))!.split(';')[0]!;
  const res = await api.gql(PLACE, { input: { idempotencyKey: `card-${Math.random().toString(36).slice(2)}`, email: 'emma@cards.test', phone: '0912345678', contactName: 'Emma Tourist', paymentMethod: 'CARD' } }, { headers: { cookie } });
  const { order, accessToken } = res.data!.checkoutPlace;
  const [row] = await rows<{ id: string; intentId: string }>(orm.em.fork(), `select o.id, p.card_intent_id as "intentId" from shop_order o join payment p on p.order_id = o.id where o.number = ?`, [order.number]);
  return { order, accessToken: accessToken as string, id: row!.id, intentId: row!.intentId, bookingId: order.bookings[0].id as string };
}

const payment = async (orderId: string) =>
  (await rows<{ state: string; refunded: number }>(orm.em.fork(), `select state, refunded_amount::int as refunded from payment where order_id = ?`, [orderId]))[0]!;

describe('bookings paid by card', () => {
  it('confirms on the gateway’s word, and a free cancellation refunds the booking to the card', async () => {
    const placed = await cardBooking();
    expect(placed.order.total.amount).toBe(300_000);
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    const event = fake.state.events.findLast((e) => e.type === 'payment_intent.succeeded' && (e.data as { object: { id: string } }).object.id === placed.intentId)!;
    expect(await fake.deliver(event)).toEqual([200]);
    expect(await slotPlaces(orm, slotId)).toMatchObject({ held: 0, booked: 2, balanced: true });
    const res = await api.gql(`mutation ($input: BookingCancelInput!) { bookingCancel(input: $input) { booking { state refund { route amount { amount } } } userErrors { code } } }`, {
      input: { bookingId: placed.bookingId, accessToken: placed.accessToken },
    });
    expect(res.data!.bookingCancel).toEqual({ booking: { state: 'CANCELLED', refund: { route: 'CARD', amount: { amount: 300_000 } } }, userErrors: [] });
    expect(await payment(placed.id)).toEqual({ state: 'REFUNDED', refunded: 300_000 });
    expect(await slotPlaces(orm, slotId)).toMatchObject({ held: 0, booked: 0, balanced: true });
  });

  it('releases the held places when the card hold expires (the intent cancelled first)', async () => {
    const placed = await cardBooking();
    expect(await slotPlaces(orm, slotId)).toMatchObject({ held: 2, balanced: true });
    const later = createServices(orm.em.fork(), { ...defaultServiceDeps(), payments: api.payments, now: () => new Date(now.getTime() + 16 * 60_000) });
    expect(await later.orderPayments.releaseExpiredHold(placed.id)).toBe(true);
    expect(await payment(placed.id)).toMatchObject({ state: 'CANCELLED' });
    expect(await slotPlaces(orm, slotId)).toMatchObject({ held: 0, booked: 0, balanced: true });
  });

  it('refunds to the card an on-request booking the operator left unanswered past its deadline', async () => {
    const placed = await cardBooking(onRequestSlot);
    await stripe.paymentIntents.confirm(placed.intentId, { payment_method: 'pm_card_visa' });
    const event = fake.state.events.findLast((e) => e.type === 'payment_intent.succeeded' && (e.data as { object: { id: string } }).object.id === placed.intentId)!;
    expect(await fake.deliver(event)).toEqual([200]);
    expect(await slotPlaces(orm, onRequestSlot)).toMatchObject({ held: 2, booked: 0, balanced: true });
    const later = (hours: number) => createServices(orm.em.fork(), { ...defaultServiceDeps(), payments: api.payments, now: () => new Date(now.getTime() + hours * 3_600_000) });
    expect(await later(47).unansweredBookings.declineOverdue()).toBe(0);
    expect(await later(49).unansweredBookings.declineOverdue()).toBe(1);
    expect(await later(49).unansweredBookings.declineOverdue()).toBe(0);
    expect(await payment(placed.id)).toEqual({ state: 'REFUNDED', refunded: 300_000 });
    expect(await slotPlaces(orm, onRequestSlot)).toMatchObject({ held: 0, booked: 0, balanced: true });
    const [booking] = await rows<{ state: string; route: string }>(orm.em.fork(), `select state, refund_route as route from booking where order_id = ?`, [placed.id]);
    expect(booking).toEqual({ state: 'DECLINED', route: 'CARD' });
  });
});
