import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BookableSlot, UnitPrice } from '../tourism/booking-reads.js';
import { UNIT_TYPES, type UnitType } from '../tourism/tourism-kinds.js';
import { bookingProblem, normalisedUnits, priceUnits } from './booking-rules.js';

const NOW = new Date('2026-11-20T03:00:00Z');

/** An experience's price list: distinct unit types, integer đồng (0 for free infants), 1..4 places each. */
const priceList = fc.uniqueArray(
  fc.record({ unitType: fc.constantFrom(...UNIT_TYPES), amount: fc.integer({ min: 0, max: 50_000_000 }), seats: fc.integer({ min: 1, max: 4 }) }),
  { minLength: 1, maxLength: UNIT_TYPES.length, selector: (p) => p.unitType },
).map((ps): UnitPrice[] => ps.map((p) => ({ experienceId: 'exp_1', label: null, ...p })));

/** A party over these prices (same type may come twice, as a form can send it). */
const partyOf = (prices: UnitPrice[]) => fc.array(fc.record({ unitType: fc.constantFrom(...prices.map((p) => p.unitType)), quantity: fc.integer({ min: 0, max: 20 }) }), { maxLength: 8 });

const slot = (over: Partial<BookableSlot> = {}): BookableSlot => ({
  id: 'slt_1', experienceId: 'exp_1', experienceName: 'Hái chè', experienceSlug: 'hai-che', pointId: 'tpt_1', pointName: 'Bản', operatorId: 'opr_1',
  startsAt: new Date(NOW.getTime() + 72 * 3_600_000), endsAt: new Date(NOW.getTime() + 75 * 3_600_000),
  capacity: 1000, held: 0, booked: 0, remaining: 1000, closedAt: null, closeReason: null, confirmation: 'INSTANT',
  bookingCutoffHours: 0, freeCancellationHours: 0, maxPartySize: 1000, onSale: true, ...over,
});

describe('pricing a party (property)', () => {
  it('prices in integer đồng: each line is unit price × quantity, the total is their sum, never negative', () => {
    fc.assert(
      fc.property(priceList.chain((prices) => fc.tuple(fc.constant(prices), partyOf(prices))), ([prices, party]) => {
        const priced = priceUnits(prices, party)!;
        for (const u of priced.units) {
          const price = prices.find((p) => p.unitType === u.unitType)!;
          expect(u.unitPriceAmount).toBe(price.amount);
          expect(u.lineTotalAmount).toBe(price.amount * u.quantity);
          expect(Number.isSafeInteger(u.lineTotalAmount)).toBe(true);
        }
        expect(priced.totalAmount).toBe(priced.units.reduce((s, u) => s + u.lineTotalAmount, 0));
        expect(priced.totalAmount).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(priced.totalAmount)).toBe(true);
        expect(priced.people).toBe(party.reduce((s, u) => s + u.quantity, 0));
        expect(priced.seats).toBe(priced.units.reduce((s, u) => s + u.quantity * u.seatsEach, 0));
      }),
    );
  });

  it('does not depend on the order of the units nor on a type sent twice', () => {
    fc.assert(
      fc.property(priceList.chain((prices) => fc.tuple(fc.constant(prices), partyOf(prices))), ([prices, party]) => {
        const once = priceUnits(prices, normalisedUnits(party))!;
        const reversed = priceUnits(prices, [...party].reverse())!;
        expect(reversed.totalAmount).toBe(once.totalAmount);
        expect(reversed.seats).toBe(once.seats);
        expect(priceUnits(prices, party)!.totalAmount).toBe(once.totalAmount);
      }),
    );
  });

  it('refuses a unit type the experience has no price for', () => {
    fc.assert(
      fc.property(priceList, fc.integer({ min: 1, max: 5 }), (prices, quantity) => {
        const missing = UNIT_TYPES.find((t) => !prices.some((p) => p.unitType === t)) as UnitType | undefined;
        fc.pre(missing !== undefined);
        expect(priceUnits(prices, [{ unitType: missing!, quantity }])).toBeNull();
        expect(bookingProblem(slot(), prices, [{ unitType: missing!, quantity }], NOW)?.code).toBe('UNIT_TYPE_NOT_OFFERED');
      }),
    );
  });

  it('refuses negative, fractional and non-finite quantities (PARTY_SIZE_INVALID), whatever the rest of the party', () => {
    const bad = fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true, noNaN: true, min: -1e9, max: 1e9 }), fc.constantFrom(Number.NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(priceList.chain((prices) => fc.tuple(fc.constant(prices), partyOf(prices))), bad, ([prices, party], quantity) => {
        // A second type, so the bad quantity is not merged away by a same-type line.
        const unitType = prices[0]!.unitType;
        const others = party.filter((u) => u.unitType !== unitType);
        expect(bookingProblem(slot(), prices, [...others, { unitType, quantity }], NOW)?.code).toBe('PARTY_SIZE_INVALID');
      }),
    );
  });

  it('never accepts a party taking more places than the slot has left', () => {
    fc.assert(
      fc.property(
        priceList.chain((prices) => fc.tuple(fc.constant(prices), partyOf(prices))),
        fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }),
        ([prices, party], capacity, held, booked) => {
          fc.pre(held + booked <= capacity);
          const s = slot({ capacity, held, booked, remaining: capacity - held - booked });
          const problem = bookingProblem(s, prices, party, NOW);
          const priced = priceUnits(prices, party)!;
          if (!problem) {
            expect(priced.seats).toBeGreaterThan(0);
            expect(held + booked + priced.seats).toBeLessThanOrEqual(capacity);
          } else if (priced.people > 0 && priced.seats > 0 && priced.seats > s.remaining) {
            expect(['CAPACITY_EXCEEDED', 'PARTY_SIZE_INVALID']).toContain(problem.code);
          }
        },
      ),
    );
  });
});
