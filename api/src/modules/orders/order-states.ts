/**
 * The life of a sub-order (one producer's share of a shopper's order). Moves go forward only; the
 * table below is the whole rule (order-states.test.ts checks every pair).
 *
 *   PENDING_PAYMENT ─paid─▶ PAID ─┐
 *   (COD) CONFIRMED ──────────────┴▶ PROCESSING ─▶ SHIPPED ─▶ DELIVERED
 *   CANCELLED: before shipping, when no money was taken (unpaid, or cash on delivery)
 *   REFUNDED:  when money was taken (paid online, or COD after delivery), at any step after it
 */
export const SUB_ORDER_STATES = ['PENDING_PAYMENT', 'PAID', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'] as const;
export type SubOrderState = (typeof SUB_ORDER_STATES)[number];

export const PAYMENT_METHODS = ['COD', 'BANK_TRANSFER', 'CARD'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const TRANSITIONS: Record<SubOrderState, readonly SubOrderState[]> = {
  PENDING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['PROCESSING', 'REFUNDED'],
  CONFIRMED: ['PROCESSING', 'CANCELLED'],
  PROCESSING: ['SHIPPED', 'CANCELLED', 'REFUNDED'],
  SHIPPED: ['DELIVERED', 'REFUNDED'],
  DELIVERED: ['REFUNDED'],
  CANCELLED: [],
  REFUNDED: [],
};

/**
 * Whether `from → to` is allowed for a sub-order; `paid` says whether its money was taken (an online
 * payment received, or cash collected at delivery). Cancelling never applies to money taken (that
 * is a refund), and a refund needs money taken.
 */
export function canMove(from: SubOrderState, to: SubOrderState, paid: boolean): boolean {
  if (!TRANSITIONS[from].includes(to)) return false;
  if (to === 'CANCELLED') return !paid;
  if (to === 'REFUNDED') return paid;
  return true;
}

/**
 * What a move does to stock (units of each line): placed orders hold units in `reserved`; payment
 * (or COD confirmation) turns them `sold`; cancelling returns them to `stock` (available) from
 * wherever they are; a refund returns sold units to `stock` only when they are restocked (goods never
 * shipped, or a return the producer put back on sale).
 */
export type StockMove = 'RESERVED_TO_SOLD' | 'RESERVED_TO_AVAILABLE' | 'SOLD_TO_AVAILABLE' | null;

export function stockMoveFor(from: SubOrderState, to: SubOrderState, restock: boolean): StockMove {
  if (to === 'PAID' || to === 'CONFIRMED') return 'RESERVED_TO_SOLD';
  if (to === 'CANCELLED') return from === 'PENDING_PAYMENT' ? 'RESERVED_TO_AVAILABLE' : 'SOLD_TO_AVAILABLE';
  if (to === 'REFUNDED') return restock ? 'SOLD_TO_AVAILABLE' : null;
  return null;
}
