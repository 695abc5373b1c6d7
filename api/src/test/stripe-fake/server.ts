import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Stripe from 'stripe';
import { canonical, parseStripeForm, type FormValue } from './form.js';
import { FakeStripeState, StripeFakeError, invalidRequest, stripeId, type FakeEvent, type Json } from './state.js';
import { fakeStripeJs } from './stripe-js.js';

/**
 * A local stand-in for api.stripe.com (and js.stripe.com/v3) that speaks Stripe's wire format for
 * exactly the calls OCOP Market makes, so the real `stripe` SDK and a browser can use it offline:
 *
 *   POST /v1/payment_intents                 create (Idempotency-Key honoured)
 *   GET  /v1/payment_intents/:id             retrieve (`expand[]=latest_charge`)
 *   POST /v1/payment_intents/:id/confirm     confirm with a test card (the fake Stripe.js calls it)
 *   POST /v1/payment_intents/:id/cancel      cancel
 *   POST /v1/refunds · GET /v1/refunds/:id   refund a succeeded intent, fully or partly
 *   GET  /v3/                                 the fake Stripe.js (window.Stripe, Payment Element)
 *
 * State changes are announced by signed webhook events (Stripe.webhooks.generateTestHeaderString)
 * POSTed to `webhookUrl`; tests can hold them back (`autoDeliver: false`) and deliver them on purpose:
 * several times, concurrently, out of order, tampered, with an old timestamp or a wrong secret.
 * For e2e, the same controls are under /_fake/ (GET /_fake/events, POST /_fake/events/:id/deliver).
 */

export interface StripeFakeOptions {
  /** Secret key the SDK must send (Authorization: Bearer). Any `sk_test_…` when unset. */
  secretKey?: string;
  /** Publishable key the fake Stripe.js sends. Any `pk_test_…` when unset. */
  publishableKey?: string;
  webhookSecret: string;
  /** Where events are POSTed, e.g. http://127.0.0.1:4000/webhooks/stripe. None: events are only recorded. */
  webhookUrl?: string;
  /** Deliver each event once as it happens (default true). */
  autoDeliver?: boolean;
  /** Clock (ms) for `created` and webhook signature timestamps. */
  now?: () => number;
}

export interface DeliveryOptions {
  /** Deliveries in all (default 1). */
  times?: number;
  /** How many of them start at the same moment (default 1); the rest follow one by one. */
  concurrently?: number;
  /** Sign with another secret (a forged delivery). */
  secret?: string;
  /** Signature timestamp in seconds (default now): an old one is a replay. */
  timestamp?: number;
  /** Change the body after it was signed. */
  tamper?: (payload: string) => string;
  /** Send no Stripe-Signature header. */
  unsigned?: boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  status: number;
  replayed: boolean;
}

interface StoredResult {
  fingerprint: string;
  status: number;
  body: Json;
}

class Reply {
  constructor(
    readonly status: number,
    readonly body: Json,
    /** Stripe keeps an idempotent result once the endpoint started executing (not for parameter errors). */
    readonly executed: boolean,
  ) {}
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-cache, no-store', ...headers });
  res.end(JSON.stringify(body, null, 2));
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export class StripeFake {
  readonly state: FakeStripeState;
  readonly requests: LoggedRequest[] = [];
  /** Every webhook delivery attempt: event, HTTP status (0 = no answer). */
  readonly deliveries: { eventId: string; type: string; status: number }[] = [];
  webhookUrl: string | undefined;
  autoDeliver: boolean;
  private readonly idempotent = new Map<string, StoredResult>();
  private readonly pending = new Set<Promise<unknown>>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((e: unknown) => send(res, 500, { error: { type: 'api_error', message: String(e) } }));
  });
  private origin = '';

  constructor(private readonly options: StripeFakeOptions) {
    this.state = new FakeStripeState(() => Math.floor(this.now() / 1000));
    this.webhookUrl = options.webhookUrl;
    this.autoDeliver = options.autoDeliver ?? true;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Starts listening; resolves to the base URL (http://127.0.0.1:<port>). */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    const address = this.server.address();
    this.origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
    return this.origin;
  }

  get url(): string {
    return this.origin;
  }

  /** SDK options that point the real `stripe` client here. */
  get sdkOptions(): { host: string; port: number; protocol: 'http' } {
    const u = new URL(this.origin);
    return { host: u.hostname, port: Number(u.port), protocol: 'http' };
  }

  async close(): Promise<void> {
    await this.settled();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves when every automatic webhook delivery started so far has been answered. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  event(idOrType: string): FakeEvent {
    const found = this.state.events.find((e) => e.id === idOrType) ?? this.state.events.findLast((e) => e.type === idOrType);
    if (!found) throw new Error(`no event ${idOrType}`);
    return found;
  }

  /** POSTs a signed event to the webhook URL as configured; resolves to the HTTP statuses in order. */
  async deliver(eventOrId: FakeEvent | string, options: DeliveryOptions = {}): Promise<number[]> {
    const event = typeof eventOrId === 'string' ? this.event(eventOrId) : eventOrId;
    const url = this.webhookUrl;
    if (!url) throw new Error('StripeFake: no webhookUrl to deliver to');
    const times = options.times ?? 1;
    const together = Math.min(options.concurrently ?? 1, times);
    const once = async (): Promise<number> => {
      const payload = JSON.stringify(event, null, 2);
      const signature = Stripe.webhooks.generateTestHeaderString({
        payload,
        secret: options.secret ?? this.options.webhookSecret,
        timestamp: options.timestamp ?? Math.floor(this.now() / 1000),
      });
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' };
      if (!options.unsigned) headers['stripe-signature'] = signature;
      let status = 0;
      try {
        const res = await fetch(url, { method: 'POST', headers, body: options.tamper ? options.tamper(payload) : payload });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = 0;
      }
      this.deliveries.push({ eventId: event.id, type: event.type, status });
      return status;
    };
    const statuses = await Promise.all(Array.from({ length: together }, once));
    for (let i = together; i < times; i++) statuses.push(await once());
    return statuses;
  }

  private announce(events: FakeEvent[]) {
    if (!this.autoDeliver || !this.webhookUrl) return;
    // In order, one after another, after the API response (Stripe delivers asynchronously). Tests
    // wanting another order hold events back (autoDeliver: false) and call deliver() themselves.
    const run = this.queue.catch(() => {}).then(async () => {
      await new Promise((r) => setImmediate(r));
      for (const event of events) await this.deliver(event);
    });
    this.queue = run;
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  private keyKind(req: IncomingMessage): 'secret' | 'publishable' {
    const header = req.headers.authorization ?? '';
    const key = /^Bearer (.+)$/.exec(header)?.[1]?.trim();
    if (!key) {
      throw invalidRequest("You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').", undefined, undefined, 401);
    }
    const masked = `${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`;
    const ok = (expected: string | undefined, prefix: string) => (expected ? key === expected : key.startsWith(prefix) && key.length > prefix.length);
    if (ok(this.options.secretKey, 'sk_test_')) return 'secret';
    if (ok(this.options.publishableKey, 'pk_test_')) return 'publishable';
    throw invalidRequest(`Invalid API Key provided: ${masked}`, undefined, undefined, 401);
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'authorization, content-type, stripe-version, idempotency-key', 'access-control-max-age': '600' });
      return res.end();
    }
    if (method === 'GET' && (url.pathname === '/v3' || url.pathname === '/v3/')) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-cache' });
      return res.end(fakeStripeJs);
    }
    if (url.pathname.startsWith('/_fake/')) return this.control(req, res, url);

    const requestId = stripeId('req');
    const idempotencyKey = typeof req.headers['idempotency-key'] === 'string' ? req.headers['idempotency-key'] : undefined;
    const text = method === 'POST' ? await readText(req) : url.search.slice(1);
    const headers: Record<string, string> = { 'request-id': requestId, 'stripe-version': String(req.headers['stripe-version'] ?? '2026-10-28.endive') };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const log = (status: number, replayed: boolean) => this.requests.push({ method, path: url.pathname, idempotencyKey, status, replayed });

    let kind: 'secret' | 'publishable';
    try {
      kind = this.keyKind(req);
    } catch (e) {
      const err = e as StripeFakeError;
      log(err.status, false);
      return send(res, err.status, { error: { ...err.error, request_log_url: null } }, headers);
    }
    const params = parseStripeForm(text);
    // Idempotency: per key, the first result is the answer for 24 h; other parameters are an error.
    const storeKey = idempotencyKey && method === 'POST' ? `${kind}:${idempotencyKey}` : undefined;
    const fingerprint = `${method} ${url.pathname} ${canonical(params)}`;
    if (storeKey) {
      if (idempotencyKey!.length > 255) {
        log(400, false);
        return send(res, 400, { error: { type: 'invalid_request_error', message: 'Idempotency key is too long (maximum 255 characters).' } }, headers);
      }
      const stored = this.idempotent.get(storeKey);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          log(400, false);
          return send(res, 400, { error: { type: 'idempotency_error', message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.` } }, headers);
        }
        log(stored.status, true);
        return send(res, stored.status, stored.body, { ...headers, 'idempotent-replayed': 'true' });
      }
    }
    const reply = this.route(method, url.pathname, params, kind, { id: requestId, idempotencyKey });
    if (storeKey && reply.executed) this.idempotent.set(storeKey, { fingerprint, status: reply.status, body: reply.body });
    log(reply.status, false);
    send(res, reply.status, reply.body, headers);
  }

  private route(method: string, path: string, params: Record<string, FormValue>, kind: 'secret' | 'publishable', req: { id: string; idempotencyKey?: string }): Reply {
    const expand = Array.isArray(params.expand) ? params.expand.map(String) : [];
    try {
      const m = /^\/v1\/payment_intents(?:\/([A-Za-z0-9_]+))?(?:\/(confirm|cancel))?$/.exec(path);
      if (m) {
        const [, id, action] = m;
        // Stripe.js may confirm, and read an intent whose client secret it holds; nothing else.
        const clientRead = method === 'GET' && id && !action && params.client_secret === this.state.intents.get(id)?.client_secret;
        if (kind === 'publishable' && action !== 'confirm' && !clientRead) {
          throw invalidRequest('This API call cannot be made with a publishable API key. Please use a secret API key.', 'secret_key_required', undefined, 403);
        }
        if (method === 'POST' && !id) return new Reply(200, this.state.view(this.state.createIntent(params), expand), true);
        if (method === 'GET' && id && !action) return new Reply(200, this.state.view(this.state.intent(id), expand), true);
        if (method === 'POST' && id && action === 'cancel') {
          const { intent, events } = this.state.cancel(id, params, req);
          this.announce(events);
          return new Reply(200, this.state.view(intent, expand), true);
        }
        if (method === 'POST' && id && action === 'confirm') {
          const { intent, events, error } = this.state.confirm(id, params, req, kind === 'publishable');
          this.announce(events);
          if (error) return new Reply(error.status, { error: error.error }, true);
          return new Reply(200, this.state.view(intent, expand), true);
        }
      }
      if (kind === 'secret' && method === 'POST' && path === '/v1/refunds') {
        const { refund, events } = this.state.refund(params, req);
        this.announce(events);
        return new Reply(200, refund, true);
      }
      const r = /^\/v1\/refunds\/([A-Za-z0-9_]+)$/.exec(path);
      if (kind === 'secret' && method === 'GET' && r) return new Reply(200, this.state.retrieveRefund(r[1]!), true);
      throw invalidRequest(`Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`, undefined, undefined, 404);
    } catch (e) {
      if (!(e instanceof StripeFakeError)) throw e;
      // Parameter errors are refused before the endpoint runs: not kept for the idempotency key.
      const executed = e.status !== 400 || e.error.code === 'payment_intent_unexpected_state' || e.error.code === 'charge_already_refunded' || e.error.code === 'charge_not_refundable';
      return new Reply(e.status, { error: { ...e.error, request_log_url: null } }, executed);
    }
  }

  /** Test controls for e2e (no auth: the fake only ever listens on a local port). */
  private async control(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method === 'GET' && url.pathname === '/_fake/events') return send(res, 200, { data: this.state.events, deliveries: this.deliveries });
    const m = /^\/_fake\/events\/([A-Za-z0-9_]+)\/deliver$/.exec(url.pathname);
    if (req.method === 'POST' && m) {
      const text = await readText(req);
      const body = (text ? JSON.parse(text) : {}) as DeliveryOptions & { tamper?: boolean; timestampOffset?: number };
      const statuses = await this.deliver(m[1]!, {
        times: body.times,
        concurrently: body.concurrently,
        secret: body.secret,
        unsigned: body.unsigned,
        timestamp: body.timestampOffset ? Math.floor(this.now() / 1000) + body.timestampOffset : undefined,
        tamper: body.tamper ? (p) => p.replace('"livemode": false', '"livemode": true') : undefined,
      });
      return send(res, 200, { statuses });
    }
    if (req.method === 'POST' && url.pathname === '/_fake/webhook-url') {
      this.webhookUrl = (JSON.parse(await readText(req)) as { url?: string }).url;
      return send(res, 200, { url: this.webhookUrl ?? null });
    }
    return send(res, 404, { error: 'unknown control' });
  }
}

/** Creates and starts a fake on `port` (0 = any free port). */
export async function startStripeFake(options: StripeFakeOptions & { port?: number; host?: string }): Promise<StripeFake> {
  const fake = new StripeFake(options);
  await fake.listen(options.port ?? 0, options.host);
  return fake;
}
