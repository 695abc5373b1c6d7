import Stripe from 'stripe';
import { afterAll, describe, expect, it } from 'vitest';
import { startStripeFake } from '../../test/stripe-fake/server.js';
import { CardGatewayError } from './card-payment.js';
import { createStripeClient, createStripeGateway } from './stripe-gateway.js';

const SECRET_KEY = 'sk_test_ocop_gateway';
const fake = await startStripeFake({ secretKey: SECRET_KEY, webhookSecret: 'whsec_ocop_gateway' });
afterAll(() => fake.close());
const stripe = createStripeClient({ secretKey: SECRET_KEY, api: fake.sdkOptions });
const gateway = createStripeGateway(stripe);

let n = 0;
const key = (what: string) => `test:${what}:${++n}`;
const order = () => ({ orderId: `ord_${++n}`, orderNumber: `OCOP-${1000 + n}` });

describe('Stripe card gateway (real SDK against the local fake)', () => {
  it('creates a VND intent for the order total in whole đồng, never ×100', async () => {
    const o = order();
    const intent = await gateway.createIntent({ amount: 250_000, ...o, idempotencyKey: key('create') });
    expect(intent).toMatchObject({ amount: 250_000, status: 'requires_payment_method' });
    expect(intent.intentId).toMatch(/^pi_/);
    expect(intent.clientSecret).toMatch(new RegExp(`^${intent.intentId}_secret_`));
    const state = await gateway.retrieve(intent.intentId);
    expect(state).toMatchObject({ amount: 250_000, currency: 'vnd', amountReceived: 0, amountRefunded: 0, metadata: { order_id: o.orderId, order_number: o.orderNumber } });
    // What went over the wire: the same integer.
    const raw = await stripe.paymentIntents.retrieve(intent.intentId);
    expect(raw.amount).toBe(250_000);
    expect(raw.automatic_payment_methods?.enabled).toBe(true);
  });

  it('refuses amounts that are not whole đồng, or beyond Stripe’s eight digits, before calling Stripe', async () => {
    const before = fake.requests.length;
    for (const amount of [0, -1, 2500.5, 100_000_000, Number.NaN]) {
      await expect(gateway.createIntent({ amount, ...order(), idempotencyKey: key('bad') })).rejects.toThrow(RangeError);
    }
    expect(fake.requests.length).toBe(before);
    // The fake, like Stripe, refuses a decimal amount rather than rounding it.
    await expect(stripe.paymentIntents.create({ amount: 2500.5, currency: 'vnd' })).rejects.toMatchObject({ code: 'parameter_invalid_integer', statusCode: 400 });
  });

  it('returns the same intent for the same idempotency key, and refuses the key with another amount', async () => {
    const o = order();
    const idempotencyKey = key('same');
    const first = await gateway.createIntent({ amount: 120_000, ...o, idempotencyKey });
    const again = await gateway.createIntent({ amount: 120_000, ...o, idempotencyKey });
    expect(again).toEqual(first);
    expect(fake.state.intents.size).toBeGreaterThan(0);
    expect([...fake.state.intents.values()].filter((i) => (i.metadata as Record<string, string>).order_id === o.orderId)).toHaveLength(1);
    const conflict = await gateway.createIntent({ amount: 130_000, ...o, idempotencyKey }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(CardGatewayError);
    expect(conflict).toMatchObject({ code: 'idempotency_error', retryable: false, httpStatus: 400 });
  });

  it('sends an idempotency key with every create, cancel and refund', async () => {
    const from = fake.requests.length;
    const intent = await gateway.createIntent({ amount: 90_000, ...order(), idempotencyKey: key('k1') });
    await stripe.paymentIntents.confirm(intent.intentId, { payment_method: 'pm_card_visa' });
    await gateway.refund({ intentId: intent.intentId, amount: 10_000, idempotencyKey: key('k2') });
    const other = await gateway.createIntent({ amount: 90_000, ...order(), idempotencyKey: key('k3') });
    await gateway.cancel(other.intentId, key('k4'));
    const ours = fake.requests.slice(from).filter((r) => r.method === 'POST' && !r.path.endsWith('/confirm'));
    expect(ours).toHaveLength(4);
    for (const r of ours) expect(r.idempotencyKey, `${r.method} ${r.path}`).toMatch(/^test:/);
  });

  it('cancels an unpaid intent, and on a paid one reports succeeded instead of failing', async () => {
    const unpaid = await gateway.createIntent({ amount: 50_000, ...order(), idempotencyKey: key('c1') });
    const cancelKey = key('c2');
    expect(await gateway.cancel(unpaid.intentId, cancelKey)).toMatchObject({ status: 'canceled' });
    // A retried cancel with the same key is replayed, not refused.
    expect(await gateway.cancel(unpaid.intentId, cancelKey)).toMatchObject({ status: 'canceled' });
    expect(fake.requests.at(-1)).toMatchObject({ replayed: true });

    const paid = await gateway.createIntent({ amount: 50_000, ...order(), idempotencyKey: key('c3') });
    await stripe.paymentIntents.confirm(paid.intentId, { payment_method: 'pm_card_visa' });
    expect(await gateway.cancel(paid.intentId, key('c4'))).toMatchObject({ status: 'succeeded', amountReceived: 50_000 });
  });

  it('refunds part, then the rest, once per idempotency key', async () => {
    const intent = await gateway.createIntent({ amount: 300_000, ...order(), idempotencyKey: key('r1') });
    await stripe.paymentIntents.confirm(intent.intentId, { payment_method: 'pm_card_visa' });
    const partKey = key('r2');
    const part = await gateway.refund({ intentId: intent.intentId, amount: 100_000, idempotencyKey: partKey });
    expect(part).toMatchObject({ status: 'succeeded', amount: 100_000 });
    expect(part.refundId).toMatch(/^re_/);
    expect(await gateway.refund({ intentId: intent.intentId, amount: 100_000, idempotencyKey: partKey })).toEqual(part);
    expect(await gateway.retrieve(intent.intentId)).toMatchObject({ status: 'succeeded', amountReceived: 300_000, amountRefunded: 100_000 });

    const rest = await gateway.refund({ intentId: intent.intentId, idempotencyKey: key('r3') });
    expect(rest.amount).toBe(200_000);
    expect(await gateway.retrieve(intent.intentId)).toMatchObject({ amountRefunded: 300_000 });
    await expect(gateway.refund({ intentId: intent.intentId, idempotencyKey: key('r4') })).rejects.toMatchObject({ code: 'charge_already_refunded' });
    expect((await stripe.refunds.retrieve(part.refundId)).amount).toBe(100_000);
  });

  it('cannot refund an intent that was never paid', async () => {
    const intent = await gateway.createIntent({ amount: 40_000, ...order(), idempotencyKey: key('n1') });
    await expect(gateway.refund({ intentId: intent.intentId, idempotencyKey: key('n2') })).rejects.toMatchObject({ code: 'charge_not_refundable', retryable: false });
  });

  it('reports declines by Stripe’s test cards on the intent', async () => {
    const intent = await gateway.createIntent({ amount: 75_000, ...order(), idempotencyKey: key('d1') });
    const declined = await stripe.paymentIntents.confirm(intent.intentId, { payment_method: 'pm_card_chargeDeclinedInsufficientFunds' }).catch((e: unknown) => e);
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(declined).toMatchObject({ statusCode: 402, code: 'card_declined', decline_code: 'insufficient_funds' });
    expect(await gateway.retrieve(intent.intentId)).toMatchObject({
      status: 'requires_payment_method',
      amountReceived: 0,
      lastError: { code: 'card_declined', declineCode: 'insufficient_funds' },
    });
  });

  it('fails with a typed error for an unknown intent and with a wrong key', async () => {
    await expect(gateway.retrieve('pi_doesnotexist')).rejects.toMatchObject({ code: 'resource_missing', httpStatus: 404 });
    const wrong = createStripeGateway(createStripeClient({ secretKey: 'sk_test_wrong', api: fake.sdkOptions }));
    await expect(wrong.retrieve('pi_x')).rejects.toMatchObject({ httpStatus: 401, retryable: false });
  });
});
