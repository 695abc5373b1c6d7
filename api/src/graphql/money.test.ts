import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurrencyCode, Money } from './money.js';

describe('Money.vnd (property)', () => {
  it('keeps every safe integer of đồng exactly, in VND', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger().filter((n) => n >= 0), (amount) => {
        const money = Money.vnd(amount);
        expect(money.amount).toBe(amount);
        expect(money.currencyCode).toBe(CurrencyCode.VND);
        // What the API sends is what it was given: no rounding on the way out.
        expect(JSON.parse(JSON.stringify(money)).amount).toBe(amount);
      }),
    );
  });

  it('refuses fractions of a đồng, NaN, infinities and amounts past 2^53', () => {
    const notSafe = fc.oneof(
      fc.double({ noInteger: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1, 2 ** 60, -(2 ** 60)),
      fc.double({ min: 2 ** 53, noNaN: true }),
    );
    fc.assert(
      fc.property(notSafe, (amount) => {
        expect(() => Money.vnd(amount)).toThrow(/safe integer/);
      }),
    );
  });

  it('sums of integer đồng are integers with no drift, in any order (the checkout adds lines, shipping and bookings)', () => {
    // Amounts as the catalogue holds them (up to 1 tỷ đồng a line) and up to 100 lines a cart.
    const amounts = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { maxLength: 100 });
    fc.assert(
      fc.property(amounts, (xs) => {
        const forward = xs.reduce((s, x) => s + x, 0);
        const backward = [...xs].reverse().reduce((s, x) => s + x, 0);
        expect(forward).toBe(backward);
        expect(Number.isSafeInteger(forward)).toBe(true);
        expect(forward).toBeGreaterThanOrEqual(0);
        expect(Money.vnd(forward).amount).toBe(forward);
      }),
    );
  });
});
