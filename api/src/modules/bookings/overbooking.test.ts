import { beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../../db/orm.js';
import { seededRandom } from '../../db/seed/random.js';
import { rows } from '../../lib/sql.js';
import { approvedOperator, experienceWithSlots, guestBookingCarts, slotPlaces } from '../../test/bookings.js';
import { testDatabase } from '../../test/database.js';
import { CatalogueBuilder } from '../../test/fixtures.js';
import { addTestCommune, checkoutInput } from '../../test/orders.js';
import { createServices, defaultServiceDeps } from '../services.js';

const { orm, url } = await testDatabase();
// Separate connections: each checkout runs on its own fork over a pool of 20.
const concurrentOrm = await openOrm(url, { poolMax: 20 });
const ROUNDS = 4;
const SHOPPERS = 40;
const CAPACITY = 12;
const at = new Date('2026-11-23T03:00:00Z');
const saturday = new Date('2026-11-28T01:00:00Z');
const random = seededRandom(2811);
let slotIds: string[] = [];

beforeAll(async () => {
  const builder = new CatalogueBuilder();
  addTestCommune(builder);
  await builder.write(orm);
  const operator = await approvedOperator(orm);
  ({ slotIds } = await experienceWithSlots(orm, operator, {
    maxPartySize: 4,
    prices: [{ unitType: 'ADULT', amount: 150_000 }, { unitType: 'CHILD', amount: 80_000 }],
    slots: Array.from({ length: ROUNDS + 1 }, (_, k) => ({ startsAt: new Date(saturday.getTime() + k * 86_400_000), capacity: CAPACITY })),
  }));
  return () => concurrentOrm.close();
});

/**
 * Party sizes of one round: 12 parties of one and 28 of 1–4 people (seeded), shuffled. Demand is
 * always above 12, and the slot must end exactly full: while places are left, every party of one is
 * accepted, so with 12 of them the places left at the end cannot be above 0.
 */
function partySizes(): number[] {
  const sizes = [...Array<number>(CAPACITY).fill(1), ...Array.from({ length: SHOPPERS - CAPACITY }, () => 1 + Math.floor(random() * 4))];
  for (let k = sizes.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [sizes[k], sizes[j]] = [sizes[j]!, sizes[k]!];
  }
  return sizes;
}

/** Adults and children making up `people`. */
const unitsOf = (people: number) => (people > 2 ? [{ unitType: 'ADULT', quantity: 2 }, { unitType: 'CHILD', quantity: people - 2 }] : [{ unitType: 'ADULT', quantity: people }]);

async function counts() {
  const [c] = await rows<{ orders: number; bookings: number; units: number; payments: number }>(
    orm.em.fork(),
    `select (select count(*)::int from shop_order) as orders, (select count(*)::int from booking) as bookings,
       (select count(*)::int from booking_unit) as units, (select count(*)::int from payment) as payments`,
  );
  return c!;
}

describe('overbooking', () => {
  it(`holds at most ${CAPACITY} places for ${SHOPPERS} concurrent checkouts of 1–4 people (${ROUNDS} rounds), and expired holds return them`, { timeout: 120_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const slotId = slotIds[round]!;
      const sizes = partySizes();
      expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(CAPACITY);
      const tokens = await guestBookingCarts(orm, SHOPPERS, (k) => [{ slotId, units: unitsOf(sizes[k]!) }]);
      const before = await counts();
      const results = await Promise.all(
        tokens.map((token) =>
          createServices(concurrentOrm.em.fork(), { ...defaultServiceDeps(), now: () => at, reservationDelayMs: 2 }).checkout.place(
            { userId: null, token }, checkoutInput({ shipping: null, paymentMethod: 'BANK_TRANSFER' }),
          ),
        ),
      );
      const placed = results.flatMap((r, k) => (r.order ? [k] : []));
      const held = placed.reduce((sum, k) => sum + sizes[k]!, 0);
      expect(held).toBe(CAPACITY);
      results.forEach((r, k) => {
        if (r.order) {
          expect(r.order.totalAmount).toBe(unitsOf(sizes[k]!).reduce((sum, u) => sum + u.quantity * (u.unitType === 'ADULT' ? 150_000 : 80_000), 0));
          return;
        }
        expect(r.userErrors).toEqual([expect.objectContaining({ code: 'CAPACITY_EXCEEDED', field: ['bookings', '0'] })]);
      });
      // No partial rows: one order, one payment, one booking and its unit rows per success only.
      const after = await counts();
      const unitRows = placed.reduce((sum, k) => sum + unitsOf(sizes[k]!).length, 0);
      expect({ orders: after.orders - before.orders, payments: after.payments - before.payments, bookings: after.bookings - before.bookings, units: after.units - before.units })
        .toEqual({ orders: placed.length, payments: placed.length, bookings: placed.length, units: unitRows });
      expect(await slotPlaces(orm, slotId)).toEqual({ capacity: CAPACITY, held: CAPACITY, booked: 0, remaining: 0, balanced: true });

      // The holds expire: places back, bookings cancelled by the system.
      const later = createServices(orm.em.fork(), { ...defaultServiceDeps(), now: () => new Date(at.getTime() + 16 * 60_000) });
      expect(await later.orderPayments.releaseExpiredHolds()).toBe(placed.length);
      expect(await slotPlaces(orm, slotId)).toEqual({ capacity: CAPACITY, held: 0, booked: 0, remaining: CAPACITY, balanced: true });
      const states = await rows<{ state: string; n: number }>(orm.em.fork(), `select state, count(*)::int as n from booking where slot_id = ? group by state`, [slotId]);
      expect(states).toEqual([{ state: 'CANCELLED', n: placed.length }]);
    }
  });

  it('keeps held + booked within capacity and equal to the live bookings through random checkouts, payments, cancellations and expiries', { timeout: 60_000 }, async () => {
    const slotId = slotIds[ROUNDS]!;
    let clock = at.getTime();
    const services = () => createServices(orm.em.fork(), { ...defaultServiceDeps(), now: () => new Date(clock) });
    const placed: { id: string; total: number; accessToken: string }[] = [];
    for (let step = 0; step < 60; step++) {
      const dice = random();
      if (dice < 0.5) {
        const [token] = await guestBookingCarts(orm, 1, () => [{ slotId, units: unitsOf(1 + Math.floor(random() * 4)) }]);
        const method = random() < 0.2 ? 'COD' : 'BANK_TRANSFER';
        const result = await services().checkout.place({ userId: null, token: token! }, checkoutInput({ shipping: null, paymentMethod: method }));
        if (result.order) placed.push({ id: result.order.id, total: result.order.totalAmount, accessToken: result.accessToken! });
        else expect(result.userErrors.map((e) => e.code)).toEqual(['CAPACITY_EXCEEDED']);
      } else if (dice < 0.7 && placed.length) {
        const order = placed[Math.floor(random() * placed.length)]!;
        await services().orderPayments.receive(order.id, order.total, 'manual:test');
      } else if (dice < 0.9 && placed.length) {
        const order = placed[Math.floor(random() * placed.length)]!;
        const [booking] = (await services().bookings.ofOrders([order.id]))[0]!;
        await services().bookingActions.cancelAsShopper(null, { bookingId: booking!.id, accessToken: order.accessToken });
      } else {
        clock += 10 * 60_000;
        await services().orderPayments.releaseExpiredHolds();
      }
      const s = await slotPlaces(orm, slotId);
      expect(s.held + s.booked).toBeLessThanOrEqual(s.capacity);
      expect(s.balanced).toBe(true);
    }
  });
});
