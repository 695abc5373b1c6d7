import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { captureLogger } from '../../observability/logger.js';
import { createApp } from '../../http/app.js';
import { rows } from '../../lib/sql.js';
import { testApi } from '../../test/api.js';
import { testDatabase } from '../../test/database.js';
import { startStripeFake } from '../../test/stripe-fake/server.js';
import type { CardPaymentHandler, CardPaymentUpdate } from './card-payment.js';
import { createStripeClient } from './stripe-gateway.js';

const KEYS = { STRIPE_SECRET_KEY: 'sk_test_ocop_webhook', STRIPE_PUBLISHABLE_KEY: 'pk_test_ocop_webhook', STRIPE_WEBHOOK_SECRET: 'whsec_ocop_webhook' };
/** One clock for the fake (signature timestamps) and the API (tolerance), so "301 s old" is exact. */
const NOW = new Date('2026-11-20T03:00:00Z');

const { orm } = await testDatabase();
const fake = await startStripeFake({ secretKey: KEYS.STRIPE_SECRET_KEY, webhookSecret: KEYS.STRIPE_WEBHOOK_SECRET, autoDeliver: false, now: () => NOW.getTime() });
afterAll(() => fake.close());
const stripe = createStripeClient({ secretKey: KEYS.STRIPE_SECRET_KEY, api: fake.sdkOptions });

await rows(orm.em.fork(), `create table card_payment_probe (event_id text primary key, intent_id text not null, status text not null, event_type text not null)`);

/** Stands in for the orders module: writes one row per call in the webhook's transaction. */
const seen: CardPaymentUpdate[] = [];
let failNext = false;
const recorder: CardPaymentHandler = {
  async onCardPayment(update, { em }) {
    seen.push(update);
    // Hold the transaction open a little, so concurrent deliveries really overlap.
    await new Promise((r) => setTimeout(r, 30));
    await rows(em, `insert into card_payment_probe (event_id, intent_id, status, event_type) values (?, ?, ?, ?)`, [update.eventId, update.intentId, update.status, update.eventType]);
    if (failNext) {
      failNext = false;
      throw new Error('orders module failed');
    }
  },
};

async function startApp(handler: CardPaymentHandler | undefined) {
  const { logger, lines } = captureLogger();
  const config = loadConfig({ NODE_ENV: 'test', ALLOW_DEV_MAILBOX: 'true', ...KEYS, STRIPE_API_URL: fake.url });
  const app = await createApp({ config, orm, now: () => NOW, cardPaymentHandler: handler, logger });
  const logs = { messages: () => lines.map((l) => l.msg ?? '') };
  const port = await app.listen(0, '127.0.0.1');
  afterAll(() => app.close());
  return { app, url: `http://127.0.0.1:${port}/webhooks/stripe`, logs };
}
const api = await startApp(recorder);
fake.webhookUrl = api.url;

async function paidIntent(amount = 185_000) {
  const intent = await api.app.cardPayments!.gateway.createIntent({ amount, orderId: 'ord_test', orderNumber: 'OCOP-1', idempotencyKey: `intent:${Math.random()}` });
  await stripe.paymentIntents.confirm(intent.intentId, { payment_method: 'pm_card_visa' });
  return intent.intentId;
}
const eventOf = (intentId: string, type: string) => fake.state.events.find((e) => e.type === type && (e.data as { object: { id?: string; payment_intent?: string } }).object[type.startsWith('payment_intent') ? 'id' : 'payment_intent'] === intentId)!;
const count = async (table: string) => Number((await rows<{ n: string }>(orm.em.fork(), `select count(*) as n from ${table}`))[0]!.n);

beforeEach(async () => {
  seen.length = 0;
  await rows(orm.em.fork(), `truncate card_payment_probe, payment_webhook_event`);
});

describe('POST /webhooks/stripe', () => {
  it('handles a payment_intent.succeeded delivered 5 times (3 at once) exactly once', async () => {
    const intentId = await paidIntent();
    const statuses = await fake.deliver(eventOf(intentId, 'payment_intent.succeeded'), { times: 5, concurrently: 3 });
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(await count('card_payment_probe')).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ intentId, status: 'succeeded', amount: 185_000, amountReceived: 185_000, currency: 'vnd', orderId: 'ord_test', eventType: 'payment_intent.succeeded' });
    const recorded = await rows(orm.em.fork(), `select id, type, processed_at = ? as processed from payment_webhook_event`, [NOW]);
    expect(recorded).toEqual([{ id: eventOf(intentId, 'payment_intent.succeeded').id, type: 'payment_intent.succeeded', processed: true }]);
  });

  it.each([
    ['a tampered body', { tamper: (p: string) => p.replace('"amount": 185000', '"amount": 1') }],
    ['a wrong secret', { secret: 'whsec_not_ours' }],
    ['no Stripe-Signature header', { unsigned: true }],
    ['a timestamp 301 s old', { timestamp: NOW.getTime() / 1000 - 301 }],
    ['a timestamp 301 s ahead', { timestamp: NOW.getTime() / 1000 + 301 }],
  ])('answers 400 and writes nothing for %s', async (_, options) => {
    const intentId = await paidIntent();
    const reads = fake.requests.filter((r) => r.method === 'GET').length;
    expect(await fake.deliver(eventOf(intentId, 'payment_intent.succeeded'), options)).toEqual([400]);
    expect(await count('payment_webhook_event')).toBe(0);
    expect(await count('card_payment_probe')).toBe(0);
    expect(fake.requests.filter((r) => r.method === 'GET').length).toBe(reads);
  });

  it('accepts a signature exactly 300 s old (Stripe’s tolerance)', async () => {
    const intentId = await paidIntent();
    expect(await fake.deliver(eventOf(intentId, 'payment_intent.succeeded'), { timestamp: NOW.getTime() / 1000 - 300 })).toEqual([200]);
    expect(await count('card_payment_probe')).toBe(1);
  });

  it('gives a late payment_failed (after succeeded) the re-fetched state: succeeded, so the order is never un-paid', async () => {
    const intent = await api.app.cardPayments!.gateway.createIntent({ amount: 99_000, orderId: 'ord_late', orderNumber: 'OCOP-2', idempotencyKey: `late:${Math.random()}` });
    await expect(stripe.paymentIntents.confirm(intent.intentId, { payment_method: 'pm_card_chargeDeclined' })).rejects.toMatchObject({ statusCode: 402 });
    await stripe.paymentIntents.confirm(intent.intentId, { payment_method: 'pm_card_visa' });
    const failed = eventOf(intent.intentId, 'payment_intent.payment_failed');
    expect((failed.data as { object: { status: string } }).object.status).toBe('requires_payment_method');
    // Out of order: the success arrives first, the earlier failure after it.
    expect(await fake.deliver(eventOf(intent.intentId, 'payment_intent.succeeded'))).toEqual([200]);
    expect(await fake.deliver(failed)).toEqual([200]);
    expect(seen.map((u) => [u.eventType, u.status])).toEqual([
      ['payment_intent.succeeded', 'succeeded'],
      ['payment_intent.payment_failed', 'succeeded'],
    ]);
  });

  it('tells the handler about refunds (charge.refunded) with the refunded amount, and ignores other events', async () => {
    const intentId = await paidIntent(500_000);
    await api.app.cardPayments!.gateway.refund({ intentId, amount: 200_000, idempotencyKey: `refund:${intentId}` });
    const refundCreated = eventOf(intentId, 'refund.created');
    expect(await fake.deliver(refundCreated)).toEqual([200]);
    expect(await count('payment_webhook_event')).toBe(0);
    expect(await fake.deliver(eventOf(intentId, 'charge.refunded'))).toEqual([200]);
    expect(seen).toEqual([expect.objectContaining({ intentId, status: 'succeeded', amountReceived: 500_000, amountRefunded: 200_000, eventType: 'charge.refunded' })]);
  });

  it('tells the handler about a canceled intent', async () => {
    const intent = await api.app.cardPayments!.gateway.createIntent({ amount: 10_000, orderId: 'ord_c', orderNumber: 'OCOP-3', idempotencyKey: `c:${Math.random()}` });
    await api.app.cardPayments!.gateway.cancel(intent.intentId, `cancel:${intent.intentId}`);
    expect(await fake.deliver(eventOf(intent.intentId, 'payment_intent.canceled'))).toEqual([200]);
    expect(seen).toEqual([expect.objectContaining({ intentId: intent.intentId, status: 'canceled', orderId: 'ord_c' })]);
  });

  it('rolls the record back when the handler fails (500), so the redelivery is handled', async () => {
    const intentId = await paidIntent();
    failNext = true;
    const event = eventOf(intentId, 'payment_intent.succeeded');
    expect(await fake.deliver(event)).toEqual([500]);
    expect(await count('payment_webhook_event')).toBe(0);
    expect(await count('card_payment_probe')).toBe(0);
    expect(api.logs.messages()).toContainEqual(expect.stringMatching(/failed, Stripe will retry: orders module failed/));
    expect(await fake.deliver(event, { times: 2 })).toEqual([200, 200]);
    expect(await count('card_payment_probe')).toBe(1);
  });

  it('answers 503 and records nothing while no handler is registered', async () => {
    const bare = await startApp(undefined);
    const intentId = await paidIntent();
    fake.webhookUrl = bare.url;
    try {
      expect(await fake.deliver(eventOf(intentId, 'payment_intent.succeeded'))).toEqual([503]);
    } finally {
      fake.webhookUrl = api.url;
    }
    expect(await count('payment_webhook_event')).toBe(0);
  });

  it('is not there when card payments are not configured', async () => {
    const plain = await testApi(orm);
    const res = await fetch(`${plain.base}/webhooks/stripe`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });
});
