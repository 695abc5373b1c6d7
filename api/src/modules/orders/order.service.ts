import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAdmin, type Viewer } from '../accounts/viewer.js';
import { newId } from '../../lib/ids.js';
import { keysetPage, type KeysetPage } from '../../lib/keyset.js';
import { orderedBy, rows, type SqlFragment } from '../../lib/sql.js';
import type { StockService } from '../catalog/stock.service.js';
import type { PaymentState } from './payment.entity.js';
import type { OutboxKind } from './order.entity.js';
import { canMove, stockMoveFor, type PaymentMethod, type SubOrderState } from './order-states.js';

export interface OrderRecord {
  id: string;
  number: string;
  userId: string | null;
  email: string;
  phone: string;
  /** The shopper's name (null on orders placed before it was asked). */
  contactName: string | null;
  /** The shipping address: null for an order of bookings only. */
  recipientName: string | null;
  shippingPhone: string | null;
  provinceId: string | null;
  communeId: string | null;
  streetLine: string | null;
  paymentMethod: PaymentMethod;
  subtotalAmount: number;
  shippingAmount: number;
  /** Tourism bookings (OrderParts), as priced at placement. */
  bookingsAmount: number;
  totalAmount: number;
  holdExpiresAt: Date | null;
  createdAt: Date;
  paymentState: PaymentState;
  paymentReceivedAt: Date | null;
  lateAmount: number;
  /** Card payments: the PaymentIntent made for the order (null until made, and for other methods). */
  cardIntentId: string | null;
  /** Money given back through the gateway (card), as the gateway reports it. */
  refundedAmount: number;
  reviewReason: string | null;
}

export interface SubOrderRecord {
  id: string;
  orderId: string;
  orderNumber: string;
  /** The shopper's contact, from the order (the producer may need to call before delivery). */
  email: string;
  phone: string;
  paymentMethod: PaymentMethod;
  producerId: string;
  state: SubOrderState;
  paid: boolean;
  deliveryOption: string;
  subtotalAmount: number;
  shippingAmount: number;
  totalAmount: number;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  refundReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrderLineRecord {
  id: string;
  subOrderId: string;
  variantId: string;
  productId: string;
  productName: string;
  variantLabel: string;
  sku: string;
  unitPriceAmount: number;
  quantity: number;
  lineTotalAmount: number;
}

export const ORDER_COLUMNS = `o.id, o.number, o.user_id as "userId", o.email::text as email, o.phone, o.contact_name as "contactName", o.recipient_name as "recipientName",
  o.shipping_phone as "shippingPhone", o.province_id as "provinceId", o.commune_id as "communeId", o.street_line as "streetLine",
  o.payment_method as "paymentMethod", o.subtotal_amount::float8 as "subtotalAmount", o.shipping_amount::float8 as "shippingAmount",
  o.bookings_amount::float8 as "bookingsAmount", o.total_amount::float8 as "totalAmount", o.hold_expires_at as "holdExpiresAt", o.created_at as "createdAt",
  pay.state as "paymentState", pay.received_at as "paymentReceivedAt", pay.late_amount::float8 as "lateAmount",
  pay.card_intent_id as "cardIntentId", pay.refunded_amount::float8 as "refundedAmount", pay.review_reason as "reviewReason"`;
const ORDER_FROM = `shop_order o join payment pay on pay.order_id = o.id`;

const SUB_ORDER_COLUMNS = `s.id, s.order_id as "orderId", o.number as "orderNumber", o.email::text as email, o.phone, o.payment_method as "paymentMethod", s.producer_id as "producerId", s.state, s.paid,
  s.delivery_option as "deliveryOption", s.subtotal_amount::float8 as "subtotalAmount", s.shipping_amount::float8 as "shippingAmount",
  s.total_amount::float8 as "totalAmount", s.carrier, s.tracking_number as "trackingNumber", s.cancel_reason as "cancelReason",
  s.refund_reason as "refundReason", s.created_at as "createdAt", s.updated_at as "updatedAt"`;

export interface MoveOptions {
  reason?: string | null;
  /** Refunds: put sold units back on sale. */
  restock?: boolean;
  carrier?: string | null;
  trackingNumber?: string | null;
  /** Money taken with this move (online payment received; cash collected at delivery). */
  markPaid?: boolean;
}

const OUTBOX_OF: Partial<Record<SubOrderState, OutboxKind>> = {
  SHIPPED: 'SUB_ORDER_SHIPPED',
  DELIVERED: 'SUB_ORDER_DELIVERED',
  CANCELLED: 'SUB_ORDER_CANCELLED',
  REFUNDED: 'SUB_ORDER_REFUNDED',
};

/**
 * Orders as stored (reads for the API, DataLoader batches) and the one way a sub-order changes state
 * (`move`): forward only (order-states.ts), stock moved in the same transaction, an outbox event
 * written with it.
 */
export class OrderService {
  constructor(private readonly em: EntityManager, private readonly stock: StockService, private readonly now: () => Date) {}

  async byIds(ids: readonly string[], em: EntityManager = this.em): Promise<(OrderRecord | undefined)[]> {
    const found = await rows<OrderRecord>(em, `select ${ORDER_COLUMNS} from ${ORDER_FROM} where o.id = any(?)`, [ids]);
    return orderedBy(ids, found, (o) => o.id);
  }

  async byNumber(number: string): Promise<OrderRecord | null> {
    const [found] = await rows<OrderRecord>(this.em, `select ${ORDER_COLUMNS} from ${ORDER_FROM} where o.number = ?`, [number.trim().toUpperCase()]);
    return found ?? null;
  }

  /**
   * An order by number for whoever may see it: the shopper who placed it signed in, an admin, or
   * anyone with its email address or the secret of its link (guests). Null otherwise, as for an
   * unknown number (nothing tells them apart).
   */
  async visible(viewer: Viewer | null, number: string, proof: { email?: string | null; accessToken?: string | null }): Promise<OrderRecord | null> {
    const order = await this.byNumber(number);
    if (!order) return null;
    if (viewer && (viewer.userId === order.userId || isAdmin(viewer))) return order;
    if (proof.email && proof.email.trim().toLowerCase() === order.email.toLowerCase()) return order;
    if (proof.accessToken) {
      const hash = createHash('sha256').update(proof.accessToken, 'utf8').digest('hex');
      const [match] = await rows(this.em, `select 1 from shop_order where id = ? and access_token_hash = ?`, [order.id, hash]);
      if (match) return order;
    }
    return null;
  }

  /** The ids of a user's orders, as a fragment another module composes (viewer.bookings). */
  ordersOfUser(userId: string): SqlFragment {
    return { sql: `select id from shop_order where user_id = ?`, params: [userId] };
  }

  /** A shopper's orders, newest first (one statement per page). */
  async ofUser(userId: string, page: { first: number; after: string | null }): Promise<KeysetPage<OrderRecord>> {
    return keysetPage<OrderRecord>(this.em, {
      select: `select ${ORDER_COLUMNS} from ${ORDER_FROM} where o.user_id = ?`,
      params: [userId],
      keys: [{ column: 'id', type: 'text' }],
      descending: true,
      ...page,
    });
  }

  /**
   * Bank transfers still awaiting their money (payment PENDING), newest first: the admin's
   * reconciliation list. One statement per page (partial index payment_pending_transfer_index).
   */
  async awaitingTransfer(page: { first: number; after: string | null }): Promise<KeysetPage<OrderRecord>> {
    return keysetPage<OrderRecord>(this.em, {
      select: `select ${ORDER_COLUMNS} from ${ORDER_FROM} where pay.method = 'BANK_TRANSFER' and pay.state = 'PENDING'`,
      params: [],
      keys: [{ column: 'id', type: 'text' }],
      descending: true,
      ...page,
    });
  }

  /** A producer's sub-orders (its inbox), newest first, optionally in one state. */
  async inbox(producerId: string, state: SubOrderState | null, page: { first: number; after: string | null }): Promise<KeysetPage<SubOrderRecord>> {
    return keysetPage<SubOrderRecord>(this.em, {
      select: `select ${SUB_ORDER_COLUMNS} from sub_order s join shop_order o on o.id = s.order_id where s.producer_id = ? and (?::sub_order_state is null or s.state = ?::sub_order_state)`,
      params: [producerId, state, state],
      keys: [{ column: 'id', type: 'text' }],
      descending: true,
      ...page,
    });
  }

  async subOrdersByIds(ids: readonly string[], em: EntityManager = this.em): Promise<(SubOrderRecord | undefined)[]> {
    const found = await rows<SubOrderRecord>(em, `select ${SUB_ORDER_COLUMNS} from sub_order s join shop_order o on o.id = s.order_id where s.id = any(?)`, [ids]);
    return orderedBy(ids, found, (s) => s.id);
  }

  /** Sub-orders of each order (DataLoader). */
  async subOrdersOf(orderIds: readonly string[], em: EntityManager = this.em): Promise<SubOrderRecord[][]> {
    const found = await rows<SubOrderRecord>(
      em,
      `select ${SUB_ORDER_COLUMNS} from sub_order s join shop_order o on o.id = s.order_id where s.order_id = any(?) order by s.order_id, s.id`,
      [orderIds],
    );
    const byOrder = Map.groupBy(found, (s) => s.orderId);
    return orderIds.map((id) => byOrder.get(id) ?? []);
  }

  /** Lines of each sub-order (DataLoader). */
  async linesOf(subOrderIds: readonly string[], em: EntityManager = this.em): Promise<OrderLineRecord[][]> {
    const found = await rows<OrderLineRecord>(
      em,
      `select id, sub_order_id as "subOrderId", variant_id as "variantId", product_id as "productId", product_name as "productName",
         variant_label as "variantLabel", sku, unit_price_amount::float8 as "unitPriceAmount", quantity, line_total_amount::float8 as "lineTotalAmount"
       from order_line where sub_order_id = any(?) order by sub_order_id, id`,
      [subOrderIds],
    );
    const bySub = Map.groupBy(found, (l) => l.subOrderId);
    return subOrderIds.map((id) => bySub.get(id) ?? []);
  }

  /**
   * Moves sub-orders to `to` inside `tx`: each only from the state it was read in (a concurrent move
   * wins, this one then skips it), refusing moves the state machine forbids, moving their stock in
   * one locked batch, and writing the outbox event of each. Returns the ids actually moved.
   */
  async move(tx: EntityManager, subs: readonly SubOrderRecord[], to: SubOrderState, options: MoveOptions = {}): Promise<string[]> {
    const now = this.now();
    const moved: SubOrderRecord[] = [];
    for (const sub of subs) {
      if (!canMove(sub.state, to, sub.paid)) continue;
      const paidAfter = sub.paid || !!options.markPaid;
      const updated = await rows(
        tx,
        `update sub_order set state = ?, paid = ?, updated_at = ?,
           carrier = coalesce(?, carrier), tracking_number = coalesce(?, tracking_number),
           cancel_reason = case when ? = 'CANCELLED' then ? else cancel_reason end,
           refund_reason = case when ? = 'REFUNDED' then ? else refund_reason end
         where id = ? and state = ? returning id`,
        [to, paidAfter, now, options.carrier ?? null, options.trackingNumber ?? null, to, options.reason ?? null, to, options.reason ?? null, sub.id, sub.state],
      );
      if (updated.length) moved.push(sub);
    }
    if (moved.length === 0) return [];
    const lines = await this.linesOf(moved.map((s) => s.id), tx);
    const byMove = new Map<string, { variantId: string; quantity: number }[]>();
    moved.forEach((sub, k) => {
      const move = stockMoveFor(sub.state, to, options.restock ?? false);
      if (move) byMove.set(move, [...(byMove.get(move) ?? []), ...lines[k]!.map((l) => ({ variantId: l.variantId, quantity: l.quantity }))]);
    });
    if (byMove.size) {
      await this.stock.lock(tx, lines.flat().map((l) => l.variantId));
      for (const [move, stockLines] of byMove) await this.stock.move(tx, stockLines, move as Parameters<StockService['move']>[2]);
    }
    const kind = OUTBOX_OF[to];
    if (kind) for (const sub of moved) await this.outbox(tx, sub.orderId, kind, sub.id);
    return moved.map((s) => s.id);
  }

  /** Records an event for the mail job, in the caller's transaction. */
  async outbox(tx: EntityManager, orderId: string, kind: OutboxKind, subOrderId: string | null = null, part: { id: string; detail: string } | null = null): Promise<void> {
    const at = this.now();
    await rows(tx, `insert into order_outbox (id, order_id, sub_order_id, part_id, detail, kind, created_at) values (?, ?, ?, ?, ?, ?, ?)`, [
      newId('outbox', at.getTime()), orderId, subOrderId, part?.id ?? null, part?.detail ?? null, kind, at,
    ]);
  }
}
