import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { CART_COOKIE } from '../../http/session-cookie.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { experienceWithSlots, slotPlaces } from '../../test/bookings.js';
import { testDatabase } from '../../test/database.js';
import { addTestCommune } from '../../test/orders.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';
import type { Viewer } from '../accounts/viewer.js';
import { createServices, defaultServiceDeps } from '../services.js';
import { operatorResponseDeadline, UNANSWERED_REASON } from './booking-response-deadline.js';

const { orm } = await testDatabase();
const HOUR = 3_600_000;
const T0 = new Date('2026-11-23T03:00:00Z');
let now = T0;
const api = await testApi(orm, { now: () => now });
let world: RoleWorld;
let operator: Viewer;
/** ON_REQUEST, 24 h booking cut-off: slots 5 days away (48 h to answer applies) and 2 days away (the cut-off caps it). */
let far: string;
let near: string;
let raceSlot: string;

const at = (t: Date) => createServices(orm.em.fork(), { ...defaultServiceDeps(), payments: api.payments, now: () => t });
const FIELDS = `id state paid operatorResponseDeadline cancelledBy cancelReason refund { amount { amount } route }`;

async function paidBooking(slotId: string, email: string, quantity = 2) {
  now = T0;
  const added = await api.gql(`mutation ($input: CartBookingAddInput!) { cartBookingAdd(input: $input) { userErrors { code } } }`, {
    input: { slotId: toGlobalId('ExperienceSlot', slotId), units: [{ unitType: 'ADULT', quantity }] },
  });
  const cookie = added.headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE.development}=`))!.split(';')[0]!;
  const placed = await api.gql(`mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) { accessToken order { number total { amount } bookings { id } } userErrors { code } } }`, {
    input: { idempotencyKey: `k-${Math.random().toString(36).slice(2)}`, email, phone: '0912345678', contactName: 'Trần Văn Lâm', paymentMethod: 'BANK_TRANSFER' },
  }, { headers: { cookie } });
  const { order, accessToken } = placed.data!.checkoutPlace;
  const [row] = await rows<{ id: string }>(orm.em.fork(), `select id from shop_order where number = ?`, [order.number]);
  expect(await at(T0).orderPayments.receive(row!.id, order.total.amount, 'manual:test')).toBe('PAID');
  return { number: order.number as string, accessToken: accessToken as string, globalId: order.bookings[0].id as string, id: (await rows<{ id: string }>(orm.em.fork(), `select id from booking where order_id = ?`, [row!.id]))[0]!.id };
}

const viewBooking = async (b: { number: string; accessToken: string }) =>
  (await api.gql(`query ($n: String!, $t: String) { order(number: $n, accessToken: $t) { payment { state } bookings { ${FIELDS} } } }`, { n: b.number, t: b.accessToken })).data!.order;
const events = async (bookingId: string) =>
  (await rows<{ kind: string }>(orm.em.fork(), `select kind from order_outbox where part_id = ? order by created_at, id`, [bookingId])).map((e) => e.kind);
const mailsTo = (to: string) => rows<{ subject: string; text: string }>(orm.em.fork(), `select subject, text from dev_mail where to_address = ? order by id`, [to]);

beforeAll(async () => {
  world = await createRoleWorld(orm, api, { catalogue: (builder) => void addTestCommune(builder) });
  const o = world.operators.o.id;
  const slots = (await experienceWithSlots(orm, o, {
    name: 'Nấu cỗ Mường', confirmation: 'ON_REQUEST', bookingCutoffHours: 24, freeCancellationHours: 24,
    slots: [{ startsAt: new Date(T0.getTime() + 5 * 24 * HOUR), capacity: 8 }, { startsAt: new Date(T0.getTime() + 2 * 24 * HOUR), capacity: 8 }, { startsAt: new Date(T0.getTime() + 6 * 24 * HOUR), capacity: 40 }],
  })).slotIds;
  [far, near, raceSlot] = slots as [string, string, string];
  const u = world.users.operator;
  operator = { userId: u.userId, email: u.email, emailVerifiedAt: null, roles: u.roles };
});

describe('the operator response deadline rule', () => {
  const slot = (startsIn: number, cutoff: number) => ({ startsAt: new Date(T0.getTime() + startsIn * HOUR), bookingCutoffHours: cutoff });
  it('gives the configured hours from when the booking started awaiting', () => {
    expect(operatorResponseDeadline(T0, slot(120, 24), 48)).toEqual(new Date(T0.getTime() + 48 * HOUR));
  });
  it("never runs past the slot's booking cut-off", () => {
    expect(operatorResponseDeadline(T0, slot(48, 24), 48)).toEqual(new Date(T0.getTime() + 24 * HOUR));
  });
  it('runs to the start at most when the booking awaits after the cut-off (a late transfer)', () => {
    expect(operatorResponseDeadline(T0, slot(10, 24), 48)).toEqual(new Date(T0.getTime() + 10 * HOUR));
  });
});

describe('declining on-request bookings the operator did not answer', () => {
  it('shows the deadline, declines at it (places back, transfer recorded to refund, one mail), and a second run changes nothing', async () => {
    const b = await paidBooking(far, 'lan@deadline.test');
    const deadline = new Date(T0.getTime() + 48 * HOUR);
    expect((await viewBooking(b)).bookings[0]).toMatchObject({ state: 'AWAITING_OPERATOR', operatorResponseDeadline: deadline.toISOString() });
    const calendar = await world.gqlAs('operator')(
      `query ($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { operatorBookings(operatorId: $id, from: $from, to: $to) { days { slots { bookings { id operatorResponseDeadline } } } } }`,
      { id: toGlobalId('TourismOperator', world.operators.o.id), from: T0.toISOString(), to: new Date(T0.getTime() + 7 * 24 * HOUR).toISOString() },
    );
    const shown = calendar.data!.operatorBookings.days.flatMap((d: any) => d.slots.flatMap((s: any) => s.bookings));
    expect(shown).toContainEqual({ id: b.globalId, operatorResponseDeadline: deadline.toISOString() });
    expect(await slotPlaces(orm, far)).toMatchObject({ held: 2, booked: 0, balanced: true });

    expect(await at(new Date(deadline.getTime() - 1_000)).unansweredBookings.declineOverdue()).toBe(0);
    expect(await at(deadline).unansweredBookings.declineOverdue()).toBe(1);
    expect(await at(new Date(deadline.getTime() + 60_000)).unansweredBookings.declineOverdue()).toBe(0);

    const viewed = await viewBooking(b);
    expect(viewed.bookings[0]).toMatchObject({
      state: 'DECLINED', cancelledBy: 'SYSTEM', cancelReason: UNANSWERED_REASON, operatorResponseDeadline: null,
      refund: { amount: { amount: 300_000 }, route: 'BY_HAND' },
    });
    expect(viewed.payment.state).toBe('REFUNDED');
    expect(await slotPlaces(orm, far)).toMatchObject({ held: 0, booked: 0, balanced: true });
    expect(await events(b.id)).toEqual(['BOOKING_AWAITING_OPERATOR', 'BOOKING_CANCELLED']);
    await at(deadline).orderMail.dispatchPending();
    await at(deadline).orderMail.dispatchPending();
    const mails = await mailsTo('lan@deadline.test');
    expect(mails.filter((m) => m.text.includes('The operator did not answer in time'))).toHaveLength(1);
    expect(mails.some((m) => m.text.includes('đơn vị điều hành trả lời trước 10:00 25/11/2026'))).toBe(true);
  });

  it("stops at the slot's booking cut-off, and refuses a confirmation once the time is over", async () => {
    const b = await paidBooking(near, 'minh@deadline.test');
    const cutoff = new Date(T0.getTime() + 24 * HOUR);
    expect((await viewBooking(b)).bookings[0].operatorResponseDeadline).toBe(cutoff.toISOString());
    const late = await at(cutoff).bookingActions.confirm(operator, { bookingId: b.id });
    expect(late.userErrors).toEqual([expect.objectContaining({ code: 'RESPONSE_DEADLINE_PASSED' })]);
    expect(await slotPlaces(orm, near)).toMatchObject({ held: 2, booked: 0, balanced: true });
    expect(await at(cutoff).unansweredBookings.declineOverdue()).toBe(1);
    expect(await slotPlaces(orm, near)).toMatchObject({ held: 0, booked: 0, balanced: true });
  });

  it('leaves alone a booking the operator confirmed just before the deadline', async () => {
    const b = await paidBooking(raceSlot, 'hoa@deadline.test');
    const deadline = new Date(T0.getTime() + 48 * HOUR);
    expect((await at(new Date(deadline.getTime() - 1_000)).bookingActions.confirm(operator, { bookingId: b.id })).userErrors).toEqual([]);
    expect(await at(deadline).unansweredBookings.declineOverdue()).toBe(0);
    expect((await viewBooking(b)).bookings[0]).toMatchObject({ state: 'CONFIRMED', refund: null, operatorResponseDeadline: null });
    expect(await events(b.id)).toEqual(['BOOKING_AWAITING_OPERATOR', 'BOOKING_CONFIRMED']);
  });

  it('lets one of an operator confirming and the job racing win, never both', async () => {
    const before = await slotPlaces(orm, raceSlot);
    const racing = [];
    for (let k = 0; k < 6; k++) racing.push(await paidBooking(raceSlot, `race${k}@deadline.test`, 1));
    const deadline = new Date(T0.getTime() + 48 * HOUR);
    // The operator answers one second before the deadline while the job runs at it: the two transactions overlap.
    const [declined, ...confirms] = await Promise.all([
      at(deadline).unansweredBookings.declineOverdue(),
      ...racing.map((b) => at(new Date(deadline.getTime() - 1_000)).bookingActions.confirm(operator, { bookingId: b.id })),
    ]);
    const confirmed = confirms.filter((r) => r.userErrors.length === 0).length;
    expect(confirmed + declined).toBe(racing.length);
    for (const [k, b] of racing.entries()) {
      const state = (await viewBooking(b)).bookings[0].state;
      expect(state).toBe(confirms[k]!.userErrors.length === 0 ? 'CONFIRMED' : 'DECLINED');
      if (state === 'DECLINED') expect(confirms[k]!.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
      expect(await events(b.id)).toEqual(['BOOKING_AWAITING_OPERATOR', state === 'CONFIRMED' ? 'BOOKING_CONFIRMED' : 'BOOKING_CANCELLED']);
    }
    expect(await slotPlaces(orm, raceSlot)).toMatchObject({ held: before.held, booked: before.booked + confirmed, balanced: true });
  });
});
