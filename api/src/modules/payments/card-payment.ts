import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The card side of the payment port, as the orders module sees it: a gateway to call (create, read,
 * cancel, refund a card payment) and a handler to implement (told when a card payment changed).
 * Stripe is the one adapter (stripe-gateway.ts, stripe-webhook.http.ts). Amounts are integer đồng:
 * VND is a zero-decimal currency, so 250.000 ₫ is `amount: 250000`, never ×100.
 */

/** A PaymentIntent's status (https://docs.stripe.com/payments/paymentintents/lifecycle). */
export type CardPaymentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

export interface CardIntent {
  intentId: string;
  /** Handed to the browser (Payment Element); lets it confirm this one intent, nothing else. */
  clientSecret: string;
  status: CardPaymentStatus;
  amount: number;
}

export interface CardPaymentState {
  intentId: string;
  status: CardPaymentStatus;
  /** Asked for, in đồng. */
  amount: number;
  /** Collected, in đồng (0 until it succeeded). */
  amountReceived: number;
  /** Given back so far, in đồng (sum of succeeded refunds). */
  amountRefunded: number;
  currency: string;
  /** What we attached at creation: `order_id`, `order_number`. */
  metadata: Record<string, string>;
  /** The latest failed attempt (a declined card), if any: Stripe's code and decline code. */
  lastError: { code: string | null; declineCode: string | null; message: string | null } | null;
}

export interface CardRefund {
  refundId: string;
  /** `succeeded` for cards in practice; `pending` / `failed` exist (refund.failed webhook). */
  status: 'pending' | 'requires_action' | 'succeeded' | 'failed' | 'canceled';
  amount: number;
}

export interface CardPaymentGateway {
  /**
   * Creates the intent for one order's card payment. `idempotencyKey` must be stable per checkout
   * attempt (e.g. `order:<orderId>:intent`): a retry with the same key returns the same intent; the
   * same key with another amount is refused (CardGatewayError code `idempotency_error`).
   */
  createIntent(input: { amount: number; orderId: string; orderNumber: string; idempotencyKey: string }): Promise<CardIntent>;
  /** The intent as Stripe has it now (the truth; webhook payloads may be stale or out of order). */
  retrieve(intentId: string): Promise<CardPaymentState>;
  /**
   * The intent's client secret, for the browser of whoever may see the order. Read from Stripe each
   * time rather than stored: Stripe asks not to store or log it.
   */
  clientSecretOf(intentId: string): Promise<string>;
  /**
   * Cancels an unpaid intent (expired stock hold). Never throws because the intent is already final:
   * it returns the current state, so `status === 'succeeded'` means the shopper paid in the meantime
   * and the caller must keep the order or refund it, never release stock as if unpaid.
   */
  cancel(intentId: string, idempotencyKey: string): Promise<CardPaymentState>;
  /** Refunds all (no amount) or part of a succeeded intent. */
  refund(input: { intentId: string; amount?: number; idempotencyKey: string; reason?: 'duplicate' | 'fraudulent' | 'requested_by_customer' }): Promise<CardRefund>;
}

/** What the webhook tells the orders module: the intent's state as re-fetched from Stripe. */
export interface CardPaymentUpdate extends CardPaymentState {
  eventId: string;
  /** The event that prompted the re-fetch; informative only: act on `status`, not on this. */
  eventType: string;
  /** metadata.order_id, when the intent was created by createIntent. */
  orderId: string | null;
}

/**
 * Implemented by the orders module. Called once per Stripe event (deduplicated by event id) inside
 * the transaction that records the event: write through `em` and the event counts as handled exactly
 * when your writes commit; throw and both roll back (Stripe delivers the event again later).
 *
 * Rules for the implementation:
 * - Act on `status` (re-fetched), never on `eventType`: events arrive late and out of order, and a
 *   `payment_intent.payment_failed` may come after the `succeeded` of a later attempt; `status` is
 *   then `succeeded`.
 * - Only forward moves: a paid order is never un-paid by a later event. `requires_payment_method`
 *   after a decline means "the shopper may try another card", not "cancel the order".
 * - Idempotent per state: several events (and several deliveries) can carry the same status.
 * - Check `amountReceived` against the order total before marking it paid; `amountRefunded` > 0 after
 *   `charge.refunded` says how much went back.
 * - Concurrency: two different events of one intent can be handled at the same time; lock the
 *   order row (select … for update) before deciding.
 */
export interface CardPaymentHandler {
  onCardPayment(update: CardPaymentUpdate, tx: { em: EntityManager }): Promise<void>;
}

/** A refused or failed gateway call. `retryable`: network, rate limit or a Stripe-side error. */
export class CardGatewayError extends Error {
  constructor(
    message: string,
    /** Stripe's error code (`payment_intent_unexpected_state`, `charge_already_refunded`, …) or type (`idempotency_error`, `api_connection_error`). */
    readonly code: string,
    readonly retryable: boolean,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'CardGatewayError';
  }
}
