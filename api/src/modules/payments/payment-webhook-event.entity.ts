import { defineEntity, p } from '@mikro-orm/core';

/**
 * A payment provider's webhook event that was handled, by the provider's event id (`evt_…`). The row
 * is inserted in the same transaction as the handling, so an event redelivered (Stripe retries,
 * duplicates, concurrent deliveries) finds it and is acknowledged without being handled again.
 */
const PaymentWebhookEventSchema = defineEntity({
  name: 'PaymentWebhookEvent',
  tableName: 'payment_webhook_event',
  properties: {
    id: p.string().primary(),
    type: p.string(),
    receivedAt: p.datetime(),
    processedAt: p.datetime().nullable(),
  },
});

export class PaymentWebhookEvent extends PaymentWebhookEventSchema.class {}
PaymentWebhookEventSchema.setClass(PaymentWebhookEvent);
