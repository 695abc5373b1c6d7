import type { CardPaymentHandler } from '../payments/card-payment.js';
import { createServices, type ServiceDeps } from '../services.js';

/**
 * The orders module's answer to card payment events (POST /webhooks/stripe): given to createApp by
 * main.ts and the test API. Each event is handled with services over the webhook's own transaction,
 * so the order's change and the event's record commit together (see CardOrderPaymentService).
 */
export function orderCardPaymentHandler(deps: () => ServiceDeps): CardPaymentHandler {
  return {
    onCardPayment: (update, { em }) => createServices(em, deps()).cardPayments.onCardPayment(update, em),
  };
}
