import type { EntityManager } from '@mikro-orm/postgresql';
import { rows } from '../../lib/sql.js';
import type { MailSender, OutboundMail } from '../mail/mail.js';
import type { OutboxKind } from './order.entity.js';

/** Give up on an event after this many failed sends (it stays in the outbox with its last error). */
export const MAX_MAIL_ATTEMPTS = 10;

interface OutboxEvent {
  id: string;
  kind: OutboxKind;
  orderId: string;
  subOrderId: string | null;
  number: string;
  email: string;
  totalAmount: number;
  paymentMethod: string;
  producerName: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  cancelReason: string | null;
  refundReason: string | null;
  /** What a part's event is about, in words written by its module (a booking: experience, start, party). */
  detail: string | null;
}

const VND = new Intl.NumberFormat('vi-VN');
const vnd = (amount: number) => `${VND.format(amount)} ₫`;

/** The mail telling the shopper about an event (Vietnamese first, English second, like the accounts mails). */
export function orderMail(e: OutboxEvent, storefrontUrl: string, bank: { name: string; accountNumber: string; accountName: string }): OutboundMail {
  const share = e.producerName ? ` (${e.producerName})` : '';
  const link = `${storefrontUrl}/tai-khoan`;
  const body = (vi: string, en: string) => `Chào bạn,\n\n${vi}\n\n${en}\n\nĐơn hàng / Order: ${e.number}\n${link}\n`;
  switch (e.kind) {
    case 'ORDER_PLACED': {
      const pay = e.paymentMethod === 'BANK_TRANSFER'
        ? `\nChuyển khoản ${vnd(e.totalAmount)} tới ${bank.name} ${bank.accountNumber} (${bank.accountName}), nội dung: ${e.number}.\nTransfer ${vnd(e.totalAmount)} to ${bank.name} ${bank.accountNumber} (${bank.accountName}) with the memo ${e.number}.`
        : '';
      return { to: e.email, subject: `Đã nhận đơn ${e.number} / Order received — OCOP Market`, text: body(`Chúng tôi đã nhận đơn hàng của bạn, tổng ${vnd(e.totalAmount)}.${pay}`, `We received your order, total ${vnd(e.totalAmount)}.`) };
    }
    case 'ORDER_PAID':
      return { to: e.email, subject: `Đã thanh toán đơn ${e.number} / Payment received — OCOP Market`, text: body('Chúng tôi đã nhận thanh toán; người bán đang chuẩn bị hàng.', 'Your payment arrived; the producers are preparing your order.') };
    case 'SUB_ORDER_SHIPPED':
      return { to: e.email, subject: `Đơn ${e.number} đang được giao / Shipped — OCOP Market`, text: body(`Hàng${share} đã gửi qua ${e.carrier}, mã vận đơn ${e.trackingNumber}.`, `Your parcel${share} was shipped with ${e.carrier}, tracking number ${e.trackingNumber}.`) };
    case 'SUB_ORDER_DELIVERED':
      return { to: e.email, subject: `Đơn ${e.number} đã giao / Delivered — OCOP Market`, text: body(`Hàng${share} đã được giao.`, `Your parcel${share} was delivered.`) };
    case 'SUB_ORDER_CANCELLED':
      return { to: e.email, subject: `Đơn ${e.number} đã huỷ / Cancelled — OCOP Market`, text: body(`Phần đơn${share} đã bị huỷ: ${e.cancelReason}`, `Your order${share} was cancelled: ${e.cancelReason}`) };
    case 'BOOKING_CONFIRMED':
      return { to: e.email, subject: `Đặt chỗ đã xác nhận — ${e.number} / Booking confirmed — OCOP Market`, text: body(`Đặt chỗ của bạn đã được xác nhận: ${e.detail}`, `Your booking is confirmed: ${e.detail}`) };
    case 'BOOKING_AWAITING_OPERATOR':
      return {
        to: e.email, subject: `Đặt chỗ chờ xác nhận — ${e.number} / Booking awaiting the operator — OCOP Market`,
        text: body(`Đã nhận thanh toán; đơn vị điều hành sẽ xác nhận đặt chỗ: ${e.detail}`, `Payment received; the operator will confirm your booking: ${e.detail}`),
      };
    case 'BOOKING_CANCELLED':
      return { to: e.email, subject: `Đặt chỗ đã huỷ — ${e.number} / Booking cancelled — OCOP Market`, text: body(`Đặt chỗ đã bị huỷ: ${e.detail}`, `Your booking was cancelled: ${e.detail}`) };
    case 'SUB_ORDER_REFUNDED':
      return { to: e.email, subject: `Đơn ${e.number} đã hoàn tiền / Refunded — OCOP Market`, text: body(`Phần đơn${share} đã được hoàn tiền: ${e.refundReason}`, `Your order${share} was refunded: ${e.refundReason}`) };
  }
}

/**
 * Sends the outbox's mails after the transactions that wrote them committed. Each event is locked
 * (`for update skip locked`, so two workers never take the same one), sent through the mail port,
 * and marked sent in the transaction holding the lock: sent once. A failed send counts an attempt,
 * keeps the error and leaves the event for the next run (up to MAX_MAIL_ATTEMPTS).
 */
export class OrderMailService {
  constructor(
    private readonly em: EntityManager,
    private readonly mail: MailSender,
    private readonly now: () => Date,
    private readonly storefrontUrl: string,
    private readonly bank: { name: string; accountNumber: string; accountName: string },
  ) {}

  async dispatchPending(limit = 100): Promise<{ sent: number; failed: number }> {
    const tried: string[] = [];
    let sent = 0;
    let failed = 0;
    while (tried.length < limit) {
      const outcome = await this.em.fork().transactional(async (tx) => {
        const [event] = await rows<OutboxEvent>(
          tx,
          `select e.id, e.kind, e.order_id as "orderId", e.sub_order_id as "subOrderId", o.number, o.email::text as email,
             o.total_amount::float8 as "totalAmount", o.payment_method as "paymentMethod", pr.name as "producerName",
             s.carrier, s.tracking_number as "trackingNumber", s.cancel_reason as "cancelReason", s.refund_reason as "refundReason", e.detail
           from order_outbox e join shop_order o on o.id = e.order_id
           left join sub_order s on s.id = e.sub_order_id left join producer pr on pr.id = s.producer_id
           where e.sent_at is null and e.attempts < ? and e.id <> all(?)
           order by e.id limit 1 for update of e skip locked`,
          [MAX_MAIL_ATTEMPTS, tried],
        );
        if (!event) return null;
        tried.push(event.id);
        try {
          await this.mail.send(orderMail(event, this.storefrontUrl, this.bank));
        } catch (e) {
          await rows(tx, `update order_outbox set attempts = attempts + 1, last_error = ? where id = ?`, [String((e as Error).message ?? e).slice(0, 2000), event.id]);
          return 'failed';
        }
        await rows(tx, `update order_outbox set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?`, [this.now(), event.id]);
        return 'sent';
      });
      if (outcome === null) break;
      if (outcome === 'sent') sent++;
      else failed++;
    }
    return { sent, failed };
  }
}
