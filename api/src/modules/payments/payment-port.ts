import QRCode from 'qrcode';
import { QRPay } from 'vietnam-qr-pay';
import type { Config } from '../../config.js';
import type { PaymentMethod } from '../orders/order-states.js';
import type { CardIntent, CardPaymentGateway, CardPaymentState, CardRefund } from './card-payment.js';
import { markExternalCall } from '../../lib/unit-of-work.js';
import { createCardPayments, type CardPayments } from './card-payments.js';

/** Settings the payment adapters need (from config.ts). */
export interface PaymentSettings {
  holdMinutes: number;
  bank: { bin: string; name: string; accountNumber: string; accountName: string };
  /** Card payments (Stripe gateway and browser settings) when the Stripe keys are set; null → card hidden. */
  card: CardPayments | null;
}

export const DEFAULT_PAYMENT_SETTINGS: PaymentSettings = {
  holdMinutes: 15,
  bank: { bin: '970436', name: 'Vietcombank', accountNumber: '0011001234567', accountName: 'CONG TY OCOP MARKET DEMO' },
  card: null,
};

export function paymentSettingsOf(config: Config): PaymentSettings {
  return {
    holdMinutes: config.ORDER_HOLD_MINUTES,
    bank: { bin: config.BANK_BIN, name: config.BANK_NAME, accountNumber: config.BANK_ACCOUNT_NUMBER, accountName: config.BANK_ACCOUNT_NAME },
    card: createCardPayments(config),
  };
}

/** How a shopper pays a placed order by bank transfer. */
export interface BankTransferInstructions {
  bankBin: string;
  bankName: string;
  accountNumber: string;
  accountName: string;
  amount: number;
  /** The memo the transfer must carry: the order number (reconciliation matches it). */
  memo: string;
  /** The VietQR (EMVCo) payload banking apps scan. */
  qrPayload: string;
}

export interface PaymentOrder {
  number: string;
  totalAmount: number;
}

/**
 * One port, one adapter per method. Checkout asks the adapter how a new order starts: confirmed at
 * once (cash on delivery: stock sold, no hold) or awaiting payment (stock reserved until the hold
 * expires or the money arrives).
 */
export interface PaymentAdapter {
  readonly method: PaymentMethod;
  /** Offered at checkout (card is hidden, not broken, without its keys). */
  available(): boolean;
  /** CONFIRMED (cash on delivery) or PENDING_PAYMENT (online payments). */
  readonly initialState: 'CONFIRMED' | 'PENDING_PAYMENT';
}

export class CashOnDeliveryAdapter implements PaymentAdapter {
  readonly method = 'COD' as const;
  readonly initialState = 'CONFIRMED' as const;
  available() {
    return true;
  }
}

export class VietQrBankTransferAdapter implements PaymentAdapter {
  readonly method = 'BANK_TRANSFER' as const;
  readonly initialState = 'PENDING_PAYMENT' as const;
  constructor(private readonly bank: PaymentSettings['bank']) {}

  available() {
    return true;
  }

  instructions(order: PaymentOrder): BankTransferInstructions {
    const qrPayload = QRPay.initVietQR({
      bankBin: this.bank.bin,
      bankNumber: this.bank.accountNumber,
      amount: String(order.totalAmount),
      purpose: order.number,
    }).build();
    return {
      bankBin: this.bank.bin, bankName: this.bank.name, accountNumber: this.bank.accountNumber, accountName: this.bank.accountName,
      amount: order.totalAmount, memo: order.number, qrPayload,
    };
  }

  /** The QR code of the payload as SVG (the `qrcode` package, as for batch trace codes). */
  static async qrSvg(payload: string): Promise<string> {
    return QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  }
}

/** What the storefront needs to confirm a card payment with the Payment Element. */
export interface CardPaymentSession {
  clientSecret: string;
  publishableKey: string;
  jsUrl: string;
}

/**
 * Cards through the card gateway (Stripe): one PaymentIntent per order for its total in đồng. Every
 * call carries an idempotency key derived from the order (or sub-order), so retries (a checkout
 * replayed, a job run twice, a webhook redelivered) never create, cancel or refund twice. Offered
 * only when the Stripe keys are configured.
 */
export class StripeCardAdapter implements PaymentAdapter {
  readonly method = 'CARD' as const;
  readonly initialState = 'PENDING_PAYMENT' as const;
  constructor(private readonly card: CardPayments | null) {}

  available() {
    return this.card !== null;
  }

  private get gateway(): CardPaymentGateway {
    if (!this.card) throw new Error('card payments are not configured (STRIPE_* keys)');
    // A transaction that reached the gateway is never rerun after a conflict (lib/unit-of-work.ts).
    markExternalCall();
    return this.card.gateway;
  }

  /** The order's intent: created once per order (the same key returns the same intent). */
  startPayment(order: { id: string; number: string; totalAmount: number }): Promise<CardIntent> {
    return this.gateway.createIntent({ amount: order.totalAmount, orderId: order.id, orderNumber: order.number, idempotencyKey: `order:${order.id}:intent` });
  }

  retrieve(intentId: string): Promise<CardPaymentState> {
    return this.gateway.retrieve(intentId);
  }

  /** Cancels the order's unpaid intent (hold expired); the state says whether it was paid meanwhile. */
  cancel(orderId: string, intentId: string): Promise<CardPaymentState> {
    return this.gateway.cancel(intentId, `order:${orderId}:cancel`);
  }

  /** Gives money back; `key` names what the refund is for (`suborder:<id>:refund`, `intent:<id>:late-refund`). */
  refund(intentId: string, key: string, amount?: number): Promise<CardRefund> {
    return this.gateway.refund({ intentId, idempotencyKey: key, ...(amount !== undefined ? { amount } : {}), reason: 'requested_by_customer' });
  }

  async session(intentId: string): Promise<CardPaymentSession> {
    const clientSecret = await this.gateway.clientSecretOf(intentId);
    return { clientSecret, publishableKey: this.card!.public.publishableKey, jsUrl: this.card!.public.jsUrl };
  }
}

export function paymentAdapters(settings: PaymentSettings): Record<PaymentMethod, PaymentAdapter> {
  return {
    COD: new CashOnDeliveryAdapter(),
    BANK_TRANSFER: new VietQrBankTransferAdapter(settings.bank),
    CARD: new StripeCardAdapter(settings.card),
  };
}
