import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { seedIfEmpty } from './db/seed/seed.js';
import { createApp } from './http/app.js';
import { startJobs, type Jobs } from './jobs.js';
import { createMailSender } from './modules/mail/mail.js';
import { createLogger, logFunction } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import { defaultServiceDeps } from './modules/services.js';
import { paymentSettingsOf } from './modules/payments/payment-port.js';
import { orderCardPaymentHandler } from './modules/orders/card-payment-handler.js';

const config = loadConfig();
const logger = createLogger(config);
const log = logFunction(logger);

const db = await openDatabase(config, config.LOG_SQL ? log : undefined, {
  // An idle pooled connection the server ended (restart, failover): dropped and replaced on demand.
  onPoolError: (e) => log(`database: idle connection lost (${e.message}); reconnecting on demand`),
  ownSignals: true,
  sessionLimits: true,
});
if (config.SEED_ON_EMPTY) {
  const seeded = await seedIfEmpty(db.orm);
  if (seeded) log(`seeded demo data: ${seeded.products} products from ${seeded.producers} producers`);
}
const mail = createMailSender(config, db.orm.em, log);
// One card gateway (or none: card hidden) for the API, its webhook handler and the jobs.
const payments = paymentSettingsOf(config);
const deps = () => ({
  ...defaultServiceDeps(), mail, payments, storefrontUrl: config.PUBLIC_STOREFRONT_URL, operatorResponseHours: config.BOOKING_OPERATOR_RESPONSE_HOURS,
});
const cardPaymentHandler = payments.card ? orderCardPaymentHandler(deps) : undefined;
const metrics = new Metrics();
// Shutdown budget: readiness delay, then requests and jobs drain together, then the pool closes.
const drainMs = Math.max(1_000, config.SHUTDOWN_TIMEOUT_MS - config.SHUTDOWN_READINESS_DELAY_MS - 3_000);
const app = await createApp({ config, orm: db.orm, logger, metrics, payments, cardPaymentHandler, drainGraceMs: drainMs });
const port = await app.listen(config.API_PORT);
log(config.REDIS_URL ? 'response cache, rate limits and login throttles shared through Redis (REDIS_URL); served from this process while it is away' : 'response cache, rate limits and login throttles in this process (no REDIS_URL)');
if (!config.STOREFRONT_API_TOKEN && config.isProduction) {
  logger.warn('no STOREFRONT_API_TOKEN: shoppers through the storefront are rate-limited and throttled per account only, not per address');
}
log(payments.card ? `card payments on (Stripe${config.STRIPE_API_URL ? ` at ${config.STRIPE_API_URL}` : ''}); webhook at /webhooks/stripe` : 'card payments off (no STRIPE_* keys): CARD is hidden');
let jobs: Jobs | null = null;
if (config.JOBS_ENABLED) {
  jobs = await startJobs({ url: db.url, orm: db.orm, logger: logger.child({ component: 'jobs' }), deps, connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS });
  metrics.watchQueues(jobs.queueDepths);
  log('jobs: releasing expired holds, declining unanswered bookings and sending order mails every minute (pg-boss)');
}
log(`GraphQL at http://localhost:${port}/graphql (${config.DATABASE_URL ? 'external PostgreSQL' : 'embedded PostgreSQL'})`);

let stopping = false;
/**
 * Graceful stop (SIGTERM from an orchestrator, Ctrl-C): /readyz turns 503 first and stays so for
 * SHUTDOWN_READINESS_DELAY_MS while the server still answers; then the listener closes and the
 * in-flight requests and jobs finish (pg-boss takes no new job; a job still running at its deadline
 * is failed back for a retry) and the Redis connection closes (app.close); then the pool closes and
 * the process exits 0. A stop that outlasts SHUTDOWN_TIMEOUT_MS exits 1 at once.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  const started = Date.now();
  const force = setTimeout(() => {
    logger.fatal(`shutdown took over ${config.SHUTDOWN_TIMEOUT_MS} ms; exiting`);
    process.exit(1);
  }, config.SHUTDOWN_TIMEOUT_MS);
  force.unref();
  app.drain();
  log(`${signal}: not ready; draining requests and jobs in ${config.SHUTDOWN_READINESS_DELAY_MS} ms, then closing the database`);
  try {
    await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_READINESS_DELAY_MS));
    log('shutdown: closing the listener; waiting for requests and jobs in flight');
    await Promise.all([app.close(), jobs?.stop(drainMs)]);
    await db.close();
    log(`shutdown: done in ${Date.now() - started} ms`);
    process.exit(0);
  } catch (e) {
    logger.fatal({ err: e }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
