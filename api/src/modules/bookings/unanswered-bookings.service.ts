import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import { CardGatewayError } from '../payments/card-payment.js';
import type { BookingEnding } from './booking-ending.js';
import type { BookingService } from './booking.service.js';
import { UNANSWERED_REASON } from './booking-response-deadline.js';

/**
 * The job's side of the operator response deadline: every on-request booking still AWAITING_OPERATOR
 * at its `operator_deadline` is DECLINED by the SYSTEM, exactly as the operator's own decline (one
 * transaction each, places back, card refunded through the gateway, a transfer recorded BY_HAND, a
 * mail through the outbox). Idempotent: the state moves only from AWAITING_OPERATOR, so a second run,
 * or an operator confirming at the same moment, finds it moved and writes nothing.
 */
export class UnansweredBookingsService {
  constructor(
    private readonly em: EntityManager,
    private readonly bookings: BookingService,
    private readonly ending: BookingEnding,
    private readonly now: () => Date,
  ) {}

  /** Bookings whose answer is overdue, oldest deadline first (partial index on AWAITING_OPERATOR). */
  async overdue(limit = 100): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.em,
      `select id from booking where state = 'AWAITING_OPERATOR' and operator_deadline <= ? order by operator_deadline, id limit ?`,
      [this.now(), limit],
    );
    return found.map((r) => r.id);
  }

  /** Declines every overdue booking; returns how many it declined. A card gateway failure keeps that booking for the next run. */
  async declineOverdue(log?: (msg: string) => void): Promise<number> {
    const ids = await this.overdue();
    let declined = 0;
    for (const booking of await this.bookings.byIds(ids)) {
      if (booking?.state !== 'AWAITING_OPERATOR' || !booking.operatorDeadline || booking.operatorDeadline > this.now()) continue;
      try {
        if ((await this.ending.end(booking, 'DECLINED', 'SYSTEM', UNANSWERED_REASON)) === 'ENDED') declined++;
      } catch (e) {
        if (!(e instanceof CardGatewayError)) throw e;
        log?.(`booking ${booking.id} kept awaiting: the card gateway failed (${e.code}: ${e.message}); retrying at the next run`);
      }
    }
    return declined;
  }
}
