import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Config } from '../config.js';
import type { Orm } from '../db/orm.js';
import { countSql, countSqlInto, type SqlCounter } from '../db/sql-counter.js';
import { createContext, type Context } from '../graphql/context.js';
import { errorFormatter } from '../graphql/error-masking.js';
import { queryLimits } from '../graphql/limits.js';
import { inProcessStore, rateLimiting, rateLimitsOf, redisStore } from '../graphql/rate-limit.js';
import { RedisKeyValueCache } from '../graphql/redis-cache.js';
import { connectRedis } from '../lib/redis.js';
import { operationMetrics } from '../observability/graphql-metrics.js';
import { createLogger, inRequestScope, logFunction, type Logger } from '../observability/logger.js';
import { Metrics, routeOf } from '../observability/metrics.js';
import { createMetricsHandler } from './metrics.http.js';
import { requestIdOf } from './request-id.js';
import { responseCaching } from '../graphql/response-cache.js';
import { CacheEpoch } from '../lib/cache-epoch.js';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { getSchema } from '../graphql/schema.js';
import { LocalDiskImageStorage } from '../modules/catalog/image-storage.js';
import { createProductImageHandler } from '../modules/catalog/product-image.http.js';
import { createQrHandler } from '../modules/traceability/qr.http.js';
import { createOpenDataHandler } from '../modules/programme/open-data.http.js';
import { InMemoryLoginThrottleStore, LoginThrottle } from '../modules/accounts/login-throttle.js';
import { RedisLoginThrottleStore } from '../modules/accounts/redis-login-throttle-store.js';
import { isAdmin } from '../modules/accounts/viewer.js';
import { MAX_IMPORT_BYTES } from '../db/import/catalogue-import.service.js';
import { createServices } from '../modules/services.js';
import { PASSWORD_RESET_LIMITS, VERIFICATION_RESEND_LIMITS } from '../modules/accounts/account-tokens.js';
import { createMailSender, DevMailbox } from '../modules/mail/mail.js';
import { createMailboxHandler } from '../modules/mail/mailbox.http.js';
import type { CardPaymentHandler } from '../modules/payments/card-payment.js';
import type { CardPayments } from '../modules/payments/card-payments.js';
import { createStripeWebhookHandler } from '../modules/payments/stripe-webhook.http.js';
import { clientIp } from './client-ip.js';
import { CLIENT_ADDRESS_HEADER, relayedClient } from './storefront-client.js';
import { isTransientDatabaseError } from '../db/faults.js';
import { databaseFaultsPlugin, sendServiceUnavailable, serviceUnavailableBody, serviceUnavailableError, RETRY_AFTER_SECONDS, withFaultScope } from './database-faults.js';
import { BadJsonError, BodyTooLargeError, readBody } from './read-body.js';
import { containsNulCharacter } from './nul-character.js';
import { sessionCookies } from './session-cookie.js';
import { paymentSettingsOf, type PaymentSettings } from '../modules/payments/payment-port.js';

const MAX_BODY_BYTES = 1_000_000;
/**
 * Admins may post a catalogue file to catalogueImport (up to MAX_IMPORT_BYTES, plus the JSON envelope
 * and escaping). Everyone else keeps 1 MB: a large body is only read once its session is an admin's.
 */
const MAX_ADMIN_BODY_BYTES = MAX_IMPORT_BYTES * 2;

export interface App {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  /** First step of a shutdown: /readyz answers 503 from now on, so balancers stop sending traffic. */
  drain(): void;
  /** Stops accepting connections, drains in-flight requests, stops Apollo. The ORM is closed by the caller. */
  close(): Promise<void>;
  /** Card payments (Stripe) when configured, else null. */
  cardPayments: CardPayments | null;
  metrics: Metrics;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

export async function createApp(options: {
  config: Config;
  orm: Orm;
  now?: () => Date;
  /** The process's logger (main.ts); default: one from the config. Tests pass a captured one. */
  logger?: Logger;
  /** Prometheus metrics served at /metrics (METRICS_TOKEN); main.ts shares them with the jobs. */
  metrics?: Metrics;
  /** Payment settings with the card gateway; default paymentSettingsOf(config). Pass the same object the jobs use. */
  payments?: PaymentSettings;
  /** Told about card payment changes (Stripe webhooks); the orders module provides it (orderCardPaymentHandler). */
  cardPaymentHandler?: CardPaymentHandler;
  /** How long close() lets in-flight requests finish before cutting their connections (default 10 s). */
  drainGraceMs?: number;
}): Promise<App> {
  const { config, orm } = options;
  const server = createServer();
  const logger = options.logger ?? createLogger(config);
  const log = logFunction(logger);
  const metrics = options.metrics ?? new Metrics();
  const cookies = sessionCookies(config.isProduction);
  const limits = queryLimits({ isProduction: config.isProduction });
  const mail = createMailSender(config, orm.em, log);
  // The mailbox page exists outside production only (404 there, like any unknown path), unless a
  // local production-mode run that stores its mails asks for it (EXPOSE_DEV_MAILBOX, e2e).
  const showMailbox = !config.SMTP_URL && (!config.isProduction || (config.ALLOW_DEV_MAILBOX && config.EXPOSE_DEV_MAILBOX));
  const mailbox = showMailbox ? createMailboxHandler(new DevMailbox(orm.em)) : null;
  const imageStorage = new LocalDiskImageStorage(config.UPLOADS_DIR);
  const payments = options.payments ?? paymentSettingsOf(config);
  // REDIS_URL: one connection shared by the response cache and the rate limits of this process.
  const redis = config.REDIS_URL ? connectRedis({ url: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX, logger }) : null;
  // Process-wide: failed logins must be counted across requests; with Redis, across all instances.
  const throttleStore = (throttle: string) => (redis ? new RedisLoginThrottleStore(redis, throttle) : new InMemoryLoginThrottleStore());
  const loginThrottle = new LoginThrottle(throttleStore('login'));
  const resetThrottle = new LoginThrottle(throttleStore('password-reset'), PASSWORD_RESET_LIMITS);
  const resendThrottle = new LoginThrottle(throttleStore('verification-resend'), VERIFICATION_RESEND_LIMITS);
  const responseCache = redis
    ? new RedisKeyValueCache(redis, { defaultTtlSeconds: config.RESPONSE_CACHE_MAX_AGE })
    : new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
  const deps = (now: Date) => ({
    loginThrottle, resetThrottle, resendThrottle, mail, payments, storefrontUrl: config.PUBLIC_STOREFRONT_URL, imageStorage, now: () => now,
    operatorResponseHours: config.BOOKING_OPERATOR_RESPONSE_HOURS,
  });
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    csrfPrevention: true,
    // Apollo's own warnings and errors go to the same JSON log.
    logger: logger.child({ component: 'apollo' }),
    introspection: !config.isProduction,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT (readiness off, drain, jobs, pool, exit): Apollo must not stop on its own.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.isProduction,
    formatError: errorFormatter({ isProduction: config.isProduction, logger }),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    // Armor's plugins only read the request, so they serve any context.
    plugins: [
      ...(limits.plugins as ApolloServerPlugin<Context>[]),
      rateLimiting(rateLimitsOf(config), redis ? redisStore(redis) : inProcessStore),
      operationMetrics(metrics) as ApolloServerPlugin<Context>,
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: options.drainGraceMs ?? 10_000 }),
      databaseFaultsPlugin<Context>(log),
      ApolloServerPluginLandingPageDisabled(),
      ...(config.RESPONSE_CACHE_MAX_AGE > 0
        ? responseCaching({ epoch: new CacheEpoch(orm.em), cache: responseCache, maxAgeSeconds: config.RESPONSE_CACHE_MAX_AGE })
        : []),
    ],
  });
  await apollo.start();
  const qr = createQrHandler({ orm, storefrontUrl: config.PUBLIC_STOREFRONT_URL });
  const uploads = createProductImageHandler({
    orm,
    storage: imageStorage,
    async viewerOf(req) {
      const token = cookies.read(req.headers.cookie);
      if (!token) return null;
      const now = options.now?.() ?? new Date();
      const session = await createServices(orm.em.fork(), { loginThrottle, now: () => now }).accounts.sessionFromToken(token, { slide: false });
      return session?.viewer ?? null;
    },
  });

  const openData = createOpenDataHandler({ orm, now: options.now });

  const cardPayments = payments.card;
  const stripeWebhook = cardPayments
    ? createStripeWebhookHandler({ orm, webhookSecret: cardPayments.settings.webhookSecret, gateway: cardPayments.gateway, handler: () => options.cardPaymentHandler, now: options.now, log })
    : null;

  /** 1 MB, or more for a body declared larger that comes with an admin's session (read-only lookup). */
  async function bodyLimit(req: IncomingMessage): Promise<number> {
    if (!(Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES)) return MAX_BODY_BYTES;
    const token = cookies.read(req.headers.cookie);
    if (!token) return MAX_BODY_BYTES;
    const now = options.now?.() ?? new Date();
    const session = await createServices(orm.em.fork(), deps(now)).accounts.sessionFromToken(token, { slide: false });
    return session && isAdmin(session.viewer) ? MAX_ADMIN_BODY_BYTES : MAX_BODY_BYTES;
  }

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readBody(req, await bodyLimit(req)) : undefined;
    } catch (e) {
      if (e instanceof BodyTooLargeError) return send(res, 413, { errors: [{ message: 'Request body too large.' }] });
      if (e instanceof BadJsonError) return send(res, 400, { errors: [{ message: 'Request body is not valid JSON.' }] });
      throw e;
    }
    if (containsNulCharacter(body) || containsNulCharacter([...url.searchParams.values()])) {
      return send(res, 400, { errors: [{ message: 'Text may not contain the NUL character (U+0000).', extensions: { code: 'BAD_USER_INPUT' } }] });
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const setCookies: string[] = [];
    const now = options.now?.() ?? new Date();
    // The shopper's address as the storefront relays it (only with its token), else the peer or a
    // trusted proxy's X-Forwarded-For.
    const relayed = relayedClient(req.headers, config.STOREFRONT_API_TOKEN);
    if (relayed.ignored) logger.warn({ requestId, reason: relayed.ignored }, `ignored ${CLIENT_ADDRESS_HEADER}`);
    const address = relayed.address ?? clientIp(req.socket.remoteAddress, headerValue(req.headers['x-forwarded-for']), config.TRUSTED_PROXIES);
    const { result: { result: response, statements }, unavailable } = await withFaultScope(() => countSql(() =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        // A session lookup failing on a database fault: 503 (serviceUnavailableError's http head).
        context: async () =>
          createContext(orm, {
            requestId,
            now,
            storefrontUrl: config.PUBLIC_STOREFRONT_URL,
            deps: deps(now),
            cookieHeader: req.headers.cookie,
            clientIp: address,
            cookies,
            setCookie: (value) => setCookies.push(value),
          }).catch((e: unknown) => {
            if (!isTransientDatabaseError(e)) throw e;
            log(`database fault, answered 503: ${(e as Error).message}`);
            throw serviceUnavailableError(e);
          }),
      }),
    ));
    if (unavailable && (response.status ?? 200) >= 500) {
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'retry-after': String(RETRY_AFTER_SECONDS), 'x-sql-statements': String(statements) });
      return res.end(serviceUnavailableBody());
    }
    const outHeaders: Record<string, string | string[]> = { 'x-sql-statements': String(statements) };
    for (const [key, value] of response.headers) outHeaders[key] = value;
    if (setCookies.length) {
      outHeaders['set-cookie'] = setCookies;
      // A response that signs someone in or out is personal: never stored by a shared cache.
      outHeaders['cache-control'] = 'no-store';
    }
    if (req.method === 'GET' && response.body.kind === 'complete' && outHeaders['cache-control'] === 'public, no-cache') {
      // A public read over GET: an entity tag of the answer, so caches revalidate for the price of a 304.
      const etag = `"${createHash('sha256').update(response.body.string).digest('base64url').slice(0, 27)}"`;
      outHeaders.etag = etag;
      outHeaders.vary = 'cookie';
      if (headerValue(req.headers['if-none-match'])?.split(',').some((t) => t.trim() === etag)) {
        res.writeHead(304, outHeaders);
        return void res.end();
      }
    }
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  let draining = false;
  async function ready(res: ServerResponse) {
    if (draining) return send(res, 503, { status: 'shutting down' });
    try {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('readiness check timed out')), 2_000);
      });
      const [, redisAnswers] = await Promise.all([
        Promise.race([orm.em.getConnection().execute('select 1', [], 'get'), timeout]).finally(() => clearTimeout(timer)),
        redis?.answers(),
      ]);
      // Redis down is reported, not failed: the API serves correctly without it (cache skipped, limits
      // in process), and failing readiness would take every replica out of the balancer at once.
      send(res, 200, redis ? { status: 'ready', redis: redisAnswers ? 'ready' : 'unavailable' } : { status: 'ready' });
    } catch {
      send(res, 503, { status: 'database unavailable' });
    }
  }

  const metricsEndpoint = createMetricsHandler({ metrics, token: config.METRICS_TOKEN });

  server.on('request', (req, res) => {
    const started = performance.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const sql: SqlCounter = { count: 0 };
    res.once('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = routeOf(url.pathname);
      metrics.observeRequest({ route, method: req.method ?? 'GET', status: res.statusCode, seconds, sqlStatements: sql.count });
      logger.info(
        { requestId, method: req.method, path: url.pathname, status: res.statusCode, durationMs: Math.round(seconds * 10_000) / 10, sqlStatements: sql.count },
        'request',
      );
    });
    const handle = async () => {
      if (url.pathname === '/graphql') return graphql(req, res, url, requestId);
      if (url.pathname.startsWith('/qr/')) return qr(req, res, url);
      if (url.pathname.startsWith('/uploads/')) return uploads(req, res, url);
      if (url.pathname.startsWith('/open-data/')) return openData(req, res, url);
      if (url.pathname === '/dev/mailbox' && mailbox) return mailbox(req, res, url);
      if (url.pathname === '/webhooks/stripe' && stripeWebhook) return stripeWebhook(req, res);
      if (url.pathname === '/healthz' && req.method === 'GET') return send(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz' && req.method === 'GET') return ready(res);
      if (url.pathname === '/metrics' && metricsEndpoint) return metricsEndpoint(req, res);
      return send(res, 404, { error: 'not found' });
    };
    inRequestScope(requestId, () => countSqlInto(sql, handle)).catch((e: unknown) => {
      if (isTransientDatabaseError(e)) {
        logger.warn({ err: e, requestId, method: req.method, path: url.pathname }, 'database unavailable; answered 503');
        if (!res.headersSent) return sendServiceUnavailable(res);
        return void res.end();
      }
      logger.error({ err: e, requestId, method: req.method, path: url.pathname }, 'request failed');
      if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal server error.' }] });
      else res.end();
    });
  });

  return {
    server,
    listen: (port, host = config.API_HOST) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    drain: () => {
      draining = true;
    },
    close: async () => {
      await apollo.stop();
      await redis?.close();
    },
    cardPayments,
    metrics,
  };
}
