import { PgBoss, type QueueOptions } from 'pg-boss';
import type { Orm } from './db/orm.js';
import type { QueueDepthSource } from './observability/metrics.js';
import type { Logger } from './observability/logger.js';
import { CacheEpoch } from './lib/cache-epoch.js';
import { createServices, type ServiceDeps } from './modules/services.js';

export const JOB = {
  releaseExpiredHolds: 'release-expired-holds',
  sendOrderMail: 'send-order-mail',
  declineUnansweredBookings: 'decline-unanswered-bookings',
} as const;

/**
 * Queue settings. A job whose worker died (process killed, machine lost) stays "active" until it
 * expires; then pg-boss's supervisor puts it back for a retry. Both jobs are idempotent (the outbox
 * row lock and sent_at make each mail go once; a hold is released once), so a short expiry is safe:
 * at worst a slow run overlaps its own retry, which skips what is locked or done.
 */
export const QUEUE_OPTIONS: Record<JobName, QueueOptions> = {
  'release-expired-holds': { expireInSeconds: 120, retryLimit: 3, retryDelay: 5, retryBackoff: true },
  'send-order-mail': { expireInSeconds: 60, retryLimit: 5, retryDelay: 5, retryBackoff: true },
  'decline-unanswered-bookings': { expireInSeconds: 120, retryLimit: 3, retryDelay: 5, retryBackoff: true },
};

export type JobName = (typeof JOB)[keyof typeof JOB];

export interface JobsOptions {
  url: string;
  orm: Orm;
  deps: () => ServiceDeps;
  logger: Logger;
  pollingIntervalSeconds?: number;
  /** Tests: a shorter expiry and retry delay than QUEUE_OPTIONS and a faster supervisor, to see a dead worker's job retried. */
  queueOptions?: QueueOptions;
  superviseIntervalSeconds?: number;
  /** Waits for a connection at most this long (config DATABASE_CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
}

export interface Jobs {
  /** Queues a run of a job now (besides its schedule). */
  runNow(name: JobName): Promise<string | null>;
  /** Jobs waiting and running per queue, as pg-boss last counted them (for /metrics). */
  queueDepths: QueueDepthSource;
  /** Stops taking jobs, lets the running ones finish (up to `timeoutMs`, default 5 s), closes its pool. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Background jobs on pg-boss (PostgreSQL, schema `pgboss`), run by the API process. Each job runs
 * every minute on a cron schedule (pg-boss makes sure one instance takes each run, whatever the
 * number of API replicas) and can be queued at once with runNow:
 * - release-expired-holds: cancels the pending payment of each order whose hold expired (a card
 *   payment's intent at the gateway first), then releases its reserved units (one transaction per
 *   order, idempotent);
 * - send-order-mail: sends the order outbox's mails, once each, retrying failures;
 * - decline-unanswered-bookings: declines each on-request booking the operator left unanswered past
 *   its deadline (places back, refund, mail; one transaction per booking, idempotent).
 */
export async function startJobs(options: JobsOptions): Promise<Jobs> {
  const { logger } = options;
  const log = (msg: string) => logger.info(msg);
  const boss = new PgBoss({
    connectionString: options.url,
    schema: 'pgboss',
    application_name: 'ocop-jobs',
    max: 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    ...(options.superviseIntervalSeconds ? { superviseIntervalSeconds: options.superviseIntervalSeconds } : {}),
  });
  // Connection errors (the database restarting) are reported here and retried by pg-boss's loops.
  boss.on('error', (e: Error) => logger.error({ err: e }, 'pg-boss error'));
  await boss.start();
  const services = () => createServices(options.orm.em.fork(), options.deps());
  const handlers: Record<string, () => Promise<unknown>> = {
    [JOB.releaseExpiredHolds]: async () => {
      const released = await services().orderPayments.releaseExpiredHolds(log);
      if (released) {
        // Units back on sale: cached catalogue reads (in stock or not) must be recomputed.
        await new CacheEpoch(options.orm.em).bump();
        log(`released the holds of ${released} unpaid orders`);
      }
    },
    [JOB.sendOrderMail]: () => services().orderMail.dispatchPending(),
    [JOB.declineUnansweredBookings]: async () => {
      const declined = await services().unansweredBookings.declineOverdue(log);
      if (declined) {
        // Places back on sale: cached experience pages (places left) must be recomputed.
        await new CacheEpoch(options.orm.em).bump();
        log(`declined ${declined} on-request bookings the operator did not answer in time`);
      }
    },
  };
  for (const [name, handler] of Object.entries(handlers) as [JobName, () => Promise<unknown>][]) {
    const queue = { ...QUEUE_OPTIONS[name], ...options.queueOptions };
    // Settings are kept with the queue: an existing one gets today's (jobs copy them when queued).
    if (!(await boss.getQueue(name))) await boss.createQueue(name, queue);
    else await boss.updateQueue(name, queue);
    await boss.schedule(name, '* * * * *');
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      await handler();
    });
  }
  return {
    runNow: (name) => boss.send(name, {}),
    async queueDepths() {
      const queues = await boss.getQueues(Object.values(JOB));
      return queues.map((q) => ({ queue: q.name, queued: q.queuedCount, active: q.activeCount }));
    },
    stop: (timeoutMs = 5_000) => boss.stop({ graceful: true, timeout: timeoutMs }),
  };
}
