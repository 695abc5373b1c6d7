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

const db = await openDatabase(config, config.LOG_SQL ? log : undefined);
if (config.SEED_ON_EMPTY) {
  const seeded = await seedIfEmpty(db.orm);
  if (seeded) log(`seeded demo data: ${seeded.products} products from ${seeded.producers} producers`);
}
const mail = createMailSender(config, db.orm.em, log);
// One card gateway (or none: card hidden) for the API, its webhook handler and the jobs.
const payments = paymentSettingsOf(config);
const deps = () => ({ ...defaultServiceDeps(), mail, payments, storefrontUrl: config.PUBLIC_STOREFRONT_URL });
const cardPaymentHandler = payments.card ? orderCardPaymentHandler(deps) : undefined;
const metrics = new Metrics();
const app = await createApp({ config, orm: db.orm, logger, metrics, payments, cardPaymentHandler });
const port = await app.listen(config.API_PORT);
log(payments.card ? `card payments on (Stripe${config.STRIPE_API_URL ? ` at ${config.STRIPE_API_URL}` : ''}); webhook at /webhooks/stripe` : 'card payments off (no STRIPE_* keys): CARD is hidden');
let jobs: Jobs | null = null;
if (config.JOBS_ENABLED) {
  jobs = await startJobs({ url: db.url, orm: db.orm, logger: logger.child({ component: 'jobs' }), deps });
  metrics.watchQueues(jobs.queueDepths);
  log('jobs: releasing expired holds and sending order mails every minute (pg-boss)');
}
log(`GraphQL at http://localhost:${port}/graphql (${config.DATABASE_URL ? 'external PostgreSQL' : 'embedded PostgreSQL'})`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: draining requests, closing database`);
  const force = setTimeout(() => {
    logger.fatal('shutdown took over 10 s; exiting');
    process.exit(1);
  }, 10_000);
  force.unref();
  try {
    await app.close();
    await jobs?.stop();
    await db.close();
    process.exit(0);
  } catch (e) {
    logger.fatal({ err: e }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
