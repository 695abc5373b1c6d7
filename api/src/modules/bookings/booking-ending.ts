import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import { retryingTransaction } from '../../lib/unit-of-work.js';
import type { CardOrderPaymentService } from '../orders/card-order-payments.service.js';
import type { OrderPaymentService } from '../orders/order-payments.service.js';
import type { OrderService } from '../orders/order.service.js';
import { bookingDetail, type BookingRecord, type BookingService } from './booking.service.js';
import { HELD_STATES, type BookingCanceller, type BookingState } from './booking-states.js';

/** How an ending went: done, or the booking had moved meanwhile (someone else's move won; nothing written). */
export type EndOutcome = 'ENDED' | 'MOVED_MEANWHILE';

/**
 * Ending a live booking (CANCELLED or DECLINED), whoever asks — the shopper, the operator, or the
 * system when the operator left it unanswered. In one transaction that locks the order's payment row
 * first (as payments do), then the slot: the state moves only from the state it was read in (a
 * concurrent move wins and this writes nothing), the places go back, money taken is refunded (card:
 * through the gateway, last, so a refused refund rolls everything back — CardGatewayError is thrown;
 * bank transfer: recorded as BY_HAND), a mail goes through the order outbox, the payment settles.
 */
export class BookingEnding {
  constructor(
    private readonly em: EntityManager,
    private readonly bookings: BookingService,
    private readonly orders: OrderService,
    private readonly payments: OrderPaymentService,
    private readonly cards: CardOrderPaymentService,
    private readonly now: () => Date,
  ) {}

  async end(booking: BookingRecord, to: 'CANCELLED' | 'DECLINED', by: BookingCanceller, reason: string): Promise<EndOutcome> {
    const done = await retryingTransaction(this.em, async (tx) => {
      const payment = await this.payments.lockIn(tx, booking.orderId);
      const refund = booking.paid ? booking.totalAmount : 0;
      const route = refund > 0 ? (payment.method === 'CARD' ? 'CARD' : 'BY_HAND') : null;
      const moved = await this.setState(tx, booking, to, { by, reason, refund, route });
      if (!moved) return false;
      await this.bookings.movePlaces(tx, [booking], HELD_STATES.includes(booking.state) ? 'RELEASE_HELD' : 'RELEASE_BOOKED');
      const [units] = await this.bookings.unitsOf([booking.id], tx);
      await this.orders.outbox(tx, booking.orderId, 'BOOKING_CANCELLED', null, { id: booking.id, detail: bookingDetail(booking, units!, reason) });
      await this.payments.settleAfterMove(tx, booking.orderId);
      // Last, holding the payment row: a refused refund rolls everything back.
      if (route === 'CARD') await this.cards.refundPartIn(tx, booking.orderId, `booking:${booking.id}:refund`, refund);
      return true;
    });
    return done ? 'ENDED' : 'MOVED_MEANWHILE';
  }

  /** Moves the booking from the state it was read in (a concurrent move wins: false). */
  async setState(
    tx: EntityManager, b: BookingRecord, to: BookingState,
    end: { by?: BookingCanceller; reason?: string; refund?: number; route?: string | null },
  ): Promise<boolean> {
    const updated = await rows(
      tx,
      `update booking set state = ?::booking_state, cancelled_by = coalesce(?::booking_canceller, cancelled_by), cancel_reason = coalesce(?, cancel_reason),
         refund_amount = ?, refund_route = ?::booking_refund_route, updated_at = ?
       where id = ? and state = ?::booking_state returning id`,
      [to, end.by ?? null, end.reason ?? null, end.refund ?? 0, end.route ?? null, this.now(), b.id, b.state],
    );
    return updated.length > 0;
  }
}
