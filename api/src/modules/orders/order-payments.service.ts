import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import { CardGatewayError } from '../payments/card-payment.js';
import type { CardOrderPaymentService } from './card-order-payments.service.js';
import type { OrderService } from './order.service.js';
import type { PaymentState } from './payment.entity.js';
import type { OrderParts } from './order-parts.js';
import { retryingTransaction } from '../../lib/unit-of-work.js';

export interface PaymentRow {
  orderId: string;
  reference: string;
  amount: number;
  state: PaymentState;
}

export type ReceiveOutcome = 'PAID' | 'ALREADY_PAID' | 'LATE' | 'NOT_PENDING';

/**
 * The money side of orders (the `payment` rows): received → sub-orders PAID and the hold ends;
 * expired hold → the pending payment is cancelled FIRST, then the sub-orders are cancelled and their
 * units released, in one transaction per order. Both lock the payment row, so a transfer marked
 * received while the hold job runs is either paid (the job then skips it) or late (recorded for a
 * refund); stock is never released twice nor sold after release. Card payments go through
 * card-order-payments.service.ts, which uses the same two moves (markPaidIn, cancelPendingIn).
 */
export class OrderPaymentService {
  constructor(
    private readonly em: EntityManager,
    private readonly orders: OrderService,
    private readonly now: () => Date,
    /** The card side (built after this service, which it uses): cancels the intent before a hold is released. */
    private readonly cards: () => CardOrderPaymentService,
    /** The order's other parts (tourism bookings), told of payments and asked at settlement. */
    private readonly parts: () => OrderParts,
  ) {}

  /** PENDING → SUCCEEDED in `tx` (payment row locked by the caller): the hold ends, pending sub-orders PAID (units sold), mail. */
  async markPaidIn(tx: EntityManager, orderId: string, via: string): Promise<void> {
    const now = this.now();
    await rows(tx, `update payment set state = 'SUCCEEDED', received_at = ?, received_via = ?, updated_at = ? where order_id = ?`, [now, via, now, orderId]);
    await rows(tx, `update shop_order set hold_expires_at = null where id = ?`, [orderId]);
    const [subs] = await this.orders.subOrdersOf([orderId], tx);
    await this.orders.move(tx, subs!.filter((s) => s.state === 'PENDING_PAYMENT'), 'PAID', { markPaid: true });
    await this.parts().onPaid(tx, orderId);
    await this.orders.outbox(tx, orderId, 'ORDER_PAID');
  }

  /** PENDING → CANCELLED in `tx` (payment row locked by the caller): the hold ends, sub-orders awaiting it CANCELLED (units back on sale). */
  async cancelPendingIn(tx: EntityManager, orderId: string, reason: string): Promise<void> {
    const now = this.now();
    await rows(tx, `update payment set state = 'CANCELLED', updated_at = ? where order_id = ?`, [now, orderId]);
    await rows(tx, `update shop_order set hold_expires_at = null where id = ?`, [orderId]);
    const [subs] = await this.orders.subOrdersOf([orderId], tx);
    await this.orders.move(tx, subs!.filter((s) => s.state === 'PENDING_PAYMENT'), 'CANCELLED', { reason });
    await this.parts().onCancelled(tx, orderId, reason);
  }

  /** Locks the order's payment row in `tx` (before a part of the order changes: the order every payment path takes). */
  async lockIn(tx: EntityManager, orderId: string): Promise<{ state: PaymentState; method: string }> {
    const [payment] = await rows<{ state: PaymentState; method: string }>(tx, `select state, method from payment where order_id = ? for update`, [orderId]);
    if (!payment) throw new Error(`order ${orderId} has no payment`);
    return payment;
  }

  async byReference(reference: string): Promise<PaymentRow | null> {
    const [found] = await rows<PaymentRow>(
      this.em,
      `select order_id as "orderId", reference, amount::float8 as amount, state from payment where reference = ?`,
      [reference],
    );
    return found ?? null;
  }

  /**
   * Records money received for an order (`via` says how: `manual:<user id>`, `statement:<row>`).
   * PENDING → SUCCEEDED, pending sub-orders → PAID (units reserved → sold), outbox ORDER_PAID.
   * A payment cancelled by hold expiry only records the money as late (to be refunded).
   */
  async receive(orderId: string, amount: number, via: string): Promise<ReceiveOutcome> {
    return retryingTransaction(this.em, async (tx) => {
      const [payment] = await rows<{ state: PaymentState; method: string }>(tx, `select state, method from payment where order_id = ? for update`, [orderId]);
      if (!payment) throw new Error(`order ${orderId} has no payment`);
      const now = this.now();
      if (payment.state === 'SUCCEEDED') return 'ALREADY_PAID';
      if (payment.state === 'CANCELLED') {
        await rows(tx, `update payment set late_amount = late_amount + ?, updated_at = ? where order_id = ?`, [amount, now, orderId]);
        return 'LATE';
      }
      // Cards are paid by their gateway's word only (card-order-payments.service.ts), never by hand.
      if (payment.state !== 'PENDING' || payment.method !== 'BANK_TRANSFER') return 'NOT_PENDING';
      await this.markPaidIn(tx, orderId, via);
      return 'PAID';
    });
  }

  /** Orders whose hold has expired with the payment still pending (oldest first). */
  async expiredHolds(limit = 100): Promise<string[]> {
    const found = await rows<{ id: string }>(
      this.em,
      `select o.id from shop_order o join payment p on p.order_id = o.id
       where o.hold_expires_at <= ? and p.state = 'PENDING' order by o.hold_expires_at limit ?`,
      [this.now(), limit],
    );
    return found.map((r) => r.id);
  }

  /**
   * Ends an expired hold, idempotently: in one transaction, cancels the pending payment first, then
   * cancels the sub-orders awaiting it (reserved units back to available). A card payment's intent is
   * cancelled at the gateway before anything else, holding the payment row: if the gateway answers
   * that it succeeded meanwhile, the order is paid instead and no unit is released. False when there
   * was nothing to release (paid meanwhile, already released, hold not expired).
   */
  async releaseExpiredHold(orderId: string): Promise<boolean> {
    return retryingTransaction(this.em, async (tx) => {
      const now = this.now();
      const [payment] = await rows<{ state: PaymentState; method: string }>(
        tx,
        `select p.state, p.method from payment p join shop_order o on o.id = p.order_id where p.order_id = ? and o.hold_expires_at <= ? for update of p`,
        [orderId, now],
      );
      if (payment?.state !== 'PENDING') return false;
      if (payment.method === 'CARD' && !(await this.cards().cancelBeforeRelease(tx, orderId))) return false;
      await this.cancelPendingIn(tx, orderId, 'Payment not received in time (hold expired).');
      return true;
    });
  }

  /**
   * Releases every expired hold (the job's work); returns how many orders were released. An order
   * whose card gateway cannot be reached keeps its hold (nothing written) and is tried at the next
   * run: its stock is never released before its intent is cancelled.
   */
  async releaseExpiredHolds(log?: (msg: string) => void): Promise<number> {
    let released = 0;
    for (const id of await this.expiredHolds()) {
      try {
        if (await this.releaseExpiredHold(id)) released++;
      } catch (e) {
        if (!(e instanceof CardGatewayError)) throw e;
        log?.(`hold of order ${id} kept: the card gateway failed (${e.code}: ${e.message}); retrying at the next run`);
      }
    }
    return released;
  }

  /**
   * After a sub-order or booking move: COD is paid once every sub-order still going is delivered and
   * every booking still going has been completed (paid at the point); a payment
   * whose sub-orders were all cancelled before any money came is cancelled; a received payment whose
   * sub-orders were all refunded is refunded.
   */
  async settleAfterMove(tx: EntityManager, orderId: string): Promise<void> {
    const [payment] = await rows<{ state: PaymentState; method: string }>(tx, `select state, method from payment where order_id = ? for update`, [orderId]);
    if (!payment) return;
    const [subs] = await this.orders.subOrdersOf([orderId], tx);
    const live = subs!.filter((s) => s.state !== 'CANCELLED');
    // Bookings and other parts count like sub-orders: cancelled ones drop out, refunded ones are done with.
    const parts = (await this.parts().settleStatesIn(tx, orderId)).filter((s) => s !== 'CANCELLED');
    const now = this.now();
    if (payment.state === 'SUCCEEDED') {
      if (live.every((s) => s.state === 'REFUNDED') && parts.every((s) => s === 'REFUNDED')) {
        await rows(tx, `update payment set state = 'REFUNDED', updated_at = ? where order_id = ?`, [now, orderId]);
      }
      return;
    }
    if (payment.state !== 'PENDING') return;
    if (live.length === 0 && parts.length === 0) {
      // Nothing left to pay for: a card intent must not stay payable (paid meanwhile → refunded).
      if (payment.method === 'CARD') await this.cards().cancelAfterOrderCancelled(tx, orderId);
      await rows(tx, `update payment set state = 'CANCELLED', updated_at = ? where order_id = ?`, [now, orderId]);
      await rows(tx, `update shop_order set hold_expires_at = null where id = ?`, [orderId]);
    } else if (
      payment.method === 'COD' &&
      live.every((s) => s.state === 'DELIVERED' || s.state === 'REFUNDED') &&
      parts.every((p) => p === 'DONE' || p === 'REFUNDED')
    ) {
      await rows(tx, `update payment set state = 'SUCCEEDED', received_at = ?, received_via = 'cash on delivery', updated_at = ? where order_id = ?`, [now, now, orderId]);
    }
  }
}
