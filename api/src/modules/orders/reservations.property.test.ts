import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../lib/sql.js';
import { approvedOperator, experienceWithSlots } from '../../test/bookings.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder, province } from '../../test/fixtures.js';
import { addTestCommune, checkoutInput, variantIdOf } from '../../test/orders.js';
import type { Viewer } from '../accounts/viewer.js';
import { isLive, type BookingState } from '../bookings/booking-states.js';
import { DEFAULT_PAYMENT_SETTINGS } from '../payments/payment-port.js';
import { createServices, defaultServiceDeps } from '../services.js';
import { canMove, type PaymentMethod, type SubOrderState } from './order-states.js';

/**
 * Reservation invariants over random command sequences, on the real services and PostgreSQL:
 * checkout (reserve units, hold places), payment received, time passing and the hold job (expire),
 * producers' cancels, refunds and fulfilment, bookings cancelled, confirmed and declined. After every
 * command the stock buckets and the slots' places agree with the orders and bookings in the database,
 * no bucket is negative, nothing is created or lost (on_hand constant), no slot is overbooked, and
 * every order's money adds up in integer đồng. Runs share one database, so later runs start from the
 * histories of earlier ones (sold-out variants and full slots included).
 */
const { orm } = await testDatabase();

const PRICES = [45_000, 120_000, 99_000, 250_000, 18_500, 1_350_000];
const STOCK = 40;
const ADULT = 150_000;
const FAMILY = 390_000;
let clock = new Date('2026-11-20T03:00:00Z');
const deps = () => ({ ...defaultServiceDeps(), now: () => clock });
const services = () => createServices(orm.em.fork(), deps());

const builder = new CatalogueBuilder();
addTestCommune(builder);
const producers = [builder.producer('HTX Chè Tân Cương', province.current('01')), builder.producer('HTX Mè Xửng Huế', province.current('46'))];
const variantIds = PRICES.map((price, k) => variantIdOf(builder.product(`Sản phẩm ${k}`, producers[k % 2]!, { variants: [{ label: 'hộp', price, stock: STOCK }] }).id));
let slotIds: string[] = [];
let capacity = new Map<string, number>();
let admin: Viewer;

beforeAll(async () => {
  await builder.write(orm);
  const operator = await approvedOperator(orm);
  const start = (days: number) => new Date(clock.getTime() + days * 86_400_000);
  const prices = [{ unitType: 'ADULT', amount: ADULT }, { unitType: 'FAMILY', amount: FAMILY, seats: 3 }];
  const instant = await experienceWithSlots(orm, operator, { confirmation: 'INSTANT', maxPartySize: 6, prices, slots: [{ startsAt: start(30), capacity: 10 }, { startsAt: start(31), capacity: 7 }] });
  const onRequest = await experienceWithSlots(orm, operator, { confirmation: 'ON_REQUEST', maxPartySize: 6, prices, slots: [{ startsAt: start(32), capacity: 9 }, { startsAt: start(33), capacity: 6 }] });
  slotIds = [...instant.slotIds, ...onRequest.slotIds];
  capacity = new Map(slotIds.map((id, k) => [id, [10, 7, 9, 6][k]!]));
  const s = services();
  const signed = await s.accounts.signUp({ email: 'quantri@reservations.test', password: 'nuoc-mam-phu-quoc-40' });
  await s.roles.grantAdminUnchecked(signed.viewer!.userId);
  admin = { userId: signed.viewer!.userId, email: signed.viewer!.email, emailVerifiedAt: null, roles: await s.accounts.rolesOf(signed.viewer!.userId) };
});

// ---- commands -------------------------------------------------------------------------------

type Command =
  | { kind: 'checkout'; lines: { variant: number; quantity: number }[]; bookings: { slot: number; adults: number; families: number }[]; method: PaymentMethod }
  | { kind: 'retryCheckout'; order: number }
  | { kind: 'pay'; order: number }
  | { kind: 'wait'; minutes: number }
  | { kind: 'releaseHolds' }
  | { kind: 'subOrder'; action: 'cancel' | 'refund' | 'refundRestock' | 'advance'; steps: number; order: number; sub: number }
  | { kind: 'booking'; action: 'shopperCancel' | 'operatorCancel' | 'confirm' | 'decline'; order: number; booking: number };

const index = fc.nat({ max: 50 });
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('checkout' as const),
      lines: fc.array(fc.record({ variant: fc.nat({ max: PRICES.length - 1 }), quantity: fc.integer({ min: 1, max: 6 }) }), { maxLength: 3 }),
      bookings: fc.array(fc.record({ slot: fc.nat({ max: 3 }), adults: fc.nat({ max: 4 }), families: fc.nat({ max: 1 }) }), { maxLength: 2 }),
      method: fc.constantFrom<PaymentMethod>('COD', 'BANK_TRANSFER', 'BANK_TRANSFER'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retryCheckout' as const), order: index }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('pay' as const), order: index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('wait' as const), minutes: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'releaseHolds' as const }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('subOrder' as const), action: fc.constantFrom('cancel', 'refund', 'refundRestock', 'advance', 'advance'), steps: fc.integer({ min: 1, max: 3 }), order: index, sub: index }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('booking' as const), action: fc.constantFrom('shopperCancel', 'operatorCancel', 'confirm', 'decline'), order: index, booking: index }) },
);

// ---- what the test remembers (the database holds the rest) ------------------------------------

interface Placed {
  orderId: string;
  cartToken: string;
  accessToken: string;
  input: ReturnType<typeof checkoutInput>;
}
const placed: Placed[] = [];
/** Sub-orders refunded without their units coming back (goods shipped and kept): those units stay sold. */
const refundedKeepingUnits = new Set<string>();

const SOLD_STATES: SubOrderState[] = ['PAID', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED'];

async function stockOf(ids: string[]) {
  return rows<{ id: string; stock: number; reserved: number; sold: number; onHand: number }>(
    orm.em.fork(), `select id, stock, reserved, sold, on_hand as "onHand" from product_variant where id = any(?) order by id`, [ids],
  );
}

async function slotsNow() {
  return rows<{ id: string; held: number; booked: number; capacity: number }>(orm.em.fork(), `select id, held, booked, capacity from experience_slot where id = any(?)`, [slotIds]);
}

// ---- invariants -------------------------------------------------------------------------------

async function assertInvariants(after: string) {
  const em = orm.em.fork();
  // Stock: buckets never negative, on_hand as stocked, reserved/sold exactly what the sub-orders hold.
  const lines = await rows<{ subOrderId: string; variantId: string; quantity: number; state: SubOrderState }>(
    em,
    `select l.sub_order_id as "subOrderId", l.variant_id as "variantId", l.quantity, s.state from order_line l join sub_order s on s.id = l.sub_order_id`,
  );
  for (const v of await stockOf(variantIds)) {
    const mine = lines.filter((l) => l.variantId === v.id);
    const reserved = mine.filter((l) => l.state === 'PENDING_PAYMENT').reduce((n, l) => n + l.quantity, 0);
    const sold = mine
      .filter((l) => SOLD_STATES.includes(l.state) || (l.state === 'REFUNDED' && refundedKeepingUnits.has(l.subOrderId)))
      .reduce((n, l) => n + l.quantity, 0);
    expect({ after, variant: v.id, ...v }).toEqual({ after, variant: v.id, id: v.id, stock: STOCK - reserved - sold, reserved, sold, onHand: STOCK });
    expect(v.stock, after).toBeGreaterThanOrEqual(0);
  }

  // Places: held = seats of bookings awaiting payment or the operator, booked = confirmed ones, within capacity.
  const bookings = await rows<{ orderId: string; slotId: string; seats: number; state: BookingState }>(em, `select order_id as "orderId", slot_id as "slotId", seats, state from booking`);
  for (const s of await slotsNow()) {
    const mine = bookings.filter((b) => b.slotId === s.id);
    const held = mine.filter((b) => b.state === 'PENDING_PAYMENT' || b.state === 'AWAITING_OPERATOR').reduce((n, b) => n + b.seats, 0);
    const booked = mine.filter((b) => b.state === 'CONFIRMED').reduce((n, b) => n + b.seats, 0);
    expect({ after, slot: s.id, held: s.held, booked: s.booked, capacity: s.capacity }).toEqual({ after, slot: s.id, held, booked, capacity: capacity.get(s.id) });
    expect(s.held + s.booked, after).toBeLessThanOrEqual(s.capacity);
  }

  // Money: integer đồng that add up, line → sub-order → order → payment; bookings likewise.
  const orders = await rows<{ id: string; subtotal: string; shipping: string; bookings: string; total: string; paid: string; paymentState: string; holdExpiresAt: Date | null }>(
    em,
    `select o.id, o.subtotal_amount::text as subtotal, o.shipping_amount::text as shipping, o.bookings_amount::text as bookings, o.total_amount::text as total,
       p.amount::text as paid, p.state as "paymentState", o.hold_expires_at as "holdExpiresAt"
     from shop_order o join payment p on p.order_id = o.id`,
  );
  const subs = await rows<{ id: string; orderId: string; subtotal: string; shipping: string; total: string; state: SubOrderState; paid: boolean }>(
    em, `select id, order_id as "orderId", subtotal_amount::text as subtotal, shipping_amount::text as shipping, total_amount::text as total, state, paid from sub_order`,
  );
  const lineMoney = await rows<{ subOrderId: string; variantId: string; unit: string; quantity: number; total: string }>(
    em, `select sub_order_id as "subOrderId", variant_id as "variantId", unit_price_amount::text as unit, quantity, line_total_amount::text as total from order_line`,
  );
  const bookingMoney = await rows<{ id: string; orderId: string; total: string }>(em, `select id, order_id as "orderId", total_amount::text as total from booking`);
  const unitMoney = await rows<{ bookingId: string; unit: string; quantity: number; total: string }>(
    em, `select booking_id as "bookingId", unit_price_amount::text as unit, quantity, line_total_amount::text as total from booking_unit`,
  );
  const big = (s: string) => BigInt(s);
  const sum = (xs: string[]) => xs.reduce((n, x) => n + big(x), 0n);
  for (const l of lineMoney) {
    expect(big(l.total), after).toBe(big(l.unit) * BigInt(l.quantity));
    expect(Number(l.unit), after).toBe(PRICES[variantIds.indexOf(l.variantId)]);
  }
  for (const u of unitMoney) {
    expect(big(u.total), after).toBe(big(u.unit) * BigInt(u.quantity));
    expect([ADULT, FAMILY], after).toContain(Number(u.unit));
  }
  for (const b of bookingMoney) expect(big(b.total), after).toBe(sum(unitMoney.filter((u) => u.bookingId === b.id).map((u) => u.total)));
  for (const s of subs) {
    expect(big(s.subtotal), after).toBe(sum(lineMoney.filter((l) => l.subOrderId === s.id).map((l) => l.total)));
    expect(big(s.total), after).toBe(big(s.subtotal) + big(s.shipping));
    if (s.state === 'PAID') expect(s.paid, after).toBe(true);
  }
  for (const o of orders) {
    const mySubs = subs.filter((s) => s.orderId === o.id);
    const myBookings = bookingMoney.filter((b) => b.orderId === o.id);
    expect(big(o.subtotal), after).toBe(sum(mySubs.map((s) => s.subtotal)));
    expect(big(o.shipping), after).toBe(sum(mySubs.map((s) => s.shipping)));
    expect(big(o.bookings), after).toBe(sum(myBookings.map((b) => b.total)));
    expect(big(o.total), after).toBe(big(o.subtotal) + big(o.shipping) + big(o.bookings));
    expect(big(o.paid), after).toBe(big(o.total));
    for (const amount of [o.subtotal, o.shipping, o.bookings, o.total]) expect(big(amount) >= 0n, after).toBe(true);
    // Anything still awaiting the money has a payment waiting for it, with a hold that will end.
    const awaiting = mySubs.some((s) => s.state === 'PENDING_PAYMENT') || bookings.some((b) => b.orderId === o.id && b.state === 'PENDING_PAYMENT');
    if (awaiting) {
      expect(o.paymentState, `${after}: order ${o.id} awaits money`).toBe('PENDING');
      expect(o.holdExpiresAt, `${after}: order ${o.id} holds units with no end`).not.toBeNull();
    }
    if (o.paymentState === 'SUCCEEDED') {
      expect(mySubs.every((s) => s.paid || s.state === 'CANCELLED'), `${after}: paid order ${o.id} has unpaid sub-orders`).toBe(true);
    }
  }
}

// ---- running a command ------------------------------------------------------------------------

const pick = <T>(xs: T[], k: number): T | undefined => (xs.length ? xs[k % xs.length] : undefined);
/** One of the last few orders: commands act on orders of the sequence that placed them, mostly. */
const recent = (k: number): Placed | undefined => (placed.length ? placed[placed.length - 1 - (k % Math.min(placed.length, 3))] : undefined);

async function available(ids: string[]) {
  return new Map((await stockOf(ids)).map((v) => [v.id, v.stock]));
}

async function subOrderAction(p: Placed, c: Extract<Command, { kind: 'subOrder' }>): Promise<void> {
  const s = services();
  const [subs] = await s.orders.subOrdersOf([p.orderId]);
  const sub = pick(subs!, c.sub);
  if (!sub) return;
  const to: SubOrderState =
    c.action === 'cancel' ? 'CANCELLED'
      : c.action === 'advance' ? ({ PAID: 'PROCESSING', CONFIRMED: 'PROCESSING', PROCESSING: 'SHIPPED', SHIPPED: 'DELIVERED' } as Partial<Record<SubOrderState, SubOrderState>>)[sub.state] ?? 'PROCESSING'
        : 'REFUNDED';
  const f = s.fulfilment;
  const result =
    to === 'CANCELLED' ? await f.cancel(admin, { subOrderId: sub.id, reason: 'Hết hàng' })
      : to === 'REFUNDED' ? await f.refund(admin, { subOrderId: sub.id, reason: 'Khách trả hàng', restock: c.action === 'refundRestock' })
        : to === 'PROCESSING' ? await f.process(admin, sub.id)
          : to === 'SHIPPED' ? await f.ship(admin, { subOrderId: sub.id, carrier: 'GHN', trackingNumber: 'GHN123' })
            : await f.deliver(admin, sub.id);
  const allowed = canMove(sub.state, to, sub.paid);
  expect(result.userErrors.map((e) => e.code), `${sub.state} → ${to}`).toEqual(allowed ? [] : ['INVALID_TRANSITION']);
  // Units that never left come back whatever was asked; shipped ones only when restocked.
  if (allowed && to === 'REFUNDED' && c.action === 'refund' && (sub.state === 'SHIPPED' || sub.state === 'DELIVERED')) refundedKeepingUnits.add(sub.id);
}

async function run(c: Command): Promise<void> {
  const s = services();
  switch (c.kind) {
    case 'checkout': {
      let token: string | null = null;
      if (c.lines.length) {
        const added = await s.cart.linesAdd({ userId: null, token: null }, c.lines.map((l) => ({ variantId: variantIds[l.variant]!, quantity: l.quantity })));
        expect(added.userErrors).toEqual([]);
        token = added.issuedToken;
      }
      const seatsWanted = new Map<string, number>();
      for (const b of c.bookings) {
        const units = [{ unitType: 'ADULT', quantity: b.adults }, { unitType: 'FAMILY', quantity: b.families }].filter((u) => u.quantity > 0);
        const slotId = slotIds[b.slot]!;
        const added = await s.cart.bookingAdd({ userId: null, token }, { slotId, units });
        if (added.userErrors.length === 0) {
          token ??= added.issuedToken;
          seatsWanted.set(slotId, b.adults + 3 * b.families);
        }
      }
      if (!token) return;
      const wanted = new Map<string, number>();
      for (const l of c.lines) wanted.set(variantIds[l.variant]!, Math.min(999, (wanted.get(variantIds[l.variant]!) ?? 0) + l.quantity));
      const before = await available([...wanted.keys()]);
      const slotsBefore = new Map((await slotsNow()).map((x) => [x.id, x.capacity - x.held - x.booked]));
      const input = checkoutInput({ paymentMethod: c.method });
      const result = await services().checkout.place({ userId: null, token }, input);
      const enoughStock = [...wanted].every(([id, q]) => before.get(id)! >= q);
      const enoughPlaces = [...seatsWanted].every(([id, seats]) => slotsBefore.get(id)! >= seats);
      if (result.order) {
        expect(enoughStock && enoughPlaces, 'placed an order with too few units or places left').toBe(true);
        placed.push({ orderId: result.order.id, cartToken: token, accessToken: result.accessToken!, input });
      } else {
        // Refused only for want of units or places (the cart was checked when filled).
        expect(result.userErrors.map((e) => e.code).every((code) => code === 'OUT_OF_STOCK' || code === 'CAPACITY_EXCEEDED'), JSON.stringify(result.userErrors)).toBe(true);
        expect(enoughStock && enoughPlaces, 'refused an order that had units and places').toBe(false);
      }
      return;
    }
    case 'retryCheckout': {
      const p = recent(c.order);
      if (!p) return;
      const again = await s.checkout.place({ userId: null, token: p.cartToken }, p.input);
      expect(again.order?.id, 'a retry with the same key gives the same order').toBe(p.orderId);
      return;
    }
    case 'pay': {
      const p = recent(c.order);
      if (!p) return;
      const [order] = await s.orders.byIds([p.orderId]);
      const outcome = await s.orderPayments.receive(p.orderId, order!.totalAmount, 'manual:property-test');
      const expected = { PENDING: order!.paymentMethod === 'BANK_TRANSFER' ? 'PAID' : 'NOT_PENDING', SUCCEEDED: 'ALREADY_PAID', CANCELLED: 'LATE' }[order!.paymentState as string] ?? 'NOT_PENDING';
      expect(outcome).toBe(expected);
      return;
    }
    case 'wait':
      clock = new Date(clock.getTime() + c.minutes * 60_000);
      return;
    case 'releaseHolds': {
      await s.orderPayments.releaseExpiredHolds();
      const [left] = await rows<{ n: number }>(orm.em.fork(), `select count(*)::int as n from shop_order o join payment p on p.order_id = o.id where p.state = 'PENDING' and o.hold_expires_at <= ?`, [clock]);
      expect(left!.n, 'an expired hold survived the job').toBe(0);
      return;
    }
    case 'subOrder': {
      const p = recent(c.order);
      if (!p) return;
      // An advance may go several steps (process, ship, deliver), so refunds of shipped goods happen.
      for (let step = 0; step < (c.action === 'advance' ? c.steps : 1); step++) await subOrderAction(p, c);
      return;
    }
    case 'booking': {
      const p = recent(c.order);
      if (!p) return;
      const [bookings] = await s.bookings.ofOrders([p.orderId]);
      const b = pick(bookings!, c.booking);
      if (!b) return;
      const a = s.bookingActions;
      const result =
        c.action === 'shopperCancel' ? await a.cancelAsShopper(null, { bookingId: b.id, accessToken: p.accessToken })
          : c.action === 'operatorCancel' ? await a.cancelAsOperator(admin, { bookingId: b.id, reason: 'Mưa lớn' })
            : c.action === 'confirm' ? await a.confirm(admin, { bookingId: b.id })
              : await a.decline(admin, { bookingId: b.id, reason: 'Hết người dẫn' });
      const allowed = c.action === 'confirm' || c.action === 'decline' ? b.state === 'AWAITING_OPERATOR' : isLive(b.state);
      expect(result.userErrors.map((e) => e.code), `${c.action} of a ${b.state} booking`).toEqual(allowed ? [] : ['INVALID_STATE']);
      return;
    }
  }
}

describe('reservations (property, real PostgreSQL)', () => {
  it('stock buckets, slot places and order money stay consistent with the orders and bookings over random command sequences', { timeout: 180_000 }, async () => {
    expect(DEFAULT_PAYMENT_SETTINGS.holdMinutes).toBe(15);
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 6, maxLength: 16 }), async (commands) => {
        for (const [k, c] of commands.entries()) {
          await run(c);
          await assertInvariants(`command ${k} ${JSON.stringify(c)}`);
        }
      }),
      { numRuns: 25 },
    );
    // The runs reached the interesting states, not just refusals.
    const [reached] = await rows<{ states: string[]; bookingStates: string[]; payments: string[] }>(
      orm.em.fork(),
      `select array(select distinct state::text from sub_order order by 1) as states, array(select distinct state::text from booking order by 1) as "bookingStates",
         array(select distinct state::text from payment order by 1) as payments`,
    );
    expect(reached!.states.length).toBeGreaterThanOrEqual(5);
    expect(reached!.bookingStates.length).toBeGreaterThanOrEqual(4);
    expect(reached!.payments).toEqual(expect.arrayContaining(['PENDING', 'SUCCEEDED', 'CANCELLED']));
  });
});
