import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The cache epoch: a PostgreSQL sequence (`cache_epoch`) shared by every API instance. Cached public
 * reads are keyed by its value; whatever may change them (a mutation, a job releasing stock, an
 * import) moves it on after committing. A sequence, not a row: moving it takes no lock, so
 * concurrent checkouts never queue behind one another for it.
 */
export class CacheEpoch {
  constructor(private readonly em: EntityManager) {}

  async current(): Promise<string> {
    // A fresh sequence reports last_value 1 before its first nextval and after it: is_called tells them apart.
    const found = (await this.em.getConnection().execute(`select last_value::text || '.' || is_called::text as value from cache_epoch`, [], 'get')) as { value: string };
    return found.value;
  }

  async bump(): Promise<void> {
    await this.em.getConnection().execute(`select nextval('cache_epoch')`, [], 'get');
  }
}
