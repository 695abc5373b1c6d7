import QRCode from 'qrcode';
import { QRPay } from 'vietnam-qr-pay';
import type { Config } from '../../config.js';
import type { PaymentMethod } from '../orders/order-states.js';

/** Settings the payment adapters need (from config.ts). */
export interface PaymentSettings {
  holdMinutes: number;
  bank: { bin: string; name: string; accountNumber: string; accountName: string };
  stripeSecretKey?: string | null;
}

export const DEFAULT_PAYMENT_SETTINGS: PaymentSettings = {
  holdMinutes: 15,
  bank: { bin: '970436', name: 'Vietcombank', accountNumber: '0011001234567', accountName: 'CONG TY OCOP MARKET DEMO' },
  stripeSecretKey: null,
};

export function paymentSettingsOf(config: Config): PaymentSettings {
  return {
    holdMinutes: config.ORDER_HOLD_MINUTES,
    bank: { bin: config.BANK_BIN, name: config.BANK_NAME, accountNumber: config.BANK_ACCOUNT_NUMBER, accountName: config.BANK_ACCOUNT_NAME },
    stripeSecretKey: config.STRIPE_SECRET_KEY ?? null,
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

/**
 * Cards through Stripe: NOT IMPLEMENTED YET (the lead assigns the Stripe adapter and its fake server
 * separately). Until then it is never offered, whatever the keys, so checkout answers CARD with
 * PAYMENT_METHOD_UNAVAILABLE rather than taking an order it cannot charge.
 */
export class StripeCardAdapter implements PaymentAdapter {
  readonly method = 'CARD' as const;
  readonly initialState = 'PENDING_PAYMENT' as const;
  /** Whether STRIPE_SECRET_KEY is set (the adapter will need it; hidden either way until built). */
  constructor(readonly configured: boolean) {}

  available() {
    return false;
  }
}

export function paymentAdapters(settings: PaymentSettings): Record<PaymentMethod, PaymentAdapter> {
  return {
    COD: new CashOnDeliveryAdapter(),
    BANK_TRANSFER: new VietQrBankTransferAdapter(settings.bank),
    CARD: new StripeCardAdapter(!!settings.stripeSecretKey),
  };
}
