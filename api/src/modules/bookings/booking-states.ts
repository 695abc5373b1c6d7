/**
 * The life of a booking (one cart booking line of an order). The slot's places follow the state:
 *
 *   PENDING_PAYMENT (held) ─paid─▶ CONFIRMED (booked)            INSTANT experiences
 *                          └paid─▶ AWAITING_OPERATOR (held) ─confirm─▶ CONFIRMED (booked)   ON_REQUEST
 *   cash on delivery ("pay at the point"): CONFIRMED or AWAITING_OPERATOR at placement
 *   CANCELLED: by the shopper (free until the cut-off), the operator (with a reason) or an expired hold
 *   DECLINED:  the operator turned an on-request booking down
 *   CONFIRMED ─complete─▶ COMPLETED: the operator records that the party came, once the slot has
 *   started; a booking paid at the point is paid then (its places stay booked: the slot was used)
 * Leaving a live state returns its places (held or booked) to the slot; money taken is refunded.
 */
export const BOOKING_STATES = ['PENDING_PAYMENT', 'AWAITING_OPERATOR', 'CONFIRMED', 'CANCELLED', 'DECLINED', 'COMPLETED'] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

/** States whose places are counted in the slot's `held`. */
export const HELD_STATES: readonly BookingState[] = ['PENDING_PAYMENT', 'AWAITING_OPERATOR'];
/** States whose places are counted in the slot's `booked`. */
export const BOOKED_STATES: readonly BookingState[] = ['CONFIRMED', 'COMPLETED'];

/** A booking still to happen: it may be cancelled, confirmed or completed. */
export function isLive(state: BookingState): boolean {
  return HELD_STATES.includes(state) || state === 'CONFIRMED';
}

/** Who ended a booking. */
export const BOOKING_CANCELLERS = ['SHOPPER', 'OPERATOR', 'SYSTEM'] as const;
export type BookingCanceller = (typeof BOOKING_CANCELLERS)[number];

/** How money taken for a cancelled booking goes back: through the card gateway, or by hand (bank transfer, to do). */
export const BOOKING_REFUND_ROUTES = ['CARD', 'BY_HAND'] as const;
export type BookingRefundRoute = (typeof BOOKING_REFUND_ROUTES)[number];
