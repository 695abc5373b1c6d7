import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import { assertOperatorMember, signedIn, type Viewer } from '../accounts/viewer.js';
import type { OrderPaymentService } from '../orders/order-payments.service.js';
import type { OrderService } from '../orders/order.service.js';
import { CardGatewayError } from '../payments/card-payment.js';
import type { SlotPlacesService } from '../tourism/booking-reads.js';
import { bookingDetail, type BookingRecord, type BookingService } from './booking.service.js';
import { isLive, type BookingCanceller } from './booking-states.js';
import type { BookingEnding } from './booking-ending.js';
import { retryingTransaction } from '../../lib/unit-of-work.js';

export const BOOKING_ERROR_CODES = ['NOT_FOUND', 'INVALID_STATE', 'CANCELLATION_WINDOW_CLOSED', 'REASON_REQUIRED', 'PAYMENT_GATEWAY_FAILED', 'NOT_STARTED', 'RESPONSE_DEADLINE_PASSED'] as const;
export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];

export interface BookingUserError {
  field: string[];
  code: BookingErrorCode;
  message: string;
}

export type BookingResult = { booking: BookingRecord | null; userErrors: BookingUserError[] };

const fail = (field: string[], code: BookingErrorCode, message: string): BookingResult => ({ booking: null, userErrors: [{ field, code, message }] });

function checkedReason(reason: string): string | null {
  const r = reason.trim();
  return r && r.length <= 500 ? r : null;
}

/**
 * What people do to a booking after checkout:
 * - the shopper (the order's owner signed in, an admin, or a guest with the order link's secret)
 *   cancels free until `freeCancellationHours` before the start, or at any time when the operator
 *   moved or closed the slot since (slotChanged); later → CANCELLATION_WINDOW_CLOSED, nothing changed;
 * - the operator (a member of the booking's operator, or an admin) confirms or declines an
 *   on-request booking awaiting it, and may cancel any live booking with a reason.
 * Ending a booking returns its places and refunds money taken: a card through the gateway (in the
 * same transaction: a refused refund changes nothing), a bank transfer recorded as to be refunded by
 * hand. Every action locks the order's payment row first (as payments do), then the slot.
 */
export class BookingActionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly bookings: BookingService,
    private readonly slots: SlotPlacesService,
    private readonly orders: OrderService,
    private readonly payments: OrderPaymentService,
    private readonly ending: BookingEnding,
    private readonly now: () => Date,
  ) {}

  /** The shopper's cancellation. Someone who may not see the order gets NOT_FOUND, as for an unknown booking. */
  async cancelAsShopper(viewer: Viewer | null, input: { bookingId: string | null; accessToken: string | null }): Promise<BookingResult> {
    const [booking] = input.bookingId ? await this.bookings.byIds([input.bookingId]) : [];
    const [order] = booking ? await this.orders.byIds([booking.orderId]) : [];
    const visible = order ? await this.orders.visible(viewer, order.number, { accessToken: input.accessToken }) : null;
    if (!booking || !visible) return fail(['bookingId'], 'NOT_FOUND', 'There is no such booking.');
    if (!isLive(booking.state)) return fail(['bookingId'], 'INVALID_STATE', `The booking is already ${booking.state.toLowerCase()}.`);
    const [slot] = await this.slots.slots([booking.slotId]);
    const rule = this.bookings.cancellation(booking, slot);
    if (!rule.cancellable) {
      return fail(['bookingId'], 'CANCELLATION_WINDOW_CLOSED', `Free cancellation ended ${booking.freeCancellationHours} hours before the start (${rule.deadline.toISOString()}); ask the operator.`);
    }
    return this.end(booking, 'CANCELLED', 'SHOPPER', rule.slotChanged ? 'Cancelled by the shopper after the operator changed the slot.' : 'Cancelled by the shopper.');
  }

  async cancelAsOperator(viewer: Viewer | null, input: { bookingId: string | null; reason: string }): Promise<BookingResult> {
    const found = await this.operatorsBooking(viewer, input.bookingId);
    if ('userErrors' in found) return found;
    const reason = checkedReason(input.reason);
    if (!reason) return fail(['reason'], 'REASON_REQUIRED', 'Say why (at most 500 characters).');
    if (!isLive(found.state)) return fail(['bookingId'], 'INVALID_STATE', `The booking is already ${found.state.toLowerCase()}.`);
    return this.end(found, 'CANCELLED', 'OPERATOR', reason);
  }

  async decline(viewer: Viewer | null, input: { bookingId: string | null; reason: string }): Promise<BookingResult> {
    const found = await this.operatorsBooking(viewer, input.bookingId);
    if ('userErrors' in found) return found;
    const reason = checkedReason(input.reason);
    if (!reason) return fail(['reason'], 'REASON_REQUIRED', 'Say why (at most 500 characters).');
    if (found.state !== 'AWAITING_OPERATOR') return fail(['bookingId'], 'INVALID_STATE', 'Only a booking awaiting the operator can be declined.');
    return this.end(found, 'DECLINED', 'OPERATOR', reason);
  }

  async confirm(viewer: Viewer | null, input: { bookingId: string | null }): Promise<BookingResult> {
    const found = await this.operatorsBooking(viewer, input.bookingId);
    if ('userErrors' in found) return found;
    if (found.state !== 'AWAITING_OPERATOR') return fail(['bookingId'], 'INVALID_STATE', 'Only a booking awaiting the operator can be confirmed.');
    if (found.operatorDeadline && this.now().getTime() >= found.operatorDeadline.getTime()) {
      return fail(['bookingId'], 'RESPONSE_DEADLINE_PASSED', `The time to answer ended at ${found.operatorDeadline.toISOString()}; the booking is being declined.`);
    }
    const done = await retryingTransaction(this.em, async (tx) => {
      await this.payments.lockIn(tx, found.orderId);
      const moved = await this.ending.setState(tx, found, 'CONFIRMED', {});
      if (!moved) return false;
      await this.bookings.movePlaces(tx, [found], 'HELD_TO_BOOKED');
      const [units] = await this.bookings.unitsOf([found.id], tx);
      await this.orders.outbox(tx, found.orderId, 'BOOKING_CONFIRMED', null, { id: found.id, detail: bookingDetail(found, units!) });
      return true;
    });
    if (!done) return fail(['bookingId'], 'INVALID_STATE', 'The booking changed meanwhile; reload it.');
    return { booking: (await this.bookings.byIds([found.id]))[0]!, userErrors: [] };
  }

  /**
   * The operator records that the party came (a confirmed booking whose slot has started): COMPLETED,
   * and a booking paid at the point is paid now — the order's cash payment succeeds once nothing else
   * of it is still to deliver or to happen. Places stay booked.
   */
  async complete(viewer: Viewer | null, input: { bookingId: string | null }): Promise<BookingResult> {
    const found = await this.operatorsBooking(viewer, input.bookingId);
    if ('userErrors' in found) return found;
    if (found.state !== 'CONFIRMED') return fail(['bookingId'], 'INVALID_STATE', 'Only a confirmed booking can be completed.');
    if (found.startsAt.getTime() > this.now().getTime()) return fail(['bookingId'], 'NOT_STARTED', 'The slot has not started yet.');
    const done = await retryingTransaction(this.em, async (tx) => {
      const payment = await this.payments.lockIn(tx, found.orderId);
      if (!(await this.ending.setState(tx, found, 'COMPLETED', {}))) return false;
      if (payment.method === 'COD') await rows(tx, `update booking set paid = true where id = ?`, [found.id]);
      await this.payments.settleAfterMove(tx, found.orderId);
      return true;
    });
    if (!done) return fail(['bookingId'], 'INVALID_STATE', 'The booking changed meanwhile; reload it.');
    return { booking: (await this.bookings.byIds([found.id]))[0]!, userErrors: [] };
  }

  private async operatorsBooking(viewer: Viewer | null, bookingId: string | null): Promise<BookingRecord | BookingResult> {
    signedIn(viewer);
    const [booking] = bookingId ? await this.bookings.byIds([bookingId]) : [];
    if (!booking) return fail(['bookingId'], 'NOT_FOUND', 'There is no such booking.');
    assertOperatorMember(viewer, booking.operatorId);
    return booking;
  }

  /** Leaves a live state (booking-ending.ts): places back, money taken refunded, mail; the payment settles. */
  private async end(booking: BookingRecord, to: 'CANCELLED' | 'DECLINED', by: BookingCanceller, reason: string): Promise<BookingResult> {
    let outcome;
    try {
      outcome = await this.ending.end(booking, to, by, reason);
    } catch (e) {
      if (!(e instanceof CardGatewayError)) throw e;
      return fail(['bookingId'], 'PAYMENT_GATEWAY_FAILED', `The card payment gateway refused or did not answer (${e.code}); nothing changed, try again later.`);
    }
    if (outcome === 'MOVED_MEANWHILE') return fail(['bookingId'], 'INVALID_STATE', 'The booking changed meanwhile; reload it.');
    return { booking: (await this.bookings.byIds([booking.id]))[0]!, userErrors: [] };
  }
}
