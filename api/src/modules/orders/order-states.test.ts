import { describe, expect, it } from 'vitest';
import { canMove, stockMoveFor, SUB_ORDER_STATES, type SubOrderState } from './order-states.js';

/** The whole rule, written out once more by hand: every pair not listed here is refused. */
const ALLOWED: [SubOrderState, SubOrderState, 'unpaid' | 'paid' | 'either'][] = [
  ['PENDING_PAYMENT', 'PAID', 'either'],
  ['PENDING_PAYMENT', 'CANCELLED', 'unpaid'],
  ['PAID', 'PROCESSING', 'either'],
  ['PAID', 'REFUNDED', 'paid'],
  ['CONFIRMED', 'PROCESSING', 'either'],
  ['CONFIRMED', 'CANCELLED', 'unpaid'],
  ['PROCESSING', 'SHIPPED', 'either'],
  ['PROCESSING', 'CANCELLED', 'unpaid'],
  ['PROCESSING', 'REFUNDED', 'paid'],
  ['SHIPPED', 'DELIVERED', 'either'],
  ['SHIPPED', 'REFUNDED', 'paid'],
  ['DELIVERED', 'REFUNDED', 'paid'],
];

describe('sub-order state machine', () => {
  for (const from of SUB_ORDER_STATES) {
    for (const to of SUB_ORDER_STATES) {
      for (const paid of [false, true]) {
        const rule = ALLOWED.find(([f, t]) => f === from && t === to);
        const allowed = !!rule && (rule[2] === 'either' || (rule[2] === 'paid') === paid);
        it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to} (${paid ? 'paid' : 'unpaid'})`, () => {
          expect(canMove(from, to, paid)).toBe(allowed);
        });
      }
    }
  }

  it('never moves back: no state is reachable again from its successors', () => {
    const reachable = (from: SubOrderState, seen = new Set<SubOrderState>()): Set<SubOrderState> => {
      for (const to of SUB_ORDER_STATES) if ((canMove(from, to, false) || canMove(from, to, true)) && !seen.has(to)) reachable(to, seen.add(to));
      return seen;
    };
    for (const state of SUB_ORDER_STATES) expect(reachable(state).has(state)).toBe(false);
  });

  it('moves stock: reserved → sold when paid or confirmed, back to available on cancel, on refund only when restocked', () => {
    expect(stockMoveFor('PENDING_PAYMENT', 'PAID', false)).toBe('RESERVED_TO_SOLD');
    expect(stockMoveFor('PENDING_PAYMENT', 'CANCELLED', false)).toBe('RESERVED_TO_AVAILABLE');
    expect(stockMoveFor('CONFIRMED', 'CANCELLED', false)).toBe('SOLD_TO_AVAILABLE');
    expect(stockMoveFor('PROCESSING', 'CANCELLED', false)).toBe('SOLD_TO_AVAILABLE');
    expect(stockMoveFor('DELIVERED', 'REFUNDED', false)).toBeNull();
    expect(stockMoveFor('DELIVERED', 'REFUNDED', true)).toBe('SOLD_TO_AVAILABLE');
    expect(stockMoveFor('PROCESSING', 'SHIPPED', false)).toBeNull();
    expect(stockMoveFor('SHIPPED', 'DELIVERED', false)).toBeNull();
  });
});
