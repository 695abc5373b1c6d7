import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { CART_COOKIE } from '../../http/session-cookie.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { approvedOperator, experienceWithSlots, slotPlaces } from '../../test/bookings.js';
import { testDatabase } from '../../test/database.js';
import { addTestCommune, variantIdOf } from '../../test/orders.js';
import { createRoleWorld, type RoleWorld } from '../../test/roles.js';

const { orm } = await testDatabase();
const HOUR = 3_600_000;
let now = new Date('2026-11-23T03:00:00Z');
const api = await testApi(orm, { now: () => now });
let world: RoleWorld;
/** Slots of an INSTANT experience of operator O (24 h cut-off of bookings: 2, free cancellation: 48 h). */
let instant: { slotIds: string[] };
let onRequest: { slotIds: string[] };
let otherOperatorSlot: string;
let honey: string;
const inDays = (days: number) => new Date(now.getTime() + days * 24 * HOUR);

const CART_FIELDS = `subtotal { amount } bookingsSubtotal { amount } requiresShipping
  bookings { id slotId experienceName startsAt people seats remaining problem total { amount } units { unitType quantity seatsEach unitPrice { amount } lineTotal { amount } } }`;
const ADD = `mutation ($input: CartBookingAddInput!) { cartBookingAdd(input: $input) { cart { ${CART_FIELDS} } userErrors { field code message } } }`;
const BOOKING_FIELDS = `id state paid seats experienceName startsAt slotStartsAt slotChanged slotClosed cancellable cancellationDeadline orderNumber
  total { amount } refund { amount { amount } route } cancelledBy cancelReason units { unitType quantity unitPrice { amount } }`;
const PLACE = `mutation ($input: CheckoutPlaceInput!) { checkoutPlace(input: $input) {
  accessToken order { number total { amount } subtotal { amount } bookingsTotal { amount } shipping { amount } shippingAddress { streetLine }
    payment { state method } subOrders { state } bookings { ${BOOKING_FIELDS} } }
  userErrors { field code message } } }`;
const CANCEL = `mutation ($input: BookingCancelInput!) { bookingCancel(input: $input) { booking { ${BOOKING_FIELDS} } userErrors { field code message } } }`;
const units = (adults: number, children = 0) => [{ unitType: 'ADULT', quantity: adults }, ...(children ? [{ unitType: 'CHILD', quantity: children }] : [])];
const slot = (id: string) => toGlobalId('ExperienceSlot', id);

function cookieOf(headers: Headers): string | undefined {
  return headers.getSetCookie().find((c) => c.startsWith(`${CART_COOKIE.development}=`))?.split(';')[0];
}

function placeInput(overrides: Record<string, unknown> = {}) {
  return { idempotencyKey: `key-${Math.random().toString(36).slice(2)}`, email: 'mai@bookings.test', phone: '0912 345 678', contactName: 'Nguyễn Thị Mai', paymentMethod: 'BANK_TRANSFER', ...overrides };
}
const ADDRESS = { recipientName: 'Nguyễn Thị Mai', phone: '0987654321', provinceId: toGlobalId('Province', 'prv_01'), communeId: toGlobalId('Commune', 'cmn_test_01'), streetLine: '12 Hàng Bạc' };

/** A guest books a slot and checks out; returns the placed order and the link secret. */
async function guestBooks(slotId: string, party = units(2), input: Record<string, unknown> = {}) {
  const added = await api.gql(ADD, { input: { slotId: slot(slotId), units: party } });
  expect(added.data!.cartBookingAdd.userErrors).toEqual([]);
  const cookie = cookieOf(added.headers)!;
  const res = await api.gql(PLACE, { input: placeInput(input) }, { headers: { cookie } });
  if (!res.data?.checkoutPlace.order) throw new Error(JSON.stringify(res.errors ?? res.data?.checkoutPlace.userErrors));
  return { order: res.data.checkoutPlace.order, accessToken: res.data.checkoutPlace.accessToken as string, bookingId: res.data.checkoutPlace.order.bookings[0]?.id as string };
}

const orderId = async (number: string) => (await rows<{ id: string }>(orm.em.fork(), `select id from shop_order where number = ?`, [number]))[0]!.id;
const pay = async (number: string) => {
  const [o] = await rows<{ id: string; total: number }>(orm.em.fork(), `select id, total_amount::float8 as total from shop_order where number = ?`, [number]);
  expect(await api.services().orderPayments.receive(o!.id, o!.total, 'manual:test')).toBe('PAID');
};

beforeAll(async () => {
  world = await createRoleWorld(orm, api, {
    catalogue: (builder, { a }) => {
      addTestCommune(builder);
      honey = variantIdOf(builder.product('Mật ong bạc hà', a, { variants: [{ label: 'chai 500 ml', price: 180_000, stock: 50 }] }).id);
    },
  });
  const o = world.operators.o.id;
  instant = await experienceWithSlots(orm, o, {
    name: 'Hái chè Shan tuyết', bookingCutoffHours: 24, freeCancellationHours: 48, maxPartySize: 6,
    slots: [
      { startsAt: inDays(5), capacity: 10 }, { startsAt: inDays(6), capacity: 10 }, { startsAt: inDays(7), capacity: 3 },
      { startsAt: new Date(now.getTime() - HOUR), capacity: 10 }, { startsAt: inDays(8), capacity: 10, closed: true },
      { startsAt: new Date(now.getTime() + 12 * HOUR), capacity: 10 }, { startsAt: inDays(9), capacity: 10 }, { startsAt: inDays(10), capacity: 10 },
      { startsAt: inDays(11), capacity: 10 },
    ],
  });
  onRequest = await experienceWithSlots(orm, o, { name: 'Nấu cỗ Mường', confirmation: 'ON_REQUEST', freeCancellationHours: 24, slots: [{ startsAt: inDays(5), capacity: 8 }] });
  otherOperatorSlot = (await experienceWithSlots(orm, await approvedOperator(orm), { slots: [{ startsAt: inDays(5), capacity: 8 }] })).slotIds[0]!;
});

describe('cartBookingAdd', () => {
  it('adds a booking priced from the database with the places left, holding none', async () => {
    const res = await api.gql(ADD, { input: { slotId: slot(instant.slotIds[0]!), units: [...units(2, 1), { unitType: 'INFANT', quantity: 0 }] } });
    expect(res.data!.cartBookingAdd.userErrors).toEqual([]);
    const cart = res.data!.cartBookingAdd.cart;
    expect(cart).toMatchObject({ subtotal: { amount: 380_000 }, bookingsSubtotal: { amount: 380_000 }, requiresShipping: false });
    expect(cart.bookings).toEqual([expect.objectContaining({
      experienceName: 'Hái chè Shan tuyết', people: 3, seats: 3, remaining: 10, problem: null, total: { amount: 380_000 },
      units: [
        { unitType: 'ADULT', quantity: 2, seatsEach: 1, unitPrice: { amount: 150_000 }, lineTotal: { amount: 300_000 } },
        { unitType: 'CHILD', quantity: 1, seatsEach: 1, unitPrice: { amount: 80_000 }, lineTotal: { amount: 80_000 } },
      ],
    })]);
    expect(await slotPlaces(orm, instant.slotIds[0]!)).toMatchObject({ held: 0, booked: 0 });
  });

  it('answers every rule with its code and writes nothing', async () => {
    await rows(orm.em.fork(), `update experience_slot set booked = 2 where id = ?`, [instant.slotIds[2]]);
    const cases: [string, unknown[], string, string][] = [
      [toGlobalId('ExperienceSlot', 'slt_nope'), units(1), 'SLOT_NOT_FOUND', 'slotId'],
      [slot(otherOperatorSlot.replace('slt', 'xxx')), units(1), 'SLOT_NOT_FOUND', 'slotId'],
      [slot(instant.slotIds[3]!), units(1), 'SLOT_IN_PAST', 'slotId'],
      [slot(instant.slotIds[4]!), units(1), 'SLOT_CLOSED', 'slotId'],
      [slot(instant.slotIds[5]!), units(1), 'BOOKING_CUTOFF_PASSED', 'slotId'],
      [slot(instant.slotIds[0]!), [{ unitType: 'ADULT', quantity: 0 }], 'PARTY_SIZE_INVALID', 'units'],
      [slot(instant.slotIds[0]!), [], 'PARTY_SIZE_INVALID', 'units'],
      [slot(instant.slotIds[0]!), units(7), 'PARTY_SIZE_INVALID', 'units'],
      [slot(instant.slotIds[2]!), units(4), 'PARTY_SIZE_INVALID', 'units'],
      [slot(instant.slotIds[0]!), [{ unitType: 'ADULT', quantity: 1.5 }], 'PARTY_SIZE_INVALID', 'units'],
      [slot(instant.slotIds[0]!), [{ unitType: 'ADULT', quantity: -1 }], 'PARTY_SIZE_INVALID', 'units'],
      [slot(instant.slotIds[0]!), [{ unitType: 'SENIOR', quantity: 1 }], 'UNIT_TYPE_NOT_OFFERED', 'units'],
      [slot(instant.slotIds[2]!), units(2), 'CAPACITY_EXCEEDED', 'units'],
    ];
    const [before] = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from cart_booking`);
    for (const [slotId, party, code, field] of cases) {
      const res = await api.gql(ADD, { input: { slotId, units: party } });
      expect(res.data!.cartBookingAdd, `${code} ${JSON.stringify(party)}`).toMatchObject({ cart: null, userErrors: [{ code, field: ['input', field] }] });
      expect(cookieOf(res.headers)).toBeUndefined();
    }
    const [after] = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from cart_booking`);
    expect(after!.n).toBe(before!.n);
    await rows(orm.em.fork(), `update experience_slot set booked = 0 where id = ?`, [instant.slotIds[2]]);
  });

  it('keeps a guest booking through the login merge, and removes it', async () => {
    const added = await api.gql(ADD, { input: { slotId: slot(instant.slotIds[1]!), units: units(1) } });
    const cookie = cookieOf(added.headers)!;
    const token = decodeURIComponent(cookie.split('=')[1]!);
    await api.services().cart.mergeGuestCart(token, world.users.shopper.userId);
    const shopper = world.gqlAs('shopper');
    const cart = (await shopper(`{ cart { bookings { id seats } } }`)).data!.cart;
    expect(cart.bookings).toEqual([expect.objectContaining({ seats: 1 })]);
    const removed = await shopper(`mutation ($input: CartBookingRemoveInput!) { cartBookingRemove(input: $input) { cart { bookings { id } } userErrors { code } } }`, {
      input: { cartBookingId: cart.bookings[0].id },
    });
    expect(removed.data!.cartBookingRemove).toEqual({ cart: { bookings: [] }, userErrors: [] });
  });
});

describe('checkout with bookings', () => {
  it('places a booking-only order without an address, holding the places until paid, then confirms it', async () => {
    const { order, accessToken } = await guestBooks(instant.slotIds[0]!, units(2, 1));
    expect(accessToken).toBeTruthy();
    expect(order).toMatchObject({ subtotal: { amount: 0 }, shipping: { amount: 0 }, bookingsTotal: { amount: 380_000 }, total: { amount: 380_000 }, shippingAddress: null, subOrders: [], payment: { state: 'PENDING' } });
    expect(order.bookings).toEqual([expect.objectContaining({ state: 'PENDING_PAYMENT', paid: false, seats: 3, experienceName: 'Hái chè Shan tuyết', orderNumber: order.number, slotChanged: false, cancellable: true })]);
    expect(await slotPlaces(orm, instant.slotIds[0]!)).toEqual({ capacity: 10, held: 3, booked: 0, remaining: 7, balanced: true });
    await pay(order.number);
    const viewed = (await api.gql(`query ($n: String!, $t: String) { order(number: $n, accessToken: $t) { payment { state } bookings { state paid } } }`, { n: order.number, t: accessToken })).data!.order;
    expect(viewed).toEqual({ payment: { state: 'SUCCEEDED' }, bookings: [{ state: 'CONFIRMED', paid: true }] });
    expect(await slotPlaces(orm, instant.slotIds[0]!)).toEqual({ capacity: 10, held: 0, booked: 3, remaining: 7, balanced: true });
    await api.services().orderMail.dispatchPending();
    const mails = await rows<{ subject: string; text: string }>(orm.em.fork(), `select subject, text from dev_mail where to_address = 'mai@bookings.test' and subject like '%xác nhận%'`);
    expect(mails.some((m) => m.text.includes('Hái chè Shan tuyết') && m.text.includes('2 ADULT, 1 CHILD'))).toBe(true);
  });

  it('pays a mixed cart (product + booking) by VietQR: the sub-order and the booking both confirmed', async () => {
    const added = await api.gql(`mutation ($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { userErrors { code } } }`, {
      input: { lines: [{ variantId: toGlobalId('ProductVariant', honey), quantity: 1 }] },
    });
    const cookie = cookieOf(added.headers)!;
    await api.gql(ADD, { input: { slotId: slot(instant.slotIds[1]!), units: units(2) } }, { headers: { cookie } });
    const noAddress = await api.gql(PLACE, { input: placeInput() }, { headers: { cookie } });
    expect(noAddress.data!.checkoutPlace.userErrors).toEqual([expect.objectContaining({ code: 'ADDRESS_REQUIRED' })]);
    const res = await api.gql(PLACE, { input: placeInput({ shippingAddress: ADDRESS }) }, { headers: { cookie } });
    const order = res.data!.checkoutPlace.order;
    // Hà Nội STANDARD delivery 22.000 ₫ for the honey; the booking ships nothing.
    expect(order).toMatchObject({ subtotal: { amount: 180_000 }, shipping: { amount: 22_000 }, bookingsTotal: { amount: 300_000 }, total: { amount: 502_000 } });
    const qr = (await api.gql(`query ($n: String!, $t: String) { order(number: $n, accessToken: $t) { payment { bankTransfer { amount { amount } memo } } } }`, { n: order.number, t: res.data!.checkoutPlace.accessToken })).data!.order;
    expect(qr.payment.bankTransfer).toEqual({ amount: { amount: 502_000 }, memo: order.number });
    await pay(order.number);
    const paid = (await api.gql(`query ($n: String!, $t: String) { order(number: $n, accessToken: $t) { subOrders { state } bookings { state } } }`, { n: order.number, t: res.data!.checkoutPlace.accessToken })).data!.order;
    expect(paid).toEqual({ subOrders: [{ state: 'PAID' }], bookings: [{ state: 'CONFIRMED' }] });
  });

  it("asks a booking-only order for the shopper's name, and shows it to the operator", async () => {
    const added = await api.gql(ADD, { input: { slotId: slot(instant.slotIds[8]!), units: units(1) } });
    const cookie = cookieOf(added.headers)!;
    const nameless = await api.gql(PLACE, { input: placeInput({ contactName: '  ' }) }, { headers: { cookie } });
    expect(nameless.data!.checkoutPlace.userErrors).toEqual([expect.objectContaining({ field: ['input', 'contactName'], code: 'NAME_REQUIRED' })]);
    expect(await slotPlaces(orm, instant.slotIds[8]!)).toMatchObject({ held: 0, balanced: true });
    const res = await api.gql(PLACE.replace('order { number', 'order { contactName number'), { input: placeInput({ contactName: ' Lê Thị Hồng ', paymentMethod: 'COD' }) }, { headers: { cookie } });
    expect(res.data!.checkoutPlace.order.contactName).toBe('Lê Thị Hồng');
    const calendar = await world.gqlAs('operator')(
      `query ($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { operatorBookings(operatorId: $id, from: $from, to: $to) { days { slots { bookings { orderNumber customer { name } } } } } }`,
      { id: toGlobalId('TourismOperator', world.operators.o.id), from: inDays(10.5).toISOString(), to: inDays(11.5).toISOString() },
    );
    const shown = calendar.data!.operatorBookings.days.flatMap((d: any) => d.slots.flatMap((s: any) => s.bookings));
    expect(shown).toContainEqual({ orderNumber: res.data!.checkoutPlace.order.number, customer: { name: 'Lê Thị Hồng' } });
  });

  it('confirms "pay at the point" (cash) bookings at placement', async () => {
    const { order } = await guestBooks(instant.slotIds[6]!, units(1), { paymentMethod: 'COD' });
    expect(order.bookings[0]).toMatchObject({ state: 'CONFIRMED', paid: false });
    expect(await slotPlaces(orm, instant.slotIds[6]!)).toMatchObject({ held: 0, booked: 1, balanced: true });
  });

  it('refuses a booking whose slot was closed since it was added, placing nothing', async () => {
    const added = await api.gql(ADD, { input: { slotId: slot(instant.slotIds[7]!), units: units(1) } });
    const cookie = cookieOf(added.headers)!;
    await rows(orm.em.fork(), `update experience_slot set closed_at = now() where id = ?`, [instant.slotIds[7]]);
    try {
      const res = await api.gql(PLACE, { input: placeInput() }, { headers: { cookie } });
      expect(res.data!.checkoutPlace).toMatchObject({ order: null, userErrors: [{ code: 'SLOT_CLOSED', field: ['input', 'bookings', '0'] }] });
    } finally {
      await rows(orm.em.fork(), `update experience_slot set closed_at = null where id = ?`, [instant.slotIds[7]]);
    }
  });
});

describe('cancellation', () => {
  it('lets the shopper cancel free before the deadline: places back, the paid amount to refund by hand', async () => {
    const { order, accessToken, bookingId } = await guestBooks(instant.slotIds[1]!, units(2));
    await pay(order.number);
    const before = await slotPlaces(orm, instant.slotIds[1]!);
    expect((await api.gql(CANCEL, { input: { bookingId } })).data!.bookingCancel.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await world.gqlAs('producerB')(CANCEL, { input: { bookingId } })).data!.bookingCancel.userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const res = await api.gql(CANCEL, { input: { bookingId, accessToken } });
    expect(res.data!.bookingCancel.userErrors).toEqual([]);
    expect(res.data!.bookingCancel.booking).toMatchObject({ state: 'CANCELLED', cancelledBy: 'SHOPPER', refund: { amount: { amount: 300_000 }, route: 'BY_HAND' }, cancellable: false });
    expect(await slotPlaces(orm, instant.slotIds[1]!)).toMatchObject({ booked: before.booked - 2, balanced: true });
    const [payment] = await rows<{ state: string }>(orm.em.fork(), `select state from payment where order_id = ?`, [await orderId(order.number)]);
    expect(payment!.state).toBe('REFUNDED');
    expect((await api.gql(CANCEL, { input: { bookingId, accessToken } })).data!.bookingCancel.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
  });

  it('answers CANCELLATION_WINDOW_CLOSED after the free-cancellation cut-off and changes nothing', async () => {
    const { order, accessToken, bookingId } = await guestBooks(instant.slotIds[0]!, units(1));
    await pay(order.number);
    const places = await slotPlaces(orm, instant.slotIds[0]!);
    const saved = now;
    now = new Date(inDays(5).getTime() - 47 * HOUR);
    try {
      const res = await api.gql(CANCEL, { input: { bookingId, accessToken } });
      expect(res.data!.bookingCancel).toMatchObject({ booking: null, userErrors: [{ code: 'CANCELLATION_WINDOW_CLOSED' }] });
      const shown = (await api.gql(`query ($n: String!, $t: String) { order(number: $n, accessToken: $t) { bookings { state cancellable cancellationDeadline } } }`, { n: order.number, t: accessToken })).data!.order;
      expect(shown.bookings).toEqual([{ state: 'CONFIRMED', cancellable: false, cancellationDeadline: new Date(saved.getTime() + 5 * 24 * HOUR - 48 * HOUR).toISOString() }]);
      expect(await slotPlaces(orm, instant.slotIds[0]!)).toEqual(places);
    } finally {
      now = saved;
    }
  });

  it('lets the shopper cancel free at any time once the operator moved or closed the slot', async () => {
    for (const change of [`starts_at = starts_at + interval '2 hours', ends_at = ends_at + interval '2 hours'`, `closed_at = now(), close_reason = 'Sạt lở đường'`]) {
      const { order, accessToken, bookingId } = await guestBooks(instant.slotIds[6]!, units(1));
      await pay(order.number);
      await rows(orm.em.fork(), `update experience_slot set ${change} where id = ?`, [instant.slotIds[6]]);
      const saved = now;
      now = new Date(inDays(9).getTime() - HOUR);
      try {
        const shown = (await api.gql(`query ($n: String!, $t: String) { order(number: $n, accessToken: $t) { bookings { startsAt slotChanged cancellable } } }`, { n: order.number, t: accessToken })).data!.order;
        expect(shown.bookings).toEqual([{ startsAt: new Date(saved.getTime() + 9 * 24 * HOUR).toISOString(), slotChanged: true, cancellable: true }]);
        const res = await api.gql(CANCEL, { input: { bookingId, accessToken } });
        expect(res.data!.bookingCancel.userErrors).toEqual([]);
        expect(res.data!.bookingCancel.booking).toMatchObject({ state: 'CANCELLED', slotChanged: true });
      } finally {
        now = saved;
        await rows(orm.em.fork(), `update experience_slot set starts_at = ?, ends_at = ?, closed_at = null, close_reason = null where id = ?`, [inDays(9), new Date(inDays(9).getTime() + 3 * HOUR), instant.slotIds[6]]);
      }
      expect(await slotPlaces(orm, instant.slotIds[6]!)).toMatchObject({ balanced: true });
    }
    // Closing a slot never deletes its bookings.
    const [kept] = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from booking where slot_id = ?`, [instant.slotIds[6]]);
    expect(kept!.n).toBe(3);
  });
});

describe('operator', () => {
  const OP = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { booking { ${BOOKING_FIELDS} customer { email phone } } userErrors { field code message } } }`;

  it('confirms or declines paid on-request bookings (declined: places back, refund recorded)', async () => {
    const first = await guestBooks(onRequest.slotIds[0]!, units(2));
    const second = await guestBooks(onRequest.slotIds[0]!, units(3));
    await pay(first.order.number);
    await pay(second.order.number);
    expect(await slotPlaces(orm, onRequest.slotIds[0]!)).toEqual({ capacity: 8, held: 5, booked: 0, remaining: 3, balanced: true });
    const operator = world.gqlAs('operator');
    const confirmed = await operator(OP('bookingConfirm', 'BookingConfirmInput'), { input: { bookingId: first.bookingId } });
    expect(confirmed.data!.bookingConfirm.booking).toMatchObject({ state: 'CONFIRMED', customer: { email: 'mai@bookings.test', phone: '0912345678' } });
    expect((await operator(OP('bookingConfirm', 'BookingConfirmInput'), { input: { bookingId: first.bookingId } })).data!.bookingConfirm.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    expect((await operator(OP('bookingDecline', 'BookingReasonInput'), { input: { bookingId: second.bookingId, reason: ' ' } })).data!.bookingDecline.userErrors).toEqual([expect.objectContaining({ code: 'REASON_REQUIRED' })]);
    const declined = await operator(OP('bookingDecline', 'BookingReasonInput'), { input: { bookingId: second.bookingId, reason: 'Nhà bếp bận cỗ cưới' } });
    expect(declined.data!.bookingDecline.booking).toMatchObject({ state: 'DECLINED', cancelReason: 'Nhà bếp bận cỗ cưới', refund: { amount: { amount: 450_000 }, route: 'BY_HAND' } });
    expect(await slotPlaces(orm, onRequest.slotIds[0]!)).toEqual({ capacity: 8, held: 0, booked: 2, remaining: 6, balanced: true });
    // Another operator's member may not act on it.
    const other = await world.gqlAs('producerA')(OP('bookingConfirm', 'BookingConfirmInput'), { input: { bookingId: first.bookingId } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('completes a confirmed booking once its slot has started: a cash booking is paid at the point then', async () => {
    const { order, bookingId } = await guestBooks(instant.slotIds[6]!, units(2), { paymentMethod: 'COD' });
    const operator = world.gqlAs('operator');
    const COMPLETE = OP('bookingComplete', 'BookingConfirmInput');
    const paymentState = async () => (await rows<{ state: string }>(orm.em.fork(), `select state from payment where order_id = ?`, [await orderId(order.number)]))[0]!.state;
    const early = await operator(COMPLETE, { input: { bookingId } });
    expect(early.data!.bookingComplete.userErrors).toEqual([expect.objectContaining({ field: ['input', 'bookingId'], code: 'NOT_STARTED' })]);
    expect(await paymentState()).toBe('PENDING');
    const other = await world.gqlAs('producerA')(COMPLETE, { input: { bookingId } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const saved = now;
    now = new Date(inDays(9).getTime() + HOUR);
    try {
      const done = await operator(COMPLETE, { input: { bookingId } });
      expect(done.data!.bookingComplete.userErrors).toEqual([]);
      expect(done.data!.bookingComplete.booking).toMatchObject({ state: 'COMPLETED', paid: true });
      expect(await paymentState()).toBe('SUCCEEDED');
      // The slot was used: its places stay booked; a second completion is refused.
      expect(await slotPlaces(orm, instant.slotIds[6]!)).toMatchObject({ held: 0, balanced: true });
      const again = await operator(COMPLETE, { input: { bookingId } });
      expect(again.data!.bookingComplete.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    } finally {
      now = saved;
    }
  });

  it("cancels any live booking with a reason, and sees its calendar by day with counts (members only)", async () => {
    const { bookingId } = await guestBooks(instant.slotIds[7]!, units(2), { paymentMethod: 'COD' });
    const operator = world.gqlAs('operator');
    const cancelled = await operator(OP('bookingOperatorCancel', 'BookingReasonInput'), { input: { bookingId, reason: 'Đường vào bản sạt lở' } });
    expect(cancelled.data!.bookingOperatorCancel.booking).toMatchObject({ state: 'CANCELLED', cancelledBy: 'OPERATOR', refund: null });
    await guestBooks(instant.slotIds[7]!, units(1));
    const CAL = `query ($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) { operatorBookings(operatorId: $id, from: $from, to: $to) {
      days { date slots { experienceName capacity held booked remaining closed liveBookings awaitingOperator bookings { state seats customer { email } } } } } }`;
    const vars = { id: toGlobalId('TourismOperator', world.operators.o.id), from: inDays(10).toISOString(), to: inDays(11).toISOString() };
    const cal = await operator(CAL, vars);
    expect(cal.errors).toBeUndefined();
    expect(cal.data!.operatorBookings.days).toEqual([
      { date: '2026-12-03', slots: [{
        experienceName: 'Hái chè Shan tuyết', capacity: 10, held: 1, booked: 0, remaining: 9, closed: false, liveBookings: 1, awaitingOperator: 0,
        bookings: [{ state: 'CANCELLED', seats: 2, customer: { email: 'mai@bookings.test' } }, { state: 'PENDING_PAYMENT', seats: 1, customer: { email: 'mai@bookings.test' } }],
      }] },
    ]);
    expect((await world.gqlAs('shopper')(CAL, vars)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await world.gqlAs('admin')(CAL, vars)).errors).toBeUndefined();
  });
});

describe('my bookings', () => {
  it("lists the signed-in shopper's bookings, newest first", async () => {
    const shopper = world.gqlAs('shopper');
    await shopper(ADD, { input: { slotId: slot(instant.slotIds[7]!), units: units(1) } });
    const placed = await shopper(PLACE, { input: placeInput({ email: 'shopper@matrix.test' }) });
    expect(placed.data!.checkoutPlace.userErrors).toEqual([]);
    const mine = await shopper(`{ viewer { bookings(first: 5) { totalCount nodes { experienceName seats state orderNumber } } } }`);
    expect(mine.data!.viewer.bookings).toEqual({ totalCount: 1, nodes: [{ experienceName: 'Hái chè Shan tuyết', seats: 1, state: 'PENDING_PAYMENT', orderNumber: placed.data!.checkoutPlace.order.number }] });
  });
});
