import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import Stripe from 'stripe';
import { canonical, parseStripeForm } from './form.js';
import { startStripeFake } from './server.js';

const SK = 'sk_test_fake_wire';
const PK = 'pk_test_fake_wire';
const SECRET = 'whsec_fake_wire';

/** A webhook receiver that verifies like the API does and keeps what it got. */
const received: { type: string; status: string; ok: boolean }[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    try {
      const event = Stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers['stripe-signature']), SECRET);
      received.push({ type: event.type, status: String((event.data.object as { status?: string }).status), ok: true });
      res.writeHead(200).end();
    } catch {
      received.push({ type: '?', status: '?', ok: false });
      res.writeHead(400).end();
    }
  });
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
const receiverPort = (receiver.address() as { port: number }).port;

const fake = await startStripeFake({ secretKey: SK, publishableKey: PK, webhookSecret: SECRET, webhookUrl: `http://127.0.0.1:${receiverPort}/` });
afterAll(async () => {
  await fake.close();
  await new Promise((r) => receiver.close(r));
});
const stripe = new Stripe(SK, { ...fake.sdkOptions, maxNetworkRetries: 0 });

/** A Stripe JSON answer, read loosely. */
const body = (res: Response) => res.json() as Promise<any>;

function post(path: string, body: string, key = SK, headers: Record<string, string> = {}) {
  return fetch(`${fake.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
}

describe('Stripe fake: wire format', () => {
  it('parses bracketed form keys as the SDK writes them', () => {
    expect(parseStripeForm('amount=1&metadata%5Border_id%5D=o1&expand%5B0%5D=latest_charge&payment_method_data[card][number]=4242')).toEqual({
      amount: '1',
      metadata: { order_id: 'o1' },
      expand: ['latest_charge'],
      payment_method_data: { card: { number: '4242' } },
    });
    expect(canonical({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe(canonical({ a: [2, { c: 2, d: 1 }], b: 1 }));
  });

  it('answers Stripe error objects: 401 without or with a wrong key, 404 for unknown objects and URLs', async () => {
    const none = await fetch(`${fake.url}/v1/payment_intents`, { method: 'POST' });
    expect(none.status).toBe(401);
    expect(await body(none)).toMatchObject({ error: { type: 'invalid_request_error', message: expect.stringMatching(/did not provide an API key/) } });
    const wrong = await post('/v1/payment_intents', 'amount=1&currency=vnd', 'sk_test_other');
    expect(wrong.status).toBe(401);
    expect((await body(wrong)).error.message).toMatch(/^Invalid API Key provided: sk_test_\**ther$/);
    await expect(stripe.paymentIntents.retrieve('pi_missing')).rejects.toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing' });
    const unknown = await post('/v1/customers', 'email=a@b.c');
    expect(unknown.status).toBe(404);
  });

  it('keeps the first answer for an idempotency key, replays it, and refuses other parameters', async () => {
    const headers = { 'idempotency-key': 'wire-1' };
    const first = await post('/v1/payment_intents', 'amount=5000&currency=vnd&metadata[order_id]=o1', SK, headers);
    const again = await post('/v1/payment_intents', 'metadata[order_id]=o1&currency=vnd&amount=5000', SK, headers);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await body(again)).id).toBe((await body(first)).id);
    const other = await post('/v1/payment_intents', 'amount=6000&currency=vnd&metadata[order_id]=o1', SK, headers);
    expect(other.status).toBe(400);
    expect(await body(other)).toMatchObject({ error: { type: 'idempotency_error' } });
    // A request refused for its parameters is not kept: the key is still free after fixing them.
    const bad = await post('/v1/payment_intents', 'currency=vnd', SK, { 'idempotency-key': 'wire-2' });
    expect(await body(bad)).toMatchObject({ error: { code: 'parameter_missing', param: 'amount' } });
    expect((await post('/v1/payment_intents', 'amount=1&currency=vnd', SK, { 'idempotency-key': 'wire-2' })).status).toBe(200);
  });

  it('lets a publishable key confirm with the client secret and nothing else', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 70_000, currency: 'vnd' });
    expect((await post('/v1/payment_intents', 'amount=1&currency=vnd', PK)).status).toBe(403);
    const wrongSecret = await post(`/v1/payment_intents/${intent.id}/confirm`, 'client_secret=nope&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242', PK);
    expect(wrongSecret.status).toBe(400);
    const ok = await post(`/v1/payment_intents/${intent.id}/confirm`, `client_secret=${intent.client_secret}&payment_method_data[type]=card&payment_method_data[card][number]=4242424242424242`, PK);
    expect(await body(ok)).toMatchObject({ id: intent.id, status: 'succeeded', amount_received: 70_000 });
    const read = await fetch(`${fake.url}/v1/payment_intents/${intent.id}?client_secret=${intent.client_secret}`, { headers: { authorization: `Bearer ${PK}` } });
    expect(read.status).toBe(200);
    const again = await post(`/v1/payment_intents/${intent.id}/confirm`, `client_secret=${intent.client_secret}&payment_method_data[card][number]=4242424242424242`, PK);
    expect(await body(again)).toMatchObject({ error: { code: 'payment_intent_unexpected_state' } });
  });

  it.each([
    ['4000000000000002', 'card_declined', 'generic_decline'],
    ['4000000000009995', 'card_declined', 'insufficient_funds'],
    ['4000000000000069', 'expired_card', undefined],
  ])('declines test card %s with 402 %s', async (number, code, declineCode) => {
    const intent = await stripe.paymentIntents.create({ amount: 10_000, currency: 'vnd' });
    const res = await post(`/v1/payment_intents/${intent.id}/confirm`, `client_secret=${intent.client_secret}&payment_method_data[card][number]=${number}`, PK);
    expect(res.status).toBe(402);
    const { error } = await body(res);
    expect(error).toMatchObject({ type: 'card_error', code, payment_intent: { id: intent.id, status: 'requires_payment_method' } });
    expect(error.decline_code).toBe(declineCode);
  });

  it('delivers signed events to the webhook URL as state changes, in order', async () => {
    await fake.settled();
    received.length = 0;
    const intent = await stripe.paymentIntents.create({ amount: 20_000, currency: 'vnd' });
    await stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclined' }).catch(() => {});
    await stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    await stripe.refunds.create({ payment_intent: intent.id });
    await fake.settled();
    expect(received).toEqual([
      { type: 'payment_intent.payment_failed', status: 'requires_payment_method', ok: true },
      { type: 'payment_intent.succeeded', status: 'succeeded', ok: true },
      { type: 'refund.created', status: 'succeeded', ok: true },
      { type: 'charge.refunded', status: 'succeeded', ok: true },
    ]);
  });

  it('offers delivery controls over HTTP for e2e', async () => {
    const { data } = (await (await fetch(`${fake.url}/_fake/events`)).json()) as { data: { id: string; type: string }[] };
    const succeeded = data.find((e) => e.type === 'payment_intent.succeeded')!;
    received.length = 0;
    const res = await fetch(`${fake.url}/_fake/events/${succeeded.id}/deliver`, { method: 'POST', body: JSON.stringify({ times: 3, concurrently: 2 }) });
    expect(await body(res)).toEqual({ statuses: [200, 200, 200] });
    const tampered = await fetch(`${fake.url}/_fake/events/${succeeded.id}/deliver`, { method: 'POST', body: JSON.stringify({ tamper: true }) });
    expect(await body(tampered)).toEqual({ statuses: [400] });
  });

  it('serves the fake Stripe.js at /v3/ for browsers, with CORS on the API', async () => {
    const js = await fetch(`${fake.url}/v3/`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const text = await js.text();
    expect(text).toMatch(/window\.Stripe = Stripe/);
    expect(() => new Function(text)).not.toThrow();
    const preflight = await fetch(`${fake.url}/v1/payment_intents/pi_x/confirm`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });
});
