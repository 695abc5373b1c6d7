import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isTransactionConflict } from '../db/faults.js';

/**
 * Runs `work` in one database transaction on the request's own EntityManager, so every service
 * built over that EntityManager (see modules/services.ts) takes part in it: a command that spans
 * modules (e.g. register a producer and grant its owner role) commits or rolls back as a whole.
 * Inside an open transaction it just runs `work` (the outer one decides).
 */
export async function inTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return work();
  await em.begin();
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}

/** The transaction attempt in progress (async context): whether it talked to the outside world. */
const attempt = new AsyncLocalStorage<{ external: boolean }>();

/**
 * Says that the current transaction has done something outside the database (a payment gateway
 * call): it must not be run again after a conflict, as that would repeat the call. Adapters of
 * external services call it before each request; outside a retrying transaction it does nothing.
 */
export function markExternalCall(): void {
  const current = attempt.getStore();
  if (current) current.external = true;
}

export interface RetryOptions {
  /** Runs of the whole transaction at most (default 4). */
  attempts?: number;
  /** First pause before a rerun in ms, doubled each time with jitter (default 20). */
  backoffMs?: number;
  /** Told about each rerun (tests, logs). */
  onRetry?: (error: unknown, attempt: number) => void;
}

/**
 * `em.transactional(work)`, run again from the start when PostgreSQL aborts it with a serialization
 * failure (40001) or a deadlock (40P01): the rolled-back attempt left nothing behind, so a whole
 * idempotent transaction may simply be repeated. `work` must keep its effects inside the database
 * (ids and clocks may be drawn again); a transaction that called an external gateway
 * (markExternalCall) is never repeated, nor is one nested in an outer transaction (only the
 * outermost can be rerun). Anything else is thrown as it came.
 */
export async function retryingTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  // Nested: a savepoint, as em.transactional does; the outermost transaction owns any rerun.
  if (em.isInTransaction()) return em.transactional((tx) => work(tx));
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 20;
  for (let n = 1; ; n++) {
    const state = { external: false };
    try {
      return await attempt.run(state, () => em.transactional((tx) => work(tx)));
    } catch (error) {
      if (n >= attempts || state.external || !isTransactionConflict(error)) throw error;
      options.onRetry?.(error, n);
      const pause = backoffMs * 2 ** (n - 1);
      await new Promise((resolve) => setTimeout(resolve, pause / 2 + Math.random() * pause));
    }
  }
}
