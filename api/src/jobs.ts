import { PgBoss } from 'pg-boss';
import type { Orm } from './db/orm.js';
import type { QueueDepthSource } from './observability/metrics.js';
import type { Logger } from './observability/logger.js';
import { CacheEpoch } from './lib/cache-epoch.js';
import { createServices, type ServiceDeps } from './modules/services.js';

export const JOB = {
  releaseExpiredHolds: 'release-expired-holds',
  sendOrderMail: 'send-order-mail',
} as const;

export interface Jobs {
  /** Queues a run of a job now (besides its schedule). */
  runNow(name: (typeof JOB)[keyof typeof JOB]): Promise<void>;
  /** Jobs waiting and running per queue, as pg-boss last counted them (for /metrics). */
  queueDepths: QueueDepthSource;
  stop(): Promise<void>;
}

/**
 * Background jobs on pg-boss (PostgreSQL, schema `pgboss`), run by the API process. Each job runs
 * every minute on a cron schedule (pg-boss makes sure one instance takes each run, whatever the
 * number of API replicas) and can be queued at once with runNow:
 * - release-expired-holds: cancels the pending payment of each order whose hold expired (a card
 *   payment's intent at the gateway first), then releases its reserved units (one transaction per
 *   order, idempotent);
 * - send-order-mail: sends the order outbox's mails, once each, retrying failures.
 */
export async function startJobs(options: { url: string; orm: Orm; deps: () => ServiceDeps; logger: Logger; pollingIntervalSeconds?: number }): Promise<Jobs> {
  const { logger } = options;
  const log = (msg: string) => logger.info(msg);
  const boss = new PgBoss({ connectionString: options.url, schema: 'pgboss' });
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
  };
  for (const [name, handler] of Object.entries(handlers)) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
    await boss.schedule(name, '* * * * *');
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      await handler();
    });
  }
  return {
    async runNow(name) {
      await boss.send(name, {});
    },
    async queueDepths() {
      const queues = await boss.getQueues(Object.values(JOB));
      return queues.map((q) => ({ queue: q.name, queued: q.queuedCount, active: q.activeCount }));
    },
    stop: () => boss.stop({ graceful: true, timeout: 5_000 }),
  };
}
