import type { EntityManager } from '@mikro-orm/postgresql';
import { assertProducerMember, signedIn, type Viewer } from '../accounts/viewer.js';
import { CardGatewayError } from '../payments/card-payment.js';
import type { CardOrderPaymentService } from './card-order-payments.service.js';
import type { OrderPaymentService } from './order-payments.service.js';
import type { OrderService, SubOrderRecord } from './order.service.js';
import { canMove, type SubOrderState } from './order-states.js';
import { retryingTransaction } from '../../lib/unit-of-work.js';

export const FULFILMENT_ERROR_CODES = ['NOT_FOUND', 'INVALID_TRANSITION', 'CARRIER_REQUIRED', 'TRACKING_REQUIRED', 'REASON_REQUIRED', 'PAYMENT_GATEWAY_FAILED'] as const;
export type FulfilmentErrorCode = (typeof FULFILMENT_ERROR_CODES)[number];

export interface FulfilmentUserError {
  field: string[];
  code: FulfilmentErrorCode;
  message: string;
}

export type FulfilmentResult = { subOrder: SubOrderRecord | null; userErrors: FulfilmentUserError[] };

const fail = (field: string[], code: FulfilmentErrorCode, message: string): FulfilmentResult => ({ subOrder: null, userErrors: [{ field, code, message }] });

/**
 * A producer's actions on its own sub-orders (members of that producer, or an admin): process, ship
 * (carrier + tracking number), deliver (cash on delivery is then paid), cancel (before shipping, no
 * money taken) and refund (money taken; `restock` puts shipped units back on sale; units never
 * shipped always go back). A card-paid sub-order's refund goes back to the card through the gateway
 * in the same transaction (and cancelling every sub-order of an unpaid card order cancels its intent):
 * if the gateway refuses or cannot be reached, nothing changes (PAYMENT_GATEWAY_FAILED).
 */
export class FulfilmentService {
  constructor(
    private readonly em: EntityManager,
    private readonly orders: OrderService,
    private readonly payments: OrderPaymentService,
    private readonly cards: CardOrderPaymentService,
  ) {}

  process(viewer: Viewer | null, subOrderId: string | null) {
    return this.transition(viewer, subOrderId, 'PROCESSING', {});
  }

  ship(viewer: Viewer | null, input: { subOrderId: string | null; carrier: string; trackingNumber: string }) {
    const carrier = input.carrier.trim();
    const trackingNumber = input.trackingNumber.trim();
    return this.transition(viewer, input.subOrderId, 'SHIPPED', { carrier, trackingNumber }, () => {
      if (!carrier || carrier.length > 80) return fail(['carrier'], 'CARRIER_REQUIRED', 'Name the carrier (at most 80 characters).');
      if (!trackingNumber || trackingNumber.length > 80) return fail(['trackingNumber'], 'TRACKING_REQUIRED', 'Give the tracking number (at most 80 characters).');
      return null;
    });
  }

  deliver(viewer: Viewer | null, subOrderId: string | null) {
    return this.transition(viewer, subOrderId, 'DELIVERED', {}, null, () => ({ markPaid: true }));
  }

  cancel(viewer: Viewer | null, input: { subOrderId: string | null; reason: string }) {
    const reason = input.reason.trim();
    return this.transition(viewer, input.subOrderId, 'CANCELLED', { reason }, () =>
      reason && reason.length <= 500 ? null : fail(['reason'], 'REASON_REQUIRED', 'Say why (at most 500 characters).'),
    );
  }

  refund(viewer: Viewer | null, input: { subOrderId: string | null; reason: string; restock: boolean }) {
    const reason = input.reason.trim();
    return this.transition(viewer, input.subOrderId, 'REFUNDED', { reason }, () =>
      reason && reason.length <= 500 ? null : fail(['reason'], 'REASON_REQUIRED', 'Say why (at most 500 characters).'),
      // Units that never left (refund before shipping) are always back on sale.
      (sub) => ({ restock: input.restock || sub.state === 'PAID' || sub.state === 'PROCESSING' }),
    );
  }

  private async transition(
    viewer: Viewer | null,
    subOrderId: string | null,
    to: SubOrderState,
    fields: { reason?: string; carrier?: string; trackingNumber?: string },
    check?: (() => FulfilmentResult | null) | null,
    extra?: (sub: SubOrderRecord) => { restock?: boolean; markPaid?: boolean },
  ): Promise<FulfilmentResult> {
    signedIn(viewer);
    const [sub] = subOrderId ? await this.orders.subOrdersByIds([subOrderId]) : [];
    if (!sub) return fail(['subOrderId'], 'NOT_FOUND', 'There is no such sub-order.');
    assertProducerMember(viewer, sub.producerId);
    const problem = check?.();
    if (problem) return problem;
    if (!canMove(sub.state, to, sub.paid)) return fail(['subOrderId'], 'INVALID_TRANSITION', `A ${sub.state} sub-order cannot become ${to}.`);
    let moved: boolean;
    try {
      moved = await retryingTransaction(this.em, async (tx) => {
        const ids = await this.orders.move(tx, [sub], to, { ...fields, ...extra?.(sub) });
        if (!ids.length) return false;
        await this.payments.settleAfterMove(tx, sub.orderId);
        // Last, holding the payment row: a refused refund rolls the move back.
        if (to === 'REFUNDED' && sub.paymentMethod === 'CARD') await this.cards.refundSubOrderIn(tx, sub);
        return true;
      });
    } catch (e) {
      if (!(e instanceof CardGatewayError)) throw e;
      return fail(['subOrderId'], 'PAYMENT_GATEWAY_FAILED', `The card payment gateway refused or did not answer (${e.code}); nothing changed, try again later.`);
    }
    if (!moved) return fail(['subOrderId'], 'INVALID_TRANSITION', 'The sub-order changed meanwhile; reload it.');
    return { subOrder: (await this.orders.subOrdersByIds([sub.id]))[0]!, userErrors: [] };
  }
}
