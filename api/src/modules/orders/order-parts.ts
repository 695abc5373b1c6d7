import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlFragment } from '../../lib/sql.js';
import type { PricedCart } from '../cart/cart.service.js';
import type { CheckoutErrorCode, CheckoutUserError } from './checkout.service.js';
import type { PaymentMethod } from './order-states.js';

/** What a part is, for the payment's settlement: still going, ended before money was taken, or given back. */
/** LIVE: still to happen; DONE: happened (a booking completed); CANCELLED before any money; REFUNDED. */
export type PartSettleState = 'LIVE' | 'DONE' | 'CANCELLED' | 'REFUNDED';

export interface PartPlacement {
  orderId: string;
  orderNumber: string;
  cart: PricedCart;
  paymentMethod: PaymentMethod;
  /** Cash on delivery (pay at the point): confirmed at placement, no hold. */
  confirmed: boolean;
}

/** Thrown by placeIn when a part cannot be placed: the checkout transaction rolls back and answers with it. */
export class PartUnavailableError extends Error {
  constructor(readonly field: string[], readonly code: CheckoutErrorCode, message: string) {
    super(message);
  }
}

/**
 * The other things an order can hold besides producers' goods (tourism bookings), as the orders
 * module sees them: placed inside the checkout transaction, told when the payment arrives or is
 * cancelled (hold expiry), and asked what is still going when the payment settles. Orders never read
 * a part's tables, and a part never reads the order's: they meet here.
 */
export interface OrderParts {
  /** Problems of the cart's parts before placing (nothing written). */
  check(cart: PricedCart): CheckoutUserError[];
  /** Inside the checkout transaction, after the stock moves: hold or book the parts' capacity, write their rows. */
  placeIn(tx: EntityManager, placement: PartPlacement): Promise<void>;
  /** Inside the transaction that marked the order paid (payment row locked). */
  onPaid(tx: EntityManager, orderId: string): Promise<void>;
  /** Inside the transaction that cancelled the pending payment (hold expiry, card cancelled). */
  onCancelled(tx: EntityManager, orderId: string, reason: string): Promise<void>;
  /** Each part's state for settleAfterMove (payment row locked). */
  settleStatesIn(tx: EntityManager, orderId: string): Promise<PartSettleState[]>;
}

/** The orders of a user, for parts listing "mine" without reading the order table. */
export type OrdersOfUser = (userId: string) => SqlFragment;
