import type { EntityManager } from '@mikro-orm/postgresql';

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
