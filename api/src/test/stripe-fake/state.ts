import { randomBytes } from 'node:crypto';
import type { FormValue } from './form.js';

/**
 * The objects the fake keeps (PaymentIntents, their charges, refunds) and the state changes the real
 * API makes to them, shaped like Stripe's JSON (only the fields a client reads are filled, the rest
 * are present with Stripe's null/empty values). Every change that Stripe announces by webhook returns
 * its events; the server signs and delivers them.
 */

export type Json = Record<string, unknown>;

/** A Stripe error object with its HTTP status (400 invalid_request_error, 402 card_error, 404…). */
export class StripeFakeError extends Error {
  constructor(
    readonly status: number,
    readonly error: Json,
  ) {
    super(String(error.message));
  }
}

const DOC = 'https://docs.stripe.com/error-codes';
export function invalidRequest(message: string, code?: string, param?: string, status = 400): StripeFakeError {
  return new StripeFakeError(status, { type: 'invalid_request_error', message, ...(code ? { code, doc_url: `${DOC}#${code.replace(/_/g, '-')}` } : {}), ...(param ? { param } : {}) });
}

/** Currencies whose amount is already in the main unit (https://docs.stripe.com/currencies#zero-decimal). */
export const ZERO_DECIMAL = new Set(['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf']);
/** "The amount field supports up to eight digits" (https://docs.stripe.com/currencies#minimum-and-maximum-charge-amounts). */
export const MAX_AMOUNT = 99_999_999;

/** Test cards from https://docs.stripe.com/testing, by number and by test PaymentMethod id. */
const CARDS: Record<string, { brand: string; decline?: { code: string; decline_code?: string; message: string } }> = {
  '4242424242424242': { brand: 'visa' },
  '5555555555554444': { brand: 'mastercard' },
  '4000000000000002': { brand: 'visa', decline: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' } },
  '4000000000009995': { brand: 'visa', decline: { code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' } },
  '4000000000000069': { brand: 'visa', decline: { code: 'expired_card', message: 'Your card has expired.' } },
  '4000000000000127': { brand: 'visa', decline: { code: 'incorrect_cvc', message: "Your card's security code is incorrect." } },
};
const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: '4242424242424242',
  pm_card_mastercard: '5555555555554444',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
  pm_card_chargeDeclinedExpiredCard: '4000000000000069',
  pm_card_chargeDeclinedIncorrectCvc: '4000000000000127',
};

export function stripeId(prefix: string): string {
  return `${prefix}_${randomBytes(18).toString('base64url').replace(/[-_]/g, 'x').slice(0, 24)}`;
}

export interface FakeEvent extends Json {
  id: string;
  type: string;
  created: number;
}

function str(params: Record<string, FormValue>, name: string): string | undefined {
  const v = params[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw invalidRequest(`Invalid string: ${name}`, 'parameter_invalid_string', name);
  return v;
}

function metadataOf(params: Record<string, FormValue>): Record<string, string> {
  const m = params.metadata;
  if (m === undefined || m === '') return {};
  if (typeof m !== 'object' || Array.isArray(m)) throw invalidRequest('Invalid object', 'parameter_invalid_object', 'metadata');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) {
    if (typeof v !== 'string') throw invalidRequest('Invalid metadata value', 'parameter_invalid_string', `metadata[${k}]`);
    if (k.length > 40 || v.length > 500) throw invalidRequest('Metadata keys are at most 40 and values at most 500 characters.', 'parameter_invalid_string', `metadata[${k}]`);
    out[k] = v;
  }
  return out;
}

/** Stripe's integer parameter rule: digits only; a decimal like "2500.5" is refused, never rounded. */
function amountParam(params: Record<string, FormValue>, name: string, required: boolean): number | undefined {
  const raw = params[name];
  if (raw === undefined) {
    if (required) throw invalidRequest(`Missing required param: ${name}.`, 'parameter_missing', name);
    return undefined;
  }
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw)) throw invalidRequest(`Invalid integer: ${String(raw)}`, 'parameter_invalid_integer', name);
  const amount = Number(raw);
  if (amount < 1) throw invalidRequest('This value must be greater than or equal to 1.', 'amount_too_small', name);
  if (amount > MAX_AMOUNT) throw invalidRequest(`Amount must be no more than ${MAX_AMOUNT}`, 'amount_too_large', name);
  return amount;
}

export class FakeStripeState {
  readonly intents = new Map<string, Json>();
  readonly charges = new Map<string, Json>();
  readonly refunds = new Map<string, Json>();
  readonly events: FakeEvent[] = [];

  constructor(private readonly nowSeconds: () => number) {}

  private event(type: string, object: Json, requestInfo: { id: string; idempotencyKey?: string }): FakeEvent {
    const event: FakeEvent = {
      id: stripeId('evt'),
      object: 'event',
      api_version: '2026-10-28.endive',
      created: this.nowSeconds(),
      // A snapshot: later changes to the object do not change an event already sent.
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: requestInfo.id, idempotency_key: requestInfo.idempotencyKey ?? null },
      type,
    };
    this.events.push(event);
    return event;
  }

  /** The intent as the API shows it (with `expand[]=latest_charge` resolved). */
  view(intent: Json, expand: string[] = []): Json {
    const shown = structuredClone(intent);
    if (expand.includes('latest_charge') && typeof intent.latest_charge === 'string') shown.latest_charge = structuredClone(this.charges.get(intent.latest_charge));
    return shown;
  }

  intent(id: string): Json {
    const intent = this.intents.get(id);
    if (!intent) throw invalidRequest(`No such payment_intent: '${id}'`, 'resource_missing', 'intent', 404);
    return intent;
  }

  createIntent(params: Record<string, FormValue>): Json {
    const amount = amountParam(params, 'amount', true)!;
    const currency = str(params, 'currency')?.toLowerCase();
    if (!currency) throw invalidRequest('Missing required param: currency.', 'parameter_missing', 'currency');
    if (!/^[a-z]{3}$/.test(currency)) throw invalidRequest(`Invalid currency: ${currency}.`, 'parameter_invalid_string', 'currency');
    const apm = params.automatic_payment_methods as Record<string, FormValue> | undefined;
    const id = stripeId('pi');
    const intent: Json = {
      id,
      object: 'payment_intent',
      amount,
      amount_capturable: 0,
      amount_details: { tip: {} },
      amount_received: 0,
      application: null,
      automatic_payment_methods: apm ? { allow_redirects: apm.allow_redirects ?? 'always', enabled: apm.enabled === 'true' } : null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: 'automatic_async',
      client_secret: `${id}_secret_${randomBytes(18).toString('base64url').replace(/[-_]/g, 'y').slice(0, 25)}`,
      confirmation_method: 'automatic',
      created: this.nowSeconds(),
      currency,
      customer: null,
      description: str(params, 'description') ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: metadataOf(params),
      next_action: null,
      payment_method: null,
      payment_method_types: ['card'],
      receipt_email: str(params, 'receipt_email') ?? null,
      statement_descriptor: null,
      status: 'requires_payment_method',
    };
    this.intents.set(id, intent);
    return intent;
  }

  cancel(id: string, params: Record<string, FormValue>, req: { id: string; idempotencyKey?: string }): { intent: Json; events: FakeEvent[] } {
    const intent = this.intent(id);
    if (!['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'].includes(String(intent.status))) {
      throw new StripeFakeError(400, {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        doc_url: `${DOC}#payment-intent-unexpected-state`,
        message: `You cannot cancel this PaymentIntent because it has a status of ${String(intent.status)}. Only a PaymentIntent with one of the following statuses may be canceled: requires_payment_method, requires_capture, requires_confirmation, requires_action, processing.`,
        payment_intent: this.view(intent),
      });
    }
    Object.assign(intent, { status: 'canceled', canceled_at: this.nowSeconds(), cancellation_reason: str(params, 'cancellation_reason') ?? null });
    return { intent, events: [this.event('payment_intent.canceled', intent, req)] };
  }

  /**
   * Confirms with a test card (`payment_method_data[card][number]`, as the fake Stripe.js sends it)
   * or a test PaymentMethod id (`payment_method=pm_card_visa`). Declines answer 402 like the real API.
   */
  confirm(id: string, params: Record<string, FormValue>, req: { id: string; idempotencyKey?: string }, publishable: boolean): { intent: Json; events: FakeEvent[]; error?: StripeFakeError } {
    const intent = this.intent(id);
    if (publishable && str(params, 'client_secret') !== intent.client_secret) {
      throw invalidRequest(`The client_secret provided does not match any associated PaymentIntent on this account.`, 'resource_missing', 'client_secret', 400);
    }
    if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(String(intent.status))) {
      throw new StripeFakeError(400, {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        doc_url: `${DOC}#payment-intent-unexpected-state`,
        message: `You cannot confirm this PaymentIntent because it has a status of ${String(intent.status)}.`,
        payment_intent: this.view(intent),
      });
    }
    const pmData = params.payment_method_data as Record<string, FormValue> | undefined;
    const pmId = str(params, 'payment_method');
    const cardData = pmData && typeof pmData === 'object' ? (pmData.card as Record<string, string> | undefined) : undefined;
    const number = cardData?.number?.replace(/\s+/g, '') ?? (pmId ? TEST_PAYMENT_METHODS[pmId] : undefined);
    if (!number) throw invalidRequest('You must provide a payment_method or payment_method_data to confirm this PaymentIntent.', 'parameter_missing', 'payment_method');
    const card = CARDS[number];
    if (!card) {
      throw new StripeFakeError(402, { type: 'card_error', code: 'incorrect_number', message: 'Your card number is incorrect.', param: 'number', doc_url: `${DOC}#incorrect-number` });
    }
    const paymentMethod = stripeId('pm');
    const charge: Json = {
      id: stripeId('ch'),
      object: 'charge',
      amount: intent.amount,
      amount_captured: card.decline ? 0 : intent.amount,
      amount_refunded: 0,
      captured: !card.decline,
      created: this.nowSeconds(),
      currency: intent.currency,
      failure_code: card.decline?.code ?? null,
      failure_message: card.decline?.message ?? null,
      livemode: false,
      metadata: structuredClone(intent.metadata),
      outcome: card.decline
        ? { network_status: 'declined_by_network', reason: card.decline.decline_code ?? card.decline.code, risk_level: 'normal', seller_message: 'The bank did not return any further details with this decline.', type: 'issuer_declined' }
        : { network_status: 'approved_by_network', reason: null, risk_level: 'normal', seller_message: 'Payment complete.', type: 'authorized' },
      paid: !card.decline,
      payment_intent: intent.id,
      payment_method: paymentMethod,
      payment_method_details: { type: 'card', card: { brand: card.brand, last4: number.slice(-4), exp_month: Number(cardData?.exp_month ?? 12), exp_year: Number(cardData?.exp_year ?? 2034), country: 'US', funding: 'credit' } },
      refunded: false,
      status: card.decline ? 'failed' : 'succeeded',
    };
    this.charges.set(String(charge.id), charge);
    intent.latest_charge = charge.id;
    if (card.decline) {
      const lastError = { type: 'card_error', ...card.decline, charge: charge.id, doc_url: `${DOC}#${card.decline.code.replace(/_/g, '-')}`, payment_method: { id: paymentMethod, object: 'payment_method', type: 'card' } };
      Object.assign(intent, { status: 'requires_payment_method', payment_method: null, last_payment_error: lastError });
      const events = [this.event('payment_intent.payment_failed', intent, req)];
      return { intent, events, error: new StripeFakeError(402, { ...lastError, payment_intent: this.view(intent) }) };
    }
    Object.assign(intent, { status: 'succeeded', payment_method: paymentMethod, amount_received: intent.amount, last_payment_error: null });
    return { intent, events: [this.event('payment_intent.succeeded', intent, req)] };
  }

  refund(params: Record<string, FormValue>, req: { id: string; idempotencyKey?: string }): { refund: Json; events: FakeEvent[] } {
    const intentId = str(params, 'payment_intent');
    const chargeId = str(params, 'charge');
    if (!intentId && !chargeId) throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.', 'parameter_missing', 'payment_intent');
    const intent = intentId ? this.intent(intentId) : undefined;
    const charge = this.charges.get(String(chargeId ?? intent?.latest_charge));
    if (!charge && chargeId) throw invalidRequest(`No such charge: '${chargeId}'`, 'resource_missing', 'charge', 404);
    if (!charge || charge.status !== 'succeeded') {
      throw invalidRequest(`This PaymentIntent (${intentId}) does not have a successful charge to refund.`, 'charge_not_refundable', 'payment_intent');
    }
    const remaining = Number(charge.amount) - Number(charge.amount_refunded);
    if (remaining <= 0) throw invalidRequest(`Charge ${String(charge.id)} has already been refunded.`, 'charge_already_refunded', undefined);
    const amount = amountParam(params, 'amount', false) ?? remaining;
    if (amount > remaining) {
      throw invalidRequest(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, 'amount_too_large', 'amount');
    }
    const refund: Json = {
      id: stripeId('re'),
      object: 'refund',
      amount,
      balance_transaction: stripeId('txn'),
      charge: charge.id,
      created: this.nowSeconds(),
      currency: charge.currency,
      metadata: metadataOf(params),
      payment_intent: charge.payment_intent,
      reason: str(params, 'reason') ?? null,
      status: 'succeeded',
    };
    this.refunds.set(String(refund.id), refund);
    charge.amount_refunded = Number(charge.amount_refunded) + amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    // As the real API: refund.created for the refund, charge.refunded with the updated charge.
    return { refund, events: [this.event('refund.created', refund, req), this.event('charge.refunded', charge, req)] };
  }

  retrieveRefund(id: string): Json {
    const refund = this.refunds.get(id);
    if (!refund) throw invalidRequest(`No such refund: '${id}'`, 'resource_missing', 'id', 404);
    return refund;
  }
}
