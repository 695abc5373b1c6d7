import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import { CardGatewayError, type CardPaymentState, type CardPaymentUpdate } from '../payments/card-payment.js';
import type { CardPaymentSession, StripeCardAdapter } from '../payments/payment-port.js';
import type { OrderPaymentService } from './order-payments.service.js';
import type { OrderRecord, SubOrderRecord } from './order.service.js';
import type { PaymentState } from './payment.entity.js';

interface LockedPayment {
  orderId: string;
  method: string;
  state: PaymentState;
  amount: number;
  cardIntentId: string | null;
  refundedAmount: number;
}

const LOCKED_COLUMNS = `order_id as "orderId", method, state, amount::float8 as amount, card_intent_id as "cardIntentId", refunded_amount::float8 as "refundedAmount"`;

/**
 * The orders side of card payments (the gateway is Stripe; see payments/card-payment.ts for its rules):
 * - checkout: one PaymentIntent per order for its total (idempotency key of the order), kept on the
 *   payment row; the storefront confirms it with the client secret;
 * - the gateway's word (webhook, or the answer to a cancel): succeeded with the order's total → PAID
 *   once; another amount → flagged, not paid; canceled → like an expired hold; a failed attempt
 *   changes nothing (the shopper may try another card); a paid order is never un-paid;
 * - money for an order that no longer awaits it (hold released, order cancelled, a second intent)
 *   is refunded through the gateway and recorded as late, never touching stock;
 * - refunds of sub-orders go back through the gateway (idempotency key of the sub-order).
 * Every path locks the payment row (`for update`) before deciding, as the bank transfer paths do.
 */
export class CardOrderPaymentService {
  constructor(
    private readonly em: EntityManager,
    private readonly payments: OrderPaymentService,
    private readonly card: StripeCardAdapter,
    private readonly now: () => Date,
  ) {}

  private async lock(tx: EntityManager, orderId: string): Promise<LockedPayment | undefined> {
    const [payment] = await rows<LockedPayment>(tx, `select ${LOCKED_COLUMNS} from payment where order_id = ? for update`, [orderId]);
    return payment;
  }

  /**
   * The order's intent id, made now if the order has none yet (checkout makes it right after the
   * order commits; a failed call there is retried here). Null for other methods or a payment that
   * no longer waits. Throws CardGatewayError when the gateway cannot be reached.
   */
  async ensureIntent(order: Pick<OrderRecord, 'id' | 'number' | 'totalAmount' | 'paymentMethod' | 'paymentState' | 'cardIntentId'>): Promise<string | null> {
    if (order.paymentMethod !== 'CARD' || order.paymentState !== 'PENDING') return null;
    if (order.cardIntentId) return order.cardIntentId;
    const intent = await this.card.startPayment(order);
    const [kept] = await rows<{ id: string }>(
      this.em,
      `update payment set card_intent_id = coalesce(card_intent_id, ?), updated_at = ? where order_id = ? and state = 'PENDING' returning card_intent_id as id`,
      [intent.intentId, this.now(), order.id],
    );
    if (kept) return kept.id;
    // The hold ended meanwhile: the new intent must not stay payable.
    await this.card.cancel(order.id, intent.intentId);
    return null;
  }

  /** What the storefront needs to take the card payment of a pending order; null otherwise. */
  async session(order: OrderRecord): Promise<CardPaymentSession | null> {
    if (!this.card.available()) return null;
    const intentId = await this.ensureIntent(order);
    return intentId ? this.card.session(intentId) : null;
  }

  /** The webhook's handler (CardPaymentHandler), inside the transaction that records the event. */
  async onCardPayment(update: CardPaymentUpdate, tx: EntityManager): Promise<void> {
    const [found] = await rows<{ orderId: string }>(
      tx,
      `select order_id as "orderId" from payment where card_intent_id = ? or (order_id = ? and method = 'CARD') order by (card_intent_id = ?) desc nulls last limit 1`,
      [update.intentId, update.orderId, update.intentId],
    );
    // An intent of something else on the same Stripe account: not ours to act on.
    if (!found) return;
    const payment = (await this.lock(tx, found.orderId))!;
    const same = payment.cardIntentId === update.intentId || (payment.cardIntentId === null && payment.state === 'PENDING');
    switch (update.status) {
      case 'succeeded':
        if (!same) return this.refundLate(tx, payment, update);
        if (payment.state === 'PENDING') return void (await this.settleSucceeded(tx, payment, update));
        if (payment.state === 'CANCELLED') return this.refundLate(tx, payment, update);
        return this.syncRefunded(tx, payment, update);
      case 'canceled':
        if (same && payment.state === 'PENDING') await this.payments.cancelPendingIn(tx, payment.orderId, 'The card payment was cancelled.');
        return;
      default:
        // requires_payment_method after a decline, processing, …: still awaiting payment (the shopper may retry).
        return;
    }
  }

  /**
   * Called by the hold release with the payment row locked: cancels the intent FIRST. True when the
   * release may go on (cancelled, or no intent was ever made); false when the gateway says it was
   * paid meanwhile (then the order is paid here, or refunded when the amount is not the total) or
   * is in a state that cannot be cancelled yet (the next run tries again).
   */
  async cancelBeforeRelease(tx: EntityManager, orderId: string): Promise<boolean> {
    const payment = (await this.lock(tx, orderId))!;
    if (!payment.cardIntentId) return true;
    const state = await this.card.cancel(orderId, payment.cardIntentId);
    if (state.status === 'canceled') return true;
    if (state.status !== 'succeeded') return false;
    if (await this.settleSucceeded(tx, payment, state)) return false;
    // Money of another amount: not this order's payment. Release as planned, then give it back.
    await this.payments.cancelPendingIn(tx, orderId, 'Payment not received in time (hold expired).');
    await this.refundLate(tx, { ...payment, state: 'CANCELLED' }, state);
    return false;
  }

  /** After producers cancelled every sub-order of an unpaid card order: its intent must not stay payable. */
  async cancelAfterOrderCancelled(tx: EntityManager, orderId: string): Promise<void> {
    const payment = (await this.lock(tx, orderId))!;
    if (!payment.cardIntentId) return;
    const state = await this.card.cancel(orderId, payment.cardIntentId);
    if (state.status === 'succeeded') await this.refundLate(tx, { ...payment, state: 'CANCELLED' }, state);
  }

  /** Refunds a card-paid sub-order's total through the gateway, once (idempotency key of the sub-order). */
  async refundSubOrderIn(tx: EntityManager, sub: SubOrderRecord): Promise<void> {
    const payment = (await this.lock(tx, sub.orderId))!;
    if (!payment.cardIntentId) throw new Error(`card order ${sub.orderId} was paid without an intent`);
    await this.card.refund(payment.cardIntentId, `suborder:${sub.id}:refund`, sub.totalAmount);
    await this.syncRefunded(tx, payment, await this.card.retrieve(payment.cardIntentId));
  }

  /**
   * Refunds part of a card-paid order through the gateway, once (`key` names the part, e.g.
   * `booking:<id>:refund`): a cancelled booking. Holding the payment row; throws CardGatewayError
   * when the gateway refuses, so the caller's transaction rolls back.
   */
  async refundPartIn(tx: EntityManager, orderId: string, key: string, amount: number): Promise<void> {
    const payment = (await this.lock(tx, orderId))!;
    if (!payment.cardIntentId) throw new Error(`card order ${orderId} was paid without an intent`);
    if (amount <= 0) return;
    await this.card.refund(payment.cardIntentId, key, amount);
    await this.syncRefunded(tx, payment, await this.card.retrieve(payment.cardIntentId));
  }

  /** Pays the order when the intent collected exactly its total in đồng; else flags it (not paid). */
  private async settleSucceeded(tx: EntityManager, payment: LockedPayment, state: CardPaymentState): Promise<boolean> {
    const now = this.now();
    if (state.currency !== 'vnd' || state.amountReceived !== payment.amount) {
      const reason = `Card payment ${state.intentId} collected ${state.amountReceived} ${state.currency}; the order total is ${payment.amount} vnd. Not marked paid.`;
      await rows(tx, `update payment set review_reason = ?, updated_at = ? where order_id = ?`, [reason, now, payment.orderId]);
      return false;
    }
    await rows(tx, `update payment set card_intent_id = coalesce(card_intent_id, ?) where order_id = ?`, [state.intentId, payment.orderId]);
    await this.payments.markPaidIn(tx, payment.orderId, `card:${state.intentId}`);
    await this.syncRefunded(tx, payment, state);
    return true;
  }

  /**
   * Money the order no longer waits for (its hold was released, it was cancelled, or it came on
   * another intent): refunded in full through the gateway (one key per intent, so a redelivery never
   * refunds twice) and recorded as late money. Stock is not touched.
   */
  private async refundLate(tx: EntityManager, payment: LockedPayment, state: CardPaymentState): Promise<void> {
    if (state.amountReceived <= 0) return;
    if (state.amountRefunded < state.amountReceived) {
      try {
        await this.card.refund(state.intentId, `intent:${state.intentId}:late-refund`);
      } catch (e) {
        if (!(e instanceof CardGatewayError && e.code === 'charge_already_refunded')) throw e;
      }
    }
    const now = this.now();
    await rows(
      tx,
      `update payment set late_amount = greatest(late_amount, ?), refunded_amount = greatest(refunded_amount, ?),
         review_reason = coalesce(review_reason, ?), updated_at = ? where order_id = ?`,
      [state.amountReceived, state.amountReceived, `Card payment ${state.intentId} arrived after the order stopped waiting for it; refunded.`, now, payment.orderId],
    );
  }

  /** Records the gateway's cumulative refunded total (never summed from events, so never counted twice). */
  private async syncRefunded(tx: EntityManager, payment: LockedPayment, state: CardPaymentState): Promise<void> {
    const now = this.now();
    if (state.amountRefunded > payment.refundedAmount) {
      await rows(tx, `update payment set refunded_amount = greatest(refunded_amount, ?), updated_at = ? where order_id = ?`, [state.amountRefunded, now, payment.orderId]);
    } else if (state.amountRefunded < payment.refundedAmount) {
      const reason = `The gateway reports ${state.amountRefunded} đồng refunded on ${state.intentId}, ${payment.refundedAmount} were recorded: a refund failed?`;
      await rows(tx, `update payment set review_reason = ?, updated_at = ? where order_id = ?`, [reason, now, payment.orderId]);
    }
  }
}
