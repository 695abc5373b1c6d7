import Stripe from 'stripe';
import { CardGatewayError, type CardIntent, type CardPaymentGateway, type CardPaymentState, type CardPaymentStatus, type CardRefund } from './card-payment.js';
import type { StripeSettings } from './stripe-settings.js';

/** VND is zero-decimal at Stripe: the amount is whole đồng (https://docs.stripe.com/currencies#zero-decimal). */
export const CARD_CURRENCY = 'vnd';
/** Stripe's limit: eight digits in the currency's smallest unit, so at most 99.999.999 ₫ per intent. */
export const MAX_CARD_AMOUNT = 99_999_999;

/** A programming error if broken: callers pass integer đồng from Money, never a float or a ×100 value. */
export function assertCardAmount(amount: number, what = 'amount'): void {
  if (!Number.isSafeInteger(amount) || amount < 1 || amount > MAX_CARD_AMOUNT) {
    throw new RangeError(`${what} must be a whole number of đồng between 1 and ${MAX_CARD_AMOUNT}, got ${amount}`);
  }
}

function assertIdempotencyKey(key: string): void {
  if (!key || key.length > 255) throw new RangeError('idempotencyKey must be 1–255 characters');
}

export function createStripeClient(settings: Pick<StripeSettings, 'secretKey' | 'api'>): Stripe {
  return new Stripe(settings.secretKey, {
    ...(settings.api ?? {}),
    // Retries reuse the request's idempotency key, so a retried create never makes a second intent.
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'OCOP Market' },
  });
}

function gatewayError(error: unknown): CardGatewayError {
  if (error instanceof Stripe.errors.StripeError) {
    const retryable = error.type === 'StripeConnectionError' || error.type === 'StripeAPIError' || error.type === 'StripeRateLimitError';
    const code = error.code ?? error.rawType ?? error.type;
    return new CardGatewayError(error.message, code, retryable, error.statusCode);
  }
  return new CardGatewayError(error instanceof Error ? error.message : String(error), 'unknown', true);
}

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw gatewayError(error);
  }
}

export function toCardState(intent: Stripe.PaymentIntent): CardPaymentState {
  const charge = typeof intent.latest_charge === 'object' && intent.latest_charge ? intent.latest_charge : null;
  const lastError = intent.last_payment_error;
  return {
    intentId: intent.id,
    status: intent.status as CardPaymentStatus,
    amount: intent.amount,
    amountReceived: intent.amount_received,
    amountRefunded: charge?.amount_refunded ?? 0,
    currency: intent.currency,
    metadata: { ...intent.metadata },
    lastError: lastError ? { code: lastError.code ?? null, declineCode: lastError.decline_code ?? null, message: lastError.message ?? null } : null,
  };
}

/** The Stripe adapter of the card gateway. Every POST carries the caller's idempotency key. */
export function createStripeGateway(stripe: Stripe): CardPaymentGateway {
  const retrieve = (intentId: string) => call(async () => toCardState(await stripe.paymentIntents.retrieve(intentId, { expand: ['latest_charge'] })));
  return {
    async createIntent({ amount, orderId, orderNumber, idempotencyKey }): Promise<CardIntent> {
      assertCardAmount(amount);
      assertIdempotencyKey(idempotencyKey);
      const intent = await call(() =>
        stripe.paymentIntents.create(
          {
            amount,
            currency: CARD_CURRENCY,
            description: `OCOP Market ${orderNumber}`,
            metadata: { order_id: orderId, order_number: orderNumber },
            automatic_payment_methods: { enabled: true },
          },
          { idempotencyKey },
        ),
      );
      if (!intent.client_secret) throw new CardGatewayError('Stripe returned an intent without a client secret', 'missing_client_secret', false);
      return { intentId: intent.id, clientSecret: intent.client_secret, status: intent.status as CardPaymentStatus, amount: intent.amount };
    },

    retrieve,

    async clientSecretOf(intentId) {
      const intent = await call(() => stripe.paymentIntents.retrieve(intentId));
      if (!intent.client_secret) throw new CardGatewayError('Stripe returned an intent without a client secret', 'missing_client_secret', false);
      return intent.client_secret;
    },

    async cancel(intentId, idempotencyKey) {
      assertIdempotencyKey(idempotencyKey);
      try {
        return toCardState(await stripe.paymentIntents.cancel(intentId, {}, { idempotencyKey }));
      } catch (error) {
        // Already succeeded (paid meanwhile) or already canceled: report the state, do not fail.
        if (error instanceof Stripe.errors.StripeError && error.code === 'payment_intent_unexpected_state') return retrieve(intentId);
        throw gatewayError(error);
      }
    },

    async refund({ intentId, amount, idempotencyKey, reason }): Promise<CardRefund> {
      if (amount !== undefined) assertCardAmount(amount, 'refund amount');
      assertIdempotencyKey(idempotencyKey);
      const refund = await call(() =>
        stripe.refunds.create({ payment_intent: intentId, ...(amount !== undefined ? { amount } : {}), ...(reason ? { reason } : {}) }, { idempotencyKey }),
      );
      return { refundId: refund.id, status: (refund.status ?? 'pending') as CardRefund['status'], amount: refund.amount };
    },
  };
}
