import { defineEntity, p } from '@mikro-orm/core';
import { ShopOrder } from './order.entity.js';
import { PAYMENT_METHODS } from './order-states.js';

export const PAYMENT_STATES = ['PENDING', 'SUCCEEDED', 'CANCELLED', 'REFUNDED'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/**
 * The money side of an order, one per order. COD: PENDING until every sub-order is delivered. Bank
 * transfer and card: PENDING until received (then the hold ends), CANCELLED when the hold expires.
 * A transfer that arrives after that is recorded as `lateAmount` for a refund, never un-cancels; a
 * card payment that succeeds after that is refunded through the gateway and recorded the same way.
 */
const PaymentSchema = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  properties: {
    order: () => p.oneToOne(ShopOrder).primary().deleteRule('cascade'),
    method: p.enum(PAYMENT_METHODS).nativeEnumName('payment_method'),
    state: p.enum(PAYMENT_STATES).nativeEnumName('payment_state'),
    amount: p.bigint('number'),
    /** The memo a bank transfer must carry (the order number). */
    reference: p.string().length(40).unique(),
    receivedAt: p.datetime().nullable(),
    /** How it was received: `manual:<user id>`, `statement:<file row>`. */
    receivedVia: p.string().nullable(),
    /** Money that arrived after the payment was cancelled (to refund; see reconciliation). */
    lateAmount: p.bigint('number').default(0),
    /** Card payments: the PaymentIntent (`pi_…`) created for the order (once, by an idempotency key of the order). */
    cardIntentId: p.string().nullable().unique(),
    /**
     * Money given back through the gateway, as the gateway reports it (its cumulative total, so a
     * refund seen both in our call and in its webhook is counted once).
     */
    refundedAmount: p.bigint('number').default(0),
    /** Why a person should look at this payment (an amount that does not match the order, a failed refund). */
    reviewReason: p.text().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  // The admin's reconciliation list (bank transfers awaiting their money) without scanning every payment.
  indexes: [{ name: 'payment_pending_transfer_index', expression: `create index "payment_pending_transfer_index" on "payment" ("order_id") where method = 'BANK_TRANSFER' and state = 'PENDING'` }],
  checks: [
    { name: 'payment_amount_check', expression: 'amount >= 0 and late_amount >= 0' },
    { name: 'payment_refunded_amount_check', expression: 'refunded_amount >= 0' },
  ],
});

export class Payment extends PaymentSchema.class {}
PaymentSchema.setClass(Payment);
