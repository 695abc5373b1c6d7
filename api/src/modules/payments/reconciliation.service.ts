import { parse } from 'csv-parse/sync';
import { assertAdmin, assertProducerMember, isAdmin, signedIn, type Viewer } from '../accounts/viewer.js';
import type { OrderPaymentService } from '../orders/order-payments.service.js';
import type { KeysetPage } from '../../lib/keyset.js';
import type { OrderRecord, OrderService } from '../orders/order.service.js';
import { orderNumberInMemo } from '../orders/order-number.js';

export const RECONCILIATION_ERROR_CODES = ['NOT_FOUND', 'NOT_BANK_TRANSFER', 'PAYMENT_NOT_PENDING', 'STATEMENT_INVALID'] as const;
export type ReconciliationErrorCode = (typeof RECONCILIATION_ERROR_CODES)[number];
export interface ReconciliationUserError {
  field: string[];
  code: ReconciliationErrorCode;
  message: string;
}

/** What became of one statement row. */
export const STATEMENT_OUTCOMES = ['PAID', 'DUPLICATE', 'PARTIAL', 'UNKNOWN', 'LATE'] as const;
export type StatementOutcome = (typeof STATEMENT_OUTCOMES)[number];

export interface StatementRowResult {
  row: number;
  orderNumber: string | null;
  amount: number | null;
  outcome: StatementOutcome;
}

const MAX_STATEMENT_BYTES = 2_000_000;
const AMOUNT_COLUMNS = ['amount', 'credit', 'so_tien', 'số tiền', 'ghi có'];
const MEMO_COLUMNS = ['memo', 'description', 'content', 'noi_dung', 'nội dung', 'diễn giải'];

/**
 * Bank transfer reconciliation: an admin or a producer of the order marks a transfer received, or an
 * admin imports a bank statement (CSV with a header; amount and memo columns) and each credit whose
 * memo carries an order number and whose amount is the order's total pays it. Partial amounts,
 * rows paying an order already paid (DUPLICATE), rows naming no order (UNKNOWN) and money for an
 * order whose hold expired (LATE, recorded for a refund) are reported, never applied.
 */
export class ReconciliationService {
  constructor(private readonly orders: OrderService, private readonly payments: OrderPaymentService) {}

  /** Bank transfers awaiting their money, newest first (admin): what to look for on the statement. */
  async awaitingTransfer(viewer: Viewer | null, page: { first: number; after: string | null }): Promise<KeysetPage<OrderRecord>> {
    assertAdmin(viewer);
    return this.orders.awaitingTransfer(page);
  }

  async markReceived(viewer: Viewer | null, orderNumber: string): Promise<{ orderId: string | null; userErrors: ReconciliationUserError[] }> {
    const v = signedIn(viewer);
    const order = await this.orders.byNumber(orderNumber);
    if (!order) {
      if (!isAdmin(v)) assertProducerMember(v, '');
      return { orderId: null, userErrors: [{ field: ['orderNumber'], code: 'NOT_FOUND', message: 'There is no such order.' }] };
    }
    if (!isAdmin(v)) {
      const [subs] = await this.orders.subOrdersOf([order.id]);
      const producerId = subs!.map((s) => s.producerId).find((p) => v.roles.some((r) => r.kind === 'PRODUCER_MEMBER' && r.producerId === p));
      assertProducerMember(v, producerId ?? '');
    }
    if (order.paymentMethod !== 'BANK_TRANSFER') return { orderId: null, userErrors: [{ field: ['orderNumber'], code: 'NOT_BANK_TRANSFER', message: 'Only bank transfers are marked received here.' }] };
    if (order.paymentState !== 'PENDING') {
      return { orderId: null, userErrors: [{ field: ['orderNumber'], code: 'PAYMENT_NOT_PENDING', message: `The payment is ${order.paymentState.toLowerCase()}: refund any money that came after the hold expired.` }] };
    }
    const outcome = await this.payments.receive(order.id, order.totalAmount, `manual:${v.userId}`);
    if (outcome !== 'PAID') return { orderId: null, userErrors: [{ field: ['orderNumber'], code: 'PAYMENT_NOT_PENDING', message: 'The payment changed meanwhile.' }] };
    return { orderId: order.id, userErrors: [] };
  }

  async importStatement(viewer: Viewer | null, content: string): Promise<{ rows: StatementRowResult[] | null; userErrors: ReconciliationUserError[] }> {
    assertAdmin(viewer);
    const invalid = (message: string) => ({ rows: null, userErrors: [{ field: ['content'], code: 'STATEMENT_INVALID' as const, message }] });
    if (Buffer.byteLength(content, 'utf8') > MAX_STATEMENT_BYTES) return invalid('A statement is at most 2 MB.');
    let records: Record<string, string>[];
    try {
      records = parse(content.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: true });
    } catch (e) {
      return invalid(`Not a CSV file: ${(e as Error).message}`);
    }
    const columns = Object.keys(records[0] ?? {});
    const amountColumn = columns.find((c) => AMOUNT_COLUMNS.includes(c));
    const memoColumn = columns.find((c) => MEMO_COLUMNS.includes(c));
    if (!amountColumn || !memoColumn) return invalid(`The header needs an amount column (${AMOUNT_COLUMNS.join(', ')}) and a memo column (${MEMO_COLUMNS.join(', ')}).`);

    const results: StatementRowResult[] = [];
    for (const [k, record] of records.entries()) {
      const row = k + 2; // the header is row 1
      const amount = parseAmount(record[amountColumn] ?? '');
      const orderNumber = orderNumberInMemo(record[memoColumn] ?? '');
      const payment = orderNumber ? await this.payments.byReference(orderNumber) : null;
      if (!payment || amount === null || amount <= 0) {
        results.push({ row, orderNumber, amount, outcome: 'UNKNOWN' });
        continue;
      }
      if (payment.state === 'SUCCEEDED' || payment.state === 'REFUNDED') results.push({ row, orderNumber, amount, outcome: 'DUPLICATE' });
      else if (amount !== payment.amount && payment.state === 'PENDING') results.push({ row, orderNumber, amount, outcome: 'PARTIAL' });
      else {
        const outcome = await this.payments.receive(payment.orderId, amount, `statement:row ${row}`);
        results.push({ row, orderNumber, amount, outcome: outcome === 'PAID' ? 'PAID' : outcome === 'LATE' ? 'LATE' : 'DUPLICATE' });
      }
    }
    return { rows: results, userErrors: [] };
  }
}

/** `150000`, `150.000`, `150,000`, `150 000 ₫`, `+150.000 VND` → 150000; null when not whole đồng. */
export function parseAmount(text: string): number | null {
  const digits = text.replace(/[\s.,₫+]|VND|đ/gi, '');
  return /^\d{1,15}$/.test(digits) ? Number(digits) : null;
}
