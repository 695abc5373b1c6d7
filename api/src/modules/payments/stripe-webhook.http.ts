import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';
import type { Orm } from '../../db/orm.js';
import { rows } from '../../lib/sql.js';
import { inTransaction } from '../../lib/unit-of-work.js';
import type { CardPaymentGateway, CardPaymentHandler } from './card-payment.js';

/** Stripe's default: a signature older than 5 minutes is a replay. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
/** Stripe events are a few kB; anything this large is not one. */
const MAX_WEBHOOK_BYTES = 512 * 1024;

/**
 * Events whose PaymentIntent the orders module must look at. Other (verified) events are acknowledged
 * and not recorded. Configure the Stripe webhook endpoint with these.
 */
export const HANDLED_EVENTS = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'payment_intent.processing',
  'charge.refunded',
  'refund.failed',
]);

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

class TooLarge extends Error {}

async function rawBody(req: IncomingMessage): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_WEBHOOK_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_WEBHOOK_BYTES) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The PaymentIntent an event is about: the object itself, or the charge's / refund's intent. */
function intentIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as { object?: string; id?: string; payment_intent?: string | { id: string } | null };
  if (object.object === 'payment_intent') return object.id ?? null;
  const pi = object.payment_intent;
  return typeof pi === 'string' ? pi : (pi?.id ?? null);
}

/**
 * POST /webhooks/stripe. Verifies the Stripe-Signature over the raw body bytes (never a re-serialised
 * JSON) with a 300 s tolerance; anything unverified gets 400 and writes nothing. A verified event is
 * recorded by id and handled in one transaction: a redelivery (even concurrent: the second insert
 * waits for the first transaction) is acknowledged without handling it again. The handler gets the
 * intent as re-fetched from Stripe, not the event's snapshot, so late and out-of-order events cannot
 * move an order back. A failing handler rolls back the record too: 500, and Stripe retries.
 */
export function createStripeWebhookHandler(options: {
  orm: Orm;
  webhookSecret: string;
  gateway: CardPaymentGateway;
  /** Looked up per event: the orders module registers it; absent → 503 (Stripe retries later). */
  handler: () => CardPaymentHandler | undefined;
  now?: () => Date;
  log?: (msg: string) => void;
}) {
  const now = () => options.now?.() ?? new Date();
  return async function stripeWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' });
      return void res.end();
    }
    let body: Buffer;
    try {
      body = await rawBody(req);
    } catch (e) {
      if (e instanceof TooLarge) return send(res, 413, { error: 'payload too large' });
      throw e;
    }
    const signature = req.headers['stripe-signature'];
    if (typeof signature !== 'string' || signature === '') return send(res, 400, { error: 'missing Stripe-Signature header' });
    let event: Stripe.Event;
    try {
      // receivedAt is in milliseconds (the SDK floors it to seconds).
      const receivedAt = now().getTime();
      event = Stripe.webhooks.constructEvent(body, signature, options.webhookSecret, WEBHOOK_TOLERANCE_SECONDS, undefined, receivedAt);
      // The SDK only refuses old signatures; one dated beyond the tolerance in the future is no
      // fresher than a replay (Stripe's clock is not ahead of ours by minutes).
      const signedAt = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
      if (signedAt - receivedAt / 1000 > WEBHOOK_TOLERANCE_SECONDS) throw new Error('Timestamp outside the tolerance zone');
    } catch (e) {
      // Stripe's SDK throws StripeSignatureVerificationError for a bad signature, an old timestamp or
      // an unparsable header; the message says which, and is safe to return.
      return send(res, 400, { error: e instanceof Error ? e.message : 'invalid signature' });
    }

    const intentId = HANDLED_EVENTS.has(event.type) ? intentIdOf(event) : null;
    if (!intentId) return send(res, 200, { received: true, handled: false });
    const handler = options.handler();
    if (!handler) {
      options.log?.(`stripe webhook ${event.id} (${event.type}) refused: no card payment handler registered`);
      return send(res, 503, { error: 'card payments are not ready' });
    }

    const em = options.orm.em.fork();
    try {
      const outcome = await inTransaction(em, async () => {
        const at = now();
        const fresh = await rows(em, `insert into payment_webhook_event (id, type, received_at) values (?, ?, ?) on conflict (id) do nothing returning id`, [event.id, event.type, at]);
        if (fresh.length === 0) return 'duplicate' as const;
        const state = await options.gateway.retrieve(intentId);
        await handler.onCardPayment({ ...state, eventId: event.id, eventType: event.type, orderId: state.metadata.order_id ?? null }, { em });
        await rows(em, `update payment_webhook_event set processed_at = ? where id = ?`, [now(), event.id]);
        return 'handled' as const;
      });
      send(res, 200, { received: true, handled: outcome === 'handled', duplicate: outcome === 'duplicate' });
    } catch (e) {
      options.log?.(`stripe webhook ${event.id} (${event.type}) failed, Stripe will retry: ${e instanceof Error ? e.message : String(e)}`);
      send(res, 500, { error: 'event not handled; retry later' });
    }
  };
}
